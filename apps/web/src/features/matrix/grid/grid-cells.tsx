import {
  createColumnHelper,
  type CellContext,
  type ColumnDef,
  type HeaderContext,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import { isOneOf, ROW_STATUS_LABELS } from '@bunkai/model';
import { Badge } from '@bunkai/ui';
import type { MatrixText } from '../labels';
import type { MatrixRow } from '../types';

export const COLUMN_IDS = [
  'select',
  'code',
  'title',
  'ownerSide',
  'phase',
  'hospitalDuty',
  'vendorDuty',
  'dueDate',
  'status',
  'counts',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * What the cells need from the grid: labels (looked up once per grid, not in every one of hundreds
 * of cells) and the selection. Checkbox clicks are handled by the grid.
 */
export interface GridCellContext {
  t: TFunction;
  text: MatrixText;
  selected: ReadonlySet<string>;
  allSelected: boolean;
  someSelected: boolean;
}

export const GridContext = createContext<GridCellContext | null>(null);

function useGrid(): GridCellContext {
  const value = useContext(GridContext);
  if (!value) throw new Error('grid cells render inside MatrixGrid');
  return value;
}

type Cell = CellContext<MatrixRow, unknown>;

function HeaderLabel({ column }: HeaderContext<MatrixRow, unknown>) {
  const { t } = useGrid();
  return isOneOf(COLUMN_IDS, column.id) ? t(`matrix.grid.columns.${column.id}`) : null;
}

function SelectAllHeader() {
  const { t, ...selection } = useGrid();
  return (
    <input
      type="checkbox"
      tabIndex={-1}
      aria-label={t('matrix.grid.selectAll')}
      checked={selection.allSelected}
      readOnly
      ref={(element) => {
        if (element) element.indeterminate = selection.someSelected;
      }}
    />
  );
}

function SelectCell({ row }: Cell) {
  const { t, ...selection } = useGrid();
  return (
    <input
      type="checkbox"
      tabIndex={-1}
      aria-label={t('matrix.grid.selectRow', { code: row.original.code })}
      checked={selection.selected.has(row.original.id)}
      readOnly
    />
  );
}

function CodeCell({ row }: Cell) {
  return <span className="bk-mono">{row.original.code}</span>;
}

function TitleCell({ row }: Cell) {
  const { t, text } = useGrid();
  const chapter = text.chapter(row.original);
  return (
    <>
      <span className="bk-mgrid-title">
        {text.title(row.original)}
        {row.original.unconfirmed ? (
          <>
            {' '}
            <Badge tone="warning" title={t('catalogs.unconfirmedHint')}>
              {t('catalogs.unconfirmed')}
            </Badge>
          </>
        ) : null}
      </span>
      {chapter ? <span className="bk-mgrid-sub">{chapter}</span> : null}
    </>
  );
}

function OwnerCell({ row }: Cell) {
  const { text } = useGrid();
  const { ownerSide } = row.original;
  return ownerSide === null ? (
    <span className="bk-muted-inline">{text.owner(null)}</span>
  ) : (
    text.owner(ownerSide)
  );
}

function PhaseCell({ row }: Cell) {
  const { text } = useGrid();
  const { phase } = row.original;
  return phase === null ? (
    <span className="bk-muted-inline">{text.phase(null)}</span>
  ) : (
    text.phase(phase)
  );
}

function HospitalDutyCell({ row }: Cell) {
  return <span className="bk-mgrid-clamp">{row.original.hospitalDuty}</span>;
}

function VendorDutyCell({ row }: Cell) {
  return <span className="bk-mgrid-clamp">{row.original.vendorDuty}</span>;
}

function DueDateCell({ row }: Cell) {
  const { text } = useGrid();
  return text.dueDate(row.original.dueDate);
}

function StatusCell({ row }: Cell) {
  const { t, text } = useGrid();
  const { status, hospitalConfirmation, vendorConfirmation } = row.original;
  return (
    <>
      <Badge tone={ROW_STATUS_LABELS[status].tone}>{t(`matrix.statuses.${status}`)}</Badge>
      {hospitalConfirmation ? (
        <span className="bk-mgrid-sub">
          {t('matrix.grid.confirmedBy', {
            side: text.side('hospital'),
            name: hospitalConfirmation.name,
          })}
        </span>
      ) : null}
      {vendorConfirmation ? (
        <span className="bk-mgrid-sub">
          {t('matrix.grid.confirmedBy', {
            side: text.side('vendor'),
            name: vendorConfirmation.name,
          })}
        </span>
      ) : null}
    </>
  );
}

function CountsCell({ row }: Cell) {
  const { t } = useGrid();
  const label = t('matrix.grid.counts', {
    evidence: row.original.evidenceCount,
    comments: row.original.commentCount,
  });
  return (
    <span title={label}>
      <span aria-hidden="true">
        {row.original.evidenceCount} / {row.original.commentCount}
      </span>
      <span className="bk-visually-hidden">{label}</span>
    </span>
  );
}

const columnHelper = createColumnHelper<MatrixRow>();

/**
 * Defined once: flexRender renders each cell function as a component, so a new function on every
 * render would remount every visible cell.
 */
export const GRID_COLUMNS: ColumnDef<MatrixRow>[] = [
  columnHelper.display({ id: 'select', header: SelectAllHeader, cell: SelectCell }),
  columnHelper.display({ id: 'code', header: HeaderLabel, cell: CodeCell }),
  columnHelper.display({ id: 'title', header: HeaderLabel, cell: TitleCell }),
  columnHelper.display({ id: 'ownerSide', header: HeaderLabel, cell: OwnerCell }),
  columnHelper.display({ id: 'phase', header: HeaderLabel, cell: PhaseCell }),
  columnHelper.display({ id: 'hospitalDuty', header: HeaderLabel, cell: HospitalDutyCell }),
  columnHelper.display({ id: 'vendorDuty', header: HeaderLabel, cell: VendorDutyCell }),
  columnHelper.display({ id: 'dueDate', header: HeaderLabel, cell: DueDateCell }),
  columnHelper.display({ id: 'status', header: HeaderLabel, cell: StatusCell }),
  columnHelper.display({ id: 'counts', header: HeaderLabel, cell: CountsCell }),
];
