import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  effectiveChanges,
  hasChanges,
  summarizeRows,
  waitingForMeOf,
  WORKSPACE_PARTY_KINDS,
} from '@bunkai/model';
import { Badge, Button, Card, Notice, PageHeader } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { RequireOrganization } from '../../components/require-organization';
import { ViewErrorBoundary } from '../../components/view-error';
import { BulkBar } from './grid/bulk-bar';
import { ConflictDialog } from './grid/conflict-dialog';
import { MatrixDocumentsActions } from './documents/documents-actions';
import { FilterBar } from './grid/filter-bar';
import {
  chaptersOf,
  facetCounts,
  filterRows,
  NO_FILTERS,
  type MatrixFilters,
} from './state/filters';
import { useMatrixText } from './labels';
import { MatrixGrid, type ActiveCell } from './grid/matrix-grid';
import { RowPanel } from './row-panel/row-panel';
import type { MatrixSearch } from './state/search';
import { SummaryBar } from './summary/summary-bar';
import type { MatrixRow, MatrixSummary, RowChanges } from './types';
import { useMatrixWrites, type MatrixRef } from './state/use-matrix-writes';
import './matrix.css';

/** While the panel is open it follows the active row, once the keyboard rests. */
const PANEL_FOLLOW_MS = 250;

/** `/matrix/$workspaceId/$matrixId`: one system's matrix as an editable grid. */
export function MatrixPage({
  workspaceId,
  matrixId,
  search,
}: MatrixRef & { search: MatrixSearch }) {
  const { t } = useTranslation();
  return (
    <div className="bk-matrix-page">
      <p className="bk-back">
        <Link to="/matrix">← {t('matrix.page.back')}</Link>
      </p>
      <RequireOrganization kinds={WORKSPACE_PARTY_KINDS} kindRefusal={t('matrix.coordinator')}>
        {(organization) => (
          <MatrixLoader
            key={matrixId}
            matrix={{ workspaceId, matrixId }}
            search={search}
            canEdit={organization.role !== 'viewer'}
          />
        )}
      </RequireOrganization>
    </div>
  );
}

