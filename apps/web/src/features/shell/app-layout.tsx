import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppShell } from '@bunkai/ui';
import { useActiveOrganization } from '../../lib/session';
import { LanguageSwitch } from './language-switch';
import { OrganizationSwitcher } from './organization-switcher';
import { SignOutButton } from '../../components/sign-out-button';

const SECTIONS = [
  { to: '/', key: 'home' },
  { to: '/catalogs', key: 'catalogs' },
  { to: '/workspaces', key: 'workspaces' },
  { to: '/matrix', key: 'matrix' },
  { to: '/disclosures', key: 'disclosures' },
  { to: '/alerts', key: 'alerts' },
  { to: '/network', key: 'network' },
] as const;

/** The signed-in frame: organization switcher, user, sign-out, language; navigation by role. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session, active, organizations, isAdmin } = useActiveOrganization();
  if (!session) return null; // signing out or signed out: the redirect is on its way
  const organizationLinks = [
    ...(active?.kind === 'hospital' ? [{ to: '/systems', key: 'systems' } as const] : []),
    ...(active ? [{ to: '/members', key: 'members' } as const] : []),
    ...(isAdmin
      ? [
          { to: '/invitations', key: 'invitations' } as const,
          { to: '/audit', key: 'audit' } as const,
        ]
      : []),
    { to: '/account', key: 'account' } as const,
  ];
  return (
    <AppShell
      brand={<Link to="/">{t('app.name')}</Link>}
      actions={
        <>
          <div className="bk-account">
            <OrganizationSwitcher organizations={organizations} active={active} />
            <span className="bk-user-name">{session.user.displayName}</span>
            <SignOutButton variant="secondary">{t('header.signOut')}</SignOutButton>
          </div>
          <LanguageSwitch />
        </>
      }
      nav={
        <>
          {SECTIONS.map((item) => (
            <Link key={item.to} to={item.to} activeOptions={{ exact: item.to === '/' }}>
              {t(`nav.${item.key}`)}
            </Link>
          ))}
          <div className="bk-nav-separator" role="separator" />
          {organizationLinks.map((item) => (
            <Link key={item.to} to={item.to}>
              {t(`nav.${item.key}`)}
            </Link>
          ))}
        </>
      }
      footer={t('app.tagline')}
    >
      <Outlet />
    </AppShell>
  );
}
