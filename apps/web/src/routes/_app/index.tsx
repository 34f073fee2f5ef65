import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Card, FactList, Notice, PageHeader } from '@bunkai/ui';
import { useActiveOrganization } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

export const Route = createFileRoute('/_app/')({ component: HomePage });

function HomePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const info = useQuery(trpc.service.info.queryOptions());
  const { active, isPending } = useActiveOrganization();
  return (
    <>
      <PageHeader title={t('home.title')} lead={t('home.lead')} />
      {!isPending && !active ? <Notice>{t('home.noOrganization')}</Notice> : null}
      <Card title={t('home.status')}>
        {info.isPending ? (
          <Notice>{t('home.loading')}</Notice>
        ) : info.isError ? (
          <Notice tone="error">{t('home.error')}</Notice>
        ) : (
          <FactList
            items={[
              { id: 'app-version', label: t('home.appVersion'), value: info.data.appVersion },
              {
                id: 'database-mode',
                label: t('home.databaseMode'),
                value: t(`home.modes.${info.data.database.mode}`),
              },
              {
                id: 'server-version',
                label: t('home.serverVersion'),
                value: info.data.database.serverVersion,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
