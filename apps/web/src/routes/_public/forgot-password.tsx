import { createFileRoute } from '@tanstack/react-router';
import { ForgotPasswordPage } from '../../features/auth/forgot-password-page';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_public/forgot-password')({
  loader: () => loadNamespaces('auth'),
  component: ForgotPasswordPage,
});
