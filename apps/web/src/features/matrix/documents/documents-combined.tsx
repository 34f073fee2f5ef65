import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Muted, Notice, PageHeader, Segmented, Stats, Table, type Column } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { RequireOrganization } from '../../../components/require-organization';
import { COVERAGE_FINDINGS, type CoverageFinding } from '@bunkai/model';
import { type CombinedRow, type CombinedView, FindingBadge } from './documents-labels';
import { RowStatusBadge, useMatrixText } from '../labels';
import '../matrix.css';

const FILTERS = ['all', 'issues', 'gap', 'overlap'] as const;
type Filter = (typeof FILTERS)[number];

const SHOWN: Record<Filter, readonly CoverageFinding[]> = {
  all: COVERAGE_FINDINGS,
  issues: ['gap', 'overlap'],
  gap: ['gap'],
  overlap: ['overlap'],
};

const ROW_CLASS: Partial<Record<CoverageFinding, string>> = {
  gap: 'bk-row-danger',
  overlap: 'bk-row-warning',
};

/**
 * `/matrix/combined/$systemId`: one hospital system across every vendor's matrix, a column per
 * vendor (owner and status) and the finding (gap, overlap, covered, not applicable).
 */
export function CombinedSystemPage({ systemId }: { systemId: string }) {
  return (
    <RequireOrganization kinds={['hospital']}>
      {() => <CombinedContent systemId={systemId} />}
    </RequireOrganization>
  );
}

function CombinedContent({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const combined = useQuery(trpc.matrix.combined.queryOptions({ systemId }));
  return (
    <>
      <p className="bk-back">
        <Link to="/systems">{t('matrixDocs.combinedPage.back')}</Link>
      </p>
      <PageHeader
        title={
          combined.data
            ? t('matrixDocs.combinedPage.titleWithSystem', { system: combined.data.system.name })
            : t('matrixDocs.combinedPage.title')
        }
        lead={t('matrixDocs.combinedPage.lead')}
      />
      {combined.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : combined.isError ? (
        <Notice tone="error">{errorMessage(combined.error)}</Notice>
      ) : (
        <CombinedTable view={combined.data} />
      )}
    </>
  );
}

function CombinedTable({ view }: { view: CombinedView }) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const [filter, setFilter] = useState<Filter>('all');
  if (view.matrices.length === 0) {
    return (
      <Card>
        <Notice>{t('matrixDocs.combinedPage.noMatrices')}</Notice>
      </Card>
    );
  }
  const shown = view.rows.filter((row) => SHOWN[filter].includes(row.finding));
  const matrixColumns: Column<CombinedRow>[] = view.matrices.map((matrix) => ({
    key: matrix.matrixId,
    header: (
      <>
        <Link
          to="/matrix/$workspaceId/$matrixId"
          params={{ workspaceId: matrix.workspaceId, matrixId: matrix.matrixId }}
        >
          {matrix.vendorName}
        </Link>
        <span className="bk-sub">{matrix.catalogLabel}</span>
      </>
    ),
    cell: (row) => {
      const cell = row.cells.find((c) => c.matrixId === matrix.matrixId);
      if (!cell) {
        return (
          <span className="bk-muted" title={t('matrixDocs.combinedPage.missing')}>
            —
          </span>
        );
      }
      return (
        <>
          {text.owner(cell.ownerSide)}
          <span className="bk-chips">
            <RowStatusBadge status={cell.status} />
          </span>
        </>
      );
    },
  }));
  return (
    <Card>
      <Stats
        label={t('matrixDocs.combinedPage.summary')}
        items={COVERAGE_FINDINGS.map((finding) => ({
          id: finding,
          label: t(`matrixDocs.combinedPage.findings.${finding}`),
          value: view.counts[finding],
        }))}
      />
      <div className="bk-button-row bk-page-actions">
        <Segmented<Filter>
          label={t('matrixDocs.combinedPage.filter')}
          value={filter}
          options={FILTERS.map((value) => ({
            value,
            label: t(`matrixDocs.combinedPage.filters.${value}`),
          }))}
          onChange={setFilter}
        />
      </div>
      <Muted>
        <span aria-live="polite">
          {t('matrixDocs.combinedPage.shown', { total: view.rows.length, shown: shown.length })}
        </span>
      </Muted>
      <Table<CombinedRow>
        rows={shown}
        rowKey={(row) => row.code}
        rowClassName={(row) => ROW_CLASS[row.finding]}
        empty={t('matrixDocs.combinedPage.emptyFiltered')}
        columns={[
          {
            key: 'code',
            header: t('matrix.grid.columns.code'),
            cell: (row) => <span className="bk-mono">{row.code}</span>,
            nowrap: true,
          },
          {
            key: 'item',
            header: t('matrixDocs.combinedPage.item'),
            cell: (row) => text.title(row),
          },
          ...matrixColumns,
          {
            key: 'finding',
            header: t('matrixDocs.combinedPage.finding'),
            cell: (row) => <FindingBadge finding={row.finding} />,
            nowrap: true,
          },
        ]}
      />
    </Card>
  );
}
