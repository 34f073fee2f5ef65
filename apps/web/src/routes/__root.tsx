import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTranslation } from 'react-i18next';
import { AppShell, Segmented } from '@bunkai/ui';
import type { AppRouter } from '@bunkai/api';
import { LANGUAGES, type Language } from '../i18n/index';

export interface RouterContext {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<AppRouter>;
}

export const Route = createRootRouteWithContext<RouterContext>()({ component: RootLayout });

const NAV = [
  { to: '/', key: 'home' },
  { to: '/workspaces', key: 'workspaces' },
  { to: '/matrix', key: 'matrix' },
  { to: '/disclosures', key: 'disclosures' },
  { to: '/alerts', key: 'alerts' },
  { to: '/network', key: 'network' },
] as const;

function RootLayout() {
  const { t, i18n } = useTranslation();
  return (
    <AppShell
      brand={<Link to="/">{t('app.name')}</Link>}
      actions={
        <Segmented<Language>
          label={t('language.label')}
          value={i18n.language === 'en' ? 'en' : 'ja'}
          options={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
          onChange={(lng) => void i18n.changeLanguage(lng)}
        />
      }
      nav={NAV.map((item) => (
        <Link key={item.to} to={item.to} activeOptions={{ exact: item.to === '/' }}>
          {t(`nav.${item.key}`)}
        </Link>
      ))}
      footer={t('app.tagline')}
    >
      <Outlet />
    </AppShell>
  );
}
