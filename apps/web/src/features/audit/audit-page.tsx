import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, ButtonRow, Card, Muted, Notice, PageHeader, Table } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useDateFormat } from '../../lib/format';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import type { AuditEntry } from '../../lib/types';
import { RequireOrganization } from '../../components/require-organization';
import { useAuditLabels } from './labels';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <RequireOrganization admin>
        {(organization) => <AuditLog key={organization.id} />}
      </RequireOrganization>
    </>
  );
}

/** Newest first, PAGE_SIZE at a time; "load more" asks for the entries before the last seq. */
function AuditLog() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const format = useDateFormat();
  const labels = useAuditLabels();
  const log = useInfiniteQuery({
    queryKey: [...trpc.organization.auditLog.pathKey(), 'pages'],
    queryFn: ({ pageParam }) =>
      client.organization.auditLog.query({ beforeSeq: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBeforeSeq ?? undefined,
  });
  if (log.isPending) return <Notice>{t('common.loading')}</Notice>;
  // A failed "load more" keeps the pages already shown; only a failed first page replaces them.
  if (!log.data) return <Notice tone="error">{errorMessage(log.error)}</Notice>;
  const entries = log.data.pages.flatMap((page) => page.entries);
  return (
    <Card>
      <Table<AuditEntry>
        rows={entries}
        rowKey={(e) => String(e.seq)}
        empty={t('audit.empty')}
        columns={[
          {
            key: 'time',
            header: t('audit.time'),
            cell: (e) => format.dateTimeSeconds(e.occurredAt),
            nowrap: true,
          },
          {
            key: 'actor',
            header: t('audit.actor'),
            cell: (e) =>
              e.actor ? (
                <>
                  {e.actor.displayName}
                  <br />
                  <span className="bk-muted">{e.actor.email}</span>
                </>
              ) : (
                t('audit.system')
              ),
          },
          { key: 'action', header: t('audit.action'), cell: (e) => labels.action(e.action) },
          {
            key: 'target',
            header: t('audit.target'),
            cell: (e) => (
              <>
                {labels.target(e.targetType)}
                {e.targetId ? (
                  <>
                    <br />
                    <span className="bk-mono">{e.targetId}</span>
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: 'request',
            header: t('audit.requestId'),
            cell: (e) => (
              <>
                <span className="bk-mono">{e.requestId ?? '—'}</span>
                {e.ipAddress ? (
                  <>
                    <br />
                    <span className="bk-muted">
                      {t('audit.ip')}: {e.ipAddress}
                    </span>
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <div className="bk-inline-actions">
        {log.hasNextPage ? (
          <ButtonRow>
            <Button
              variant="secondary"
              pending={log.isFetchingNextPage}
              onClick={() => {
                void log.fetchNextPage();
              }}
            >
              {t('audit.more')}
            </Button>
          </ButtonRow>
        ) : entries.length > 0 ? (
          <Muted>{t('audit.end')}</Muted>
        ) : null}
        {log.isFetchNextPageError ? <Notice tone="error">{errorMessage(log.error)}</Notice> : null}
      </div>
    </Card>
  );
}
