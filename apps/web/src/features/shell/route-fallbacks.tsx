import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonRow, Card, Notice, PageHeader, PublicShell } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { LanguageSwitch } from './language-switch';

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PublicShell brand={<Link to="/">{t('app.name')}</Link>} actions={<LanguageSwitch />}>
      {children}
    </PublicShell>
  );
}

/** A route failed to load (e.g. the server cannot be reached). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Frame>
      <PageHeader title={t('common.error')} />
      <Card>
        <Notice tone="error">{errorMessage(error)}</Notice>
        <ButtonRow>
          <Button
            onClick={() => {
              reset();
              window.location.reload();
            }}
          >
            {t('common.retry')}
          </Button>
        </ButtonRow>
      </Card>
    </Frame>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Frame>
      <PageHeader title={t('common.notFound')} />
      <Link to="/">{t('common.backHome')}</Link>
    </Frame>
  );
}
