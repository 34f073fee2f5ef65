import type { ReactNode } from 'react';

export interface AppShellProps {
  brand: ReactNode;
  /** The navigation links (rendered by the app, which owns routing). */
  nav: ReactNode;
  /** Right side of the header: language switch, account menu. */
  actions?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

function ShellHeader({ brand, actions }: Pick<AppShellProps, 'brand' | 'actions'>) {
  return (
    <header className="bk-header">
      <div className="bk-brand">{brand}</div>
      <div className="bk-actions">{actions}</div>
    </header>
  );
}

function ShellFooter({ children }: { children: ReactNode }) {
  return children ? <footer className="bk-footer">{children}</footer> : null;
}

/** Header with brand and actions, side navigation, main content. */
export function AppShell({ brand, nav, actions, children, footer }: AppShellProps) {
  return (
    <div className="bk-shell">
      <ShellHeader brand={brand} actions={actions} />
      <nav className="bk-nav" aria-label="main">
        {nav}
      </nav>
      <main className="bk-main">{children}</main>
      <ShellFooter>{footer}</ShellFooter>
    </div>
  );
}

/** The narrow, centred frame of the pages used before signing in. */
export function PublicShell({ brand, actions, children, footer }: Omit<AppShellProps, 'nav'>) {
  return (
    <div className="bk-public">
      <ShellHeader brand={brand} actions={actions} />
      <main className="bk-public-main">{children}</main>
      <ShellFooter>{footer}</ShellFooter>
    </div>
  );
}
