import { createFileRoute } from '@tanstack/react-router';
import { InvitationsPage } from '../../features/invitations';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_app/invitations')({
  loader: () => loadNamespaces('invitations'),
  component: InvitationsPage,
});
