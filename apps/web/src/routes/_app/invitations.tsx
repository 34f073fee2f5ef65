import { createFileRoute } from '@tanstack/react-router';
import { InvitationsPage } from '../../features/invitations/invitations-page';

export const Route = createFileRoute('/_app/invitations')({ component: InvitationsPage });
