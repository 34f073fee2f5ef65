import { createFileRoute, Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PublicShell } from '@bunkai/ui';
import { LanguageSwitch, RouteError } from '../features/shell';

/** Pages reachable without signing in: sign-in, sign-up, password reset, invitation links. */
export const Route = createFileRoute('/_public')({
  component: PublicLayout,
  errorComponent: RouteError,
});

function PublicLayout() {
  const { t } = useTranslation();
  return (
    <PublicShell
      brand={<Link to="/">{t('app.name')}</Link>}
      actions={<LanguageSwitch />}
      footer={t('app.tagline')}
    >
      <Outlet />
    </PublicShell>
  );
}