function MatrixLoader({
  matrix,
  search,
  canEdit,
}: {
  matrix: MatrixRef;
  search: MatrixSearch;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const summary = useQuery(trpc.matrix.get.queryOptions(matrix));
  const rows = useQuery(trpc.matrix.rows.queryOptions(matrix));
  if (summary.isError || rows.isError) {
    return (
      <>
        <PageHeader title={t('matrix.title')} />
        <Notice tone="error">{errorMessage(summary.error ?? rows.error)}</Notice>
      </>
    );
  }
  if (!summary.data || !rows.data) return <Notice>{t('common.loading')}</Notice>;
  return (
    <MatrixView
      matrix={matrix}
      summary={summary.data}
      rows={rows.data}
      search={search}
      canEdit={canEdit}
    />
  );
}

function MatrixView({
  matrix,
  summary,
  rows,
  search,
  canEdit,
}: {
  matrix: MatrixRef;
  summary: MatrixSummary;
  rows: MatrixRow[];
  search: MatrixSearch;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const navigate = useNavigate();
  const side = summary.side;
  const writes = useMatrixWrites(matrix);
  const [filters, setFilters] = useState<MatrixFilters>(NO_FILTERS);
  // Typing stays responsive with thousands of rows: the grid catches up with the keyword.
  const q = useDeferredValue(filters.q);
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const [active, setActive] = useState<ActiveCell>({ rowId: search.row ?? null, column: 'code' });
  const followTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Opened from a link to a row (a mention e-mail): show the grid and the row's panel.
  const splitRef = useRef<HTMLDivElement>(null);
  const linkedRow = useRef(search.row);
  useEffect(() => {
    if (linkedRow.current) splitRef.current?.scrollIntoView({ block: 'start' });
  }, []);
  // A pending follow must not bring the user back here after they left.
  useEffect(() => {
    const timer = followTimer;
    return () => {
      clearTimeout(timer.current);
    };
  }, []);

  // Counted from the loaded rows, so the bar always matches the grid.
  const counts = useMemo(() => {
    const summary = summarizeRows(rows);
    return { ...summary, waitingForMe: waitingForMeOf(summary, side) };
  }, [rows, side]);
  const chapters = useMemo(() => chaptersOf(rows), [rows]);
  const applied = useMemo(() => ({ ...filters, q }), [filters, q]);
  const shown = useMemo(() => filterRows(rows, applied, side), [rows, applied, side]);
  const facets = useMemo(() => facetCounts(rows, applied, side), [rows, applied, side]);
  const selectedRows = useMemo(
    () => shown.filter((row) => selection.has(row.id)),
    [shown, selection],
  );
  const visibleSelection = useMemo(
    () => new Set(selectedRows.map((row) => row.id)),
    [selectedRows],
  );
  const panelRow = search.row ? rows.find((row) => row.id === search.row) : undefined;

  const openRow = (rowId: string | undefined) => {
    clearTimeout(followTimer.current);
    void navigate({
      to: '/matrix/$workspaceId/$matrixId',
      params: matrix,
      search: rowId ? { row: rowId } : {},
      replace: true,
      resetScroll: false,
    });
  };

  const changeActive = (cell: ActiveCell) => {
    setActive(cell);
    const { rowId } = cell;
    if (search.row && rowId && rowId !== search.row) {
      clearTimeout(followTimer.current);
      followTimer.current = setTimeout(() => {
        openRow(rowId);
      }, PANEL_FOLLOW_MS);
    }
  };

  const toggleRow = (rowId: string, range: boolean) => {
    const next = new Set(selection);
    const select = !selection.has(rowId);
    const from = range && anchor.current ? shown.findIndex((row) => row.id === anchor.current) : -1;
    const to = shown.findIndex((row) => row.id === rowId);
    const [start, end] = from >= 0 && to >= 0 ? [Math.min(from, to), Math.max(from, to)] : [to, to];
    for (const row of start >= 0 ? shown.slice(start, end + 1) : []) {
      if (select) next.add(row.id);
      else next.delete(row.id);
    }
    setSelection(next);
    anchor.current = rowId;
  };

  const toggleAll = (select: boolean) => {
    const next = new Set(selection);
    for (const row of shown) {
      if (select) next.add(row.id);
      else next.delete(row.id);
    }
    setSelection(next);
  };

  const commit = (row: MatrixRow, changes: RowChanges) => {
    const effective = effectiveChanges(row, changes);
    if (hasChanges(effective)) writes.updateRows([row], effective);
  };

  const changeFilters = (patch: Partial<MatrixFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
  };

  const catalogName = t('catalogs.name', {
    catalog: text.title(summary.catalog),
    version: summary.catalog.label,
  });

  return (
    <>
      <div className="bk-matrix-header">
        <PageHeader
          title={summary.system.name}
          lead={
            <>
              {t('matrix.list.workspace', {
                hospital: summary.hospital.name,
                vendor: summary.vendor.name,
              })}
              <span className="bk-sub">
                {t('matrix.page.catalog')}: {catalogName}
              </span>
            </>
          }
        />
        <div className="bk-matrix-header-side">
          <p>
            {t('matrix.page.yourSide')}:{' '}
            <Badge tone="info">{t(`matrix.page.sideLabels.${side}`)}</Badge>
          </p>
          {/* Export, import, signing, printing and the combined view (owned by documents-*.tsx). */}
          <MatrixDocumentsActions
            workspaceId={matrix.workspaceId}
            matrixId={matrix.matrixId}
            summary={counts}
          />
        </div>
      </div>
      {!canEdit ? <Notice>{t('matrix.page.readOnly')}</Notice> : null}
      <SummaryBar summary={counts} filters={filters} onFilter={changeFilters} />
      <Card>
        <FilterBar
          filters={filters}
          facets={facets}
          chapters={chapters}
          total={rows.length}
          shown={shown.length}
          onChange={changeFilters}
        />
        <BulkBar
          selected={selectedRows}
          hiddenSelected={selection.size - selectedRows.length}
          shown={shown.length}
          side={side}
          canEdit={canEdit}
          writes={writes}
          onSelectAll={() => {
            toggleAll(true);
          }}
          onClear={() => {
            setSelection(new Set());
          }}
        />
        {writes.outcome ? (
          <div className="bk-outcome">
            <Notice tone={writes.outcome.tone}>
              {writes.outcome.text}{' '}
              <Button
                variant="link"
                onClick={() => {
                  writes.setOutcome(null);
                }}
              >
                {t('matrix.done.dismiss')}
              </Button>
            </Notice>
          </div>
        ) : null}
      </Card>
      <div ref={splitRef} className={`bk-split${search.row ? ' bk-split-with-panel' : ''}`}>
        <div className="bk-matrix-grid-wrap">
          <ViewErrorBoundary>
            <MatrixGrid
              rows={shown}
              side={side}
              canEdit={canEdit}
              selected={visibleSelection}
              onToggleRow={toggleRow}
              onToggleAll={toggleAll}
              active={active}
              onActiveChange={changeActive}
              openRowId={search.row}
              onOpenRow={openRow}
              onCommit={commit}
            />
          </ViewErrorBoundary>
        </div>
        {search.row ? (
          <aside className="bk-split-panel" aria-label={t('matrix.panel.label')}>
            {panelRow ? (
              <ViewErrorBoundary key={panelRow.id}>
                <RowPanel
                  key={panelRow.id}
                  matrix={matrix}
                  row={panelRow}
                  side={side}
                  canEdit={canEdit}
                  writes={writes}
                  onClose={() => {
                    openRow(undefined);
                  }}
                />
              </ViewErrorBoundary>
            ) : (
              <Card>
                <Notice tone="warning">{t('matrix.panel.notInMatrix')}</Notice>
                <Button
                  variant="secondary"
                  onClick={() => {
                    openRow(undefined);
                  }}
                >
                  {t('matrix.panel.close')}
                </Button>
              </Card>
            )}
          </aside>
        ) : null}
      </div>
      {writes.conflict ? (
        <ConflictDialog
          conflict={writes.conflict}
          rows={rows}
          onReapply={writes.reapplyConflict}
          onDiscard={writes.discardConflict}
        />
      ) : null}
    </>
  );
}
