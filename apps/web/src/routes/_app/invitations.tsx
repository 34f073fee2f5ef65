import { createFileRoute } from '@tanstack/react-router';
import { InvitationsPage } from '../../features/invitations/invitations-page';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_app/invitations')({
  loader: () => loadNamespaces('invitations'),
  component: InvitationsPage,
});
