import { useTranslation } from 'react-i18next';
import {
  OWNER_BUCKETS,
  ROW_STATUSES_IN_WORKFLOW_ORDER,
  type MatrixSummaryCounts,
} from '@bunkai/model';
import { Card, ProgressBar, Stats } from '@bunkai/ui';
import type { MatrixFilters } from '../state/filters';
import { useMatrixText } from '../labels';

/**
 * Counts of the loaded rows (the same rows the grid shows, so the two always agree). Each count is
 * also a filter toggle.
 */
export function SummaryBar({
  summary,
  filters,
  onFilter,
}: {
  /** With the rows waiting for my side (`waitingForMeOf`). */
  summary: MatrixSummaryCounts & { waitingForMe: number };
  filters: MatrixFilters;
  onFilter: (patch: Partial<MatrixFilters>) => void;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const agreedText = t('matrix.summary.agreedText', {
    percent: summary.agreedPercent,
    agreed: summary.byStatus.agreed,
    total: summary.total,
  });
  return (
    <Card>
      <section aria-label={t('matrix.summary.label')} className="bk-msummary">
        <Stats
          items={[
            { id: 'total', label: t('matrix.summary.total'), value: summary.total },
            {
              id: 'agreed',
              label: t('matrix.summary.agreed'),
              value: `${summary.agreedPercent}%`,
            },
            {
              id: 'waitingForMe',
              label: t('matrix.summary.waitingForMe'),
              value: (
                <button
                  type="button"
                  className="bk-count-link"
                  aria-pressed={filters.mine}
                  onClick={() => {
                    onFilter({ mine: !filters.mine });
                  }}
                >
                  {summary.waitingForMe}
                </button>
              ),
            },
          ]}
        />
        <div className="bk-msummary-detail">
          <div className="bk-msummary-bar">
            <ProgressBar
              value={summary.agreedPercent}
              label={t('matrix.summary.agreedBar')}
              valueText={agreedText}
            />
            <span className="bk-muted-inline">{agreedText}</span>
          </div>
          <CountGroup
            label={t('matrix.summary.byStatus')}
            items={ROW_STATUSES_IN_WORKFLOW_ORDER.map((status) => ({
              key: status,
              label: text.status(status),
              count: summary.byStatus[status],
              pressed: filters.status === status,
              toggle: () => {
                onFilter({ status: filters.status === status ? '' : status });
              },
            }))}
          />
          <CountGroup
            label={t('matrix.summary.byOwner')}
            items={OWNER_BUCKETS.map((owner) => ({
              key: owner,
              label: t(`matrix.owners.${owner}`),
              count: summary.byOwner[owner],
              pressed: filters.owner === owner,
              toggle: () => {
                onFilter({ owner: filters.owner === owner ? '' : owner });
              },
            }))}
          />
        </div>
      </section>
    </Card>
  );
}

function CountGroup({
  label,
  items,
}: {
  label: string;
  items: { key: string; label: string; count: number; pressed: boolean; toggle: () => void }[];
}) {
  const { t } = useTranslation();
  return (
    <div className="bk-count-group" role="group" aria-label={label}>
      <span className="bk-count-group-label">{label}</span>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          className="bk-count-chip"
          aria-pressed={item.pressed}
          data-count={item.key}
          onClick={item.toggle}
        >
          {t('matrix.summary.count', { label: item.label, count: item.count })}
        </button>
      ))}
    </div>
  );
}
