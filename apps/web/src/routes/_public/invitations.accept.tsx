import { createFileRoute } from '@tanstack/react-router';
import { AcceptInvitationPage } from '../../features/invitations/accept-page';
import { loadNamespaces } from '../../i18n/index';
import { stringParam } from '../../lib/redirect';

export const Route = createFileRoute('/_public/invitations/accept')({
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: stringParam(search.token),
  }),
  loader: () => loadNamespaces('invitations'),
  component: function AcceptInvitationRoute() {
    const { token } = Route.useSearch();
    return <AcceptInvitationPage token={token} />;
  },
});
