import { useQueryClient } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonRow, Card } from '@bunkai/ui';
import { errorMessage } from '../lib/errors';

/**
 * What a view shows in place of itself when it failed to draw: in both languages (the failure
 * may be anywhere), the error, and a retry. The rest of the page (the shell, the other views)
 * stays usable.
 */
export function ViewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const other = i18n.getFixedT(i18n.language === 'en' ? 'ja' : 'en');
  return (
    <Card>
      <div className="bk-notice bk-notice-error bk-view-error" role="alert">
        <div>
          <p>
            <strong>{t('viewError.title')}</strong>
            <br />
            <span lang={i18n.language === 'en' ? 'ja' : 'en'}>{other('viewError.title')}</span>
          </p>
          <p className="bk-sub">{errorMessage(error)}</p>
          <ButtonRow>
            <Button onClick={onRetry}>
              {t('viewError.retry')} / {other('viewError.retry')}
            </Button>
          </ButtonRow>
        </div>
      </div>
    </Card>
  );
}

/**
 * The retry of a failed view: answers cached only for views that are gone now (the failed one's)
 * are dropped, so it draws from fresh answers rather than the ones it failed on.
 */
function useRetry(reset: () => void) {
  const queryClient = useQueryClient();
  return () => {
    queryClient.removeQueries({ type: 'inactive' });
    reset();
  };
}

/** The router's error component of every route without its own: the view, inside the shell. */
export function RouteViewError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const retry = useRetry(() => {
    reset();
    void router.invalidate();
  });
  return <ViewError error={error} onRetry={retry} />;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

class Boundary extends Component<
  { children: ReactNode; fallback: (error: unknown, reset: () => void) => ReactNode },
  BoundaryState
> {
  override state: BoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  reset = () => {
    this.setState({ error: null, failed: false });
  };

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}

/** Keeps one part of a page (the grid, the row panel) from taking the rest down with it. */
export function ViewErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <Boundary fallback={(error, reset) => <BoundaryError error={error} reset={reset} />}>
      {children}
    </Boundary>
  );
}

function BoundaryError({ error, reset }: { error: unknown; reset: () => void }) {
  return <ViewError error={error} onRetry={useRetry(reset)} />;
}
