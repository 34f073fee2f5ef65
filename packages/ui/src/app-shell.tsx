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

/** Header with brand and actions, side navigation, main content. */
export function AppShell({ brand, nav, actions, children, footer }: AppShellProps) {
  return (
    <div className="bk-shell">
      <header className="bk-header">
        <div className="bk-brand">{brand}</div>
        <div className="bk-actions">{actions}</div>
      </header>
      <nav className="bk-nav" aria-label="main">
        {nav}
      </nav>
      <main className="bk-main">{children}</main>
      {footer ? <footer className="bk-footer">{footer}</footer> : null}
    </div>
  );
}

/** The narrow, centred frame of the pages used before signing in. */
export function PublicShell({
  brand,
  actions,
  children,
  footer,
}: {
  brand: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="bk-public">
      <header className="bk-header">
        <div className="bk-brand">{brand}</div>
        <div className="bk-actions">{actions}</div>
      </header>
      <main className="bk-public-main">{children}</main>
      {footer ? <footer className="bk-footer">{footer}</footer> : null}
    </div>
  );
}
