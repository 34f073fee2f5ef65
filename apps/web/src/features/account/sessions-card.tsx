import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonRow, Card, FormError, Notice, Table } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useDateFormat } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import type { RouterOutputs } from '../../lib/types';

type UserSession = RouterOutputs['account']['sessions'][number];

export function SessionsCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useDateFormat();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const signOutOthers = useMutation(
    trpc.account.signOutOthers.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() }),
    }),
  );
  return (
    <Card title={t('account.sessions.title')} id="sessions">
      {signOutOthers.isSuccess ? (
        <Notice tone="success">{t('account.sessions.signedOutOthers')}</Notice>
      ) : null}
      <FormError message={signOutOthers.error ? errorMessage(signOutOthers.error) : null} />
      {sessions.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : sessions.isError ? (
        <Notice tone="error">{errorMessage(sessions.error)}</Notice>
      ) : (
        <>
          <Table<UserSession>
            rows={sessions.data}
            rowKey={(s) => s.id}
            columns={[
              {
                key: 'device',
                header: t('account.sessions.device'),
                cell: (s) => (
                  <>
                    {s.current ? (
                      <>
                        <Badge tone="info">{t('common.current')}</Badge>{' '}
                      </>
                    ) : null}
                    <span className="bk-mono">{s.userAgent ?? t('common.unknown')}</span>
                  </>
                ),
              },
              {
                key: 'ip',
                header: t('account.sessions.ip'),
                cell: (s) => s.ipAddress ?? t('common.unknown'),
                nowrap: true,
              },
              {
                key: 'lastSeen',
                header: t('account.sessions.lastSeen'),
                cell: (s) => format.dateTime(s.lastSeenAt),
                nowrap: true,
              },
              {
                key: 'started',
                header: t('account.sessions.started'),
                cell: (s) => format.dateTime(s.createdAt),
                nowrap: true,
              },
            ]}
          />
          {sessions.data.length <= 1 ? (
            <p className="bk-muted">{t('account.sessions.onlyThis')}</p>
          ) : null}
        </>
      )}
      <div className="bk-inline-actions">
        <ButtonRow>
          <Button
            variant="secondary"
            pending={signOutOthers.isPending}
            onClick={() => {
              signOutOthers.mutate();
            }}
          >
            {t('account.sessions.signOutOthers')}
          </Button>
        </ButtonRow>
      </div>
    </Card>
  );
}
