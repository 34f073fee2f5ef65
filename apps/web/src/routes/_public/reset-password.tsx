import { createFileRoute } from '@tanstack/react-router';
import { ResetPasswordPage } from '../../features/auth/reset-password-page';
import { loadNamespaces } from '../../i18n/index';
import { stringParam } from '../../lib/redirect';

export const Route = createFileRoute('/_public/reset-password')({
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: stringParam(search.token),
  }),
  loader: () => loadNamespaces('auth'),
  component: function ResetPasswordRoute() {
    const { token } = Route.useSearch();
    return <ResetPasswordPage token={token} />;
  },
});
