import { createFileRoute } from '@tanstack/react-router';
import { ConfirmSignUpPage } from '../../features/auth/confirm-sign-up-page';
import { loadNamespaces } from '../../i18n/index';
import { stringParam } from '../../lib/redirect';

export const Route = createFileRoute('/_public/sign-up_/confirm')({
  validateSearch: (search: Record<string, unknown>): { token?: string; invitation?: string } => ({
    token: stringParam(search.token),
    invitation: stringParam(search.invitation),
  }),
  loader: () => loadNamespaces('auth'),
  component: function ConfirmSignUpRoute() {
    const { token, invitation } = Route.useSearch();
    return <ConfirmSignUpPage token={token} invitationToken={invitation} />;
  },
});
