import { flexRender, getCoreRowModel, useReactTable, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { EDITABLE_FIELDS, isOneOf, type EditableField, type WorkspaceSide } from '@bunkai/model';
import { ConfirmDialog } from '@bunkai/ui';
import { CellEditor } from './cell-editors';
import {
  COLUMN_IDS,
  GRID_COLUMNS,
  GridContext,
  type ColumnId,
  type GridCellContext,
} from './grid-cells';
import { useMatrixText } from '../labels';
import type { MatrixRow, RowChanges } from '../types';

export type { ColumnId };

/** The cell with the keyboard focus; `rowId` null until the user reaches the grid. */
export interface ActiveCell {
  rowId: string | null;
  column: ColumnId;
}

const ROW_HEIGHT = 68;
const HEADER_HEIGHT = 40;

const WIDTHS: Record<ColumnId, number> = {
  select: 44,
  code: 104,
  title: 280,
  ownerSide: 112,
  phase: 128,
  hospitalDuty: 240,
  vendorDuty: 240,
  dueDate: 116,
  status: 168,
  counts: 96,
};
const TEMPLATE = COLUMN_IDS.map((id) => `${WIDTHS[id]}px`).join(' ');
const TOTAL_WIDTH = COLUMN_IDS.reduce((sum, id) => sum + WIDTHS[id], 0);
const STICKY_WIDTH = WIDTHS.select + WIDTHS.code;

function isEditable(column: ColumnId): column is EditableField {
  return isOneOf(EDITABLE_FIELDS, column);
}

export interface MatrixGridProps {
  /** The rows after filtering, in document order. */
  rows: MatrixRow[];
  side: WorkspaceSide;
  canEdit: boolean;
  /** Selected rows among `rows`. */
  selected: ReadonlySet<string>;
  onToggleRow: (rowId: string, range: boolean) => void;
  onToggleAll: (select: boolean) => void;
  active: ActiveCell;
  onActiveChange: (cell: ActiveCell) => void;
  /** The row whose panel is open (highlighted). */
  openRowId: string | undefined;
  onOpenRow: (rowId: string) => void;
  onCommit: (row: MatrixRow, changes: RowChanges) => void;
}

interface Editing {
  rowId: string;
  column: EditableField;
}

/**
 * The matrix as an ARIA grid: TanStack Table for the columns, TanStack Virtual for the rows (only
 * the visible ones are in the DOM). The grid element keeps the focus and points at the active cell
 * with aria-activedescendant, so focus survives rows scrolling out of the DOM. Clicks are handled
 * once on the grid (cells carry their row and column), which keeps the rows memoizable: a
 * keyboard move re-renders two rows, not all of them.
 */
export function MatrixGrid(props: MatrixGridProps) {
  const { rows, canEdit, selected, active, onActiveChange, onOpenRow, onToggleRow } = props;
  const { t } = useTranslation();
  const text = useMatrixText();
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmAgreed, setConfirmAgreed] = useState<{
    row: MatrixRow;
    column: EditableField;
  } | null>(null);

  const rowIndex = active.rowId ? rows.findIndex((row) => row.id === active.rowId) : -1;
  const columnIndex = COLUMN_IDS.indexOf(active.column);
  const activeId =
    rowIndex >= 0 && active.rowId ? cellId(gridId, active.rowId, active.column) : undefined;
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const someSelected = !allSelected && rows.some((row) => selected.has(row.id));
  const context = useMemo<GridCellContext>(
    () => ({ t, text, selected, allSelected, someSelected }),
    [t, text, selected, allSelected, someSelected],
  );

  // The app does not use the React Compiler; the table's own memoization is what counts here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: GRID_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  });

  const focusGrid = () => {
    scrollRef.current?.focus({ preventScroll: true });
  };

  // A link with ?row= opens the page on that row: bring it into view once.
  const initialScrollDone = useRef(false);
  useEffect(() => {
    if (initialScrollDone.current) return;
    initialScrollDone.current = true;
    if (rowIndex > 0) virtualizer.scrollToIndex(rowIndex, { align: 'center' });
  }, [rowIndex, virtualizer]);

  /** Scrolls sideways so the column shows beside the sticky ones (widths are known: no layout read). */
  const revealColumn = (column: ColumnId) => {
    const grid = scrollRef.current;
    if (!grid) return;
    const index = COLUMN_IDS.indexOf(column);
    const left = COLUMN_IDS.slice(0, index).reduce((sum, id) => sum + WIDTHS[id], 0);
    const right = left + WIDTHS[column];
    if (left >= STICKY_WIDTH && left - STICKY_WIDTH < grid.scrollLeft) {
      grid.scrollLeft = left - STICKY_WIDTH;
    } else if (right > grid.scrollLeft + grid.clientWidth) {
      grid.scrollLeft = right - grid.clientWidth;
    }
  };

  const moveTo = (nextRow: number, nextColumn: number) => {
    const index = Math.min(rows.length - 1, Math.max(0, nextRow));
    const row = rows[index];
    const column = COLUMN_IDS[Math.min(COLUMN_IDS.length - 1, Math.max(0, nextColumn))];
    if (!row || !column) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    revealColumn(column);
    onActiveChange({ rowId: row.id, column });
  };

  const startEdit = (row: MatrixRow, column: ColumnId) => {
    if (!canEdit || !isEditable(column)) return;
    if (row.status === 'agreed') setConfirmAgreed({ row, column });
    else setEditing({ rowId: row.id, column });
  };

  /** Enter/F2 or a double click: edit, or show the row's details where there is nothing to edit. */
  const activate = (row: MatrixRow, column: ColumnId) => {
    if (column === 'select') onToggleRow(row.id, false);
    else if (isEditable(column) && canEdit) startEdit(row, column);
    else onOpenRow(row.id);
  };

  const finishEdit = () => {
    setEditing(null);
    focusGrid();
  };

  const pageSize = () =>
    Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Editors and controls inside the grid handle their own keys.
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const r = Math.max(0, rowIndex);
    const c = Math.max(0, columnIndex);
    const current = rows[r];
    const toEnd = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(r + 1, c);
        break;
      case 'ArrowUp':
        moveTo(r - 1, c);
        break;
      case 'ArrowRight':
        moveTo(r, c + 1);
        break;
      case 'ArrowLeft':
        moveTo(r, c - 1);
        break;
      case 'Home':
        moveTo(toEnd ? 0 : r, toEnd ? c : 0);
        break;
      case 'End':
        moveTo(toEnd ? rows.length - 1 : r, toEnd ? c : COLUMN_IDS.length - 1);
        break;
      case 'PageDown':
        moveTo(r + pageSize(), c);
        break;
      case 'PageUp':
        moveTo(r - pageSize(), c);
        break;
      case 'Enter':
      case 'F2':
        if (rowIndex < 0) moveTo(0, c);
        else if (current) activate(current, COLUMN_IDS[c] ?? 'code');
        break;
      case ' ':
        if (current) onToggleRow(current.id, event.shiftKey);
        if (rowIndex < 0) moveTo(r, c);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** One handler for every cell and checkbox (see the component's comment). */
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('[data-select-all]')) {
      props.onToggleAll(!allSelected);
      focusGrid();
      return;
    }
    const cell = event.target.closest<HTMLElement>('[role="gridcell"]');
    const rowId = cell?.dataset.rowId;
    const column = cell?.dataset.column;
    const row = rowId ? rows.find((r) => r.id === rowId) : undefined;
    if (!row || !isOneOf(COLUMN_IDS, column)) return;
    // Clicks inside the open editor belong to it.
    if (editing?.rowId === row.id && editing.column === column) return;
    focusGrid();
    onActiveChange({ rowId: row.id, column });
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
      onToggleRow(row.id, event.shiftKey);
    } else if (column === 'code' || column === 'title') {
      onOpenRow(row.id);
    }
    if (event.detail === 2) startEdit(row, column);
  };

  const editor = editing
    ? {
        column: editing.column,
        onCommit: (row: MatrixRow, changes: RowChanges) => {
          props.onCommit(row, changes);
          finishEdit();
        },
        onCancel: finishEdit,
      }
    : null;
  const header = table.getHeaderGroups()[0];

  return (
    <GridContext value={context}>
      <div
        ref={scrollRef}
        id={gridId}
        className="bk-mgrid"
        role="grid"
        aria-label={t('matrix.grid.label')}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMN_IDS.length}
        aria-multiselectable="true"
        aria-activedescendant={editing ? undefined : activeId}
        aria-describedby={`${gridId}-help`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={(event) => {
          if (event.target === event.currentTarget && rowIndex < 0 && rows[0]) {
            onActiveChange({ rowId: rows[0].id, column: 'code' });
          }
        }}
      >
        <div role="rowgroup" className="bk-mgrid-head" style={{ width: TOTAL_WIDTH }}>
          <div
            role="row"
            aria-rowindex={1}
            className="bk-mgrid-row"
            style={{ gridTemplateColumns: TEMPLATE, height: HEADER_HEIGHT }}
          >
            {header?.headers.map((cell, index) => (
              <div
                key={cell.id}
                role="columnheader"
                aria-colindex={index + 1}
                className={`bk-mgrid-cell bk-mgrid-col-${cell.column.id}`}
                data-select-all={cell.column.id === 'select' || undefined}
              >
                {flexRender(cell.column.columnDef.header, cell.getContext())}
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className="bk-mgrid-body"
          style={{ height: virtualizer.getTotalSize(), width: TOTAL_WIDTH }}
        >
          {rows.length === 0 ? <p className="bk-mgrid-empty">{t('matrix.grid.empty')}</p> : null}
          {virtualizer.getVirtualItems().map((item) => {
            const tableRow = tableRows[item.index];
            if (!tableRow) return null;
            const id = tableRow.original.id;
            return (
              <GridRow
                key={id}
                gridId={gridId}
                tableRow={tableRow}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                canEdit={canEdit}
                isSelected={selected.has(id)}
                isOpen={props.openRowId === id}
                activeColumn={active.rowId === id ? active.column : null}
                editor={editing?.rowId === id ? editor : null}
              />
            );
          })}
        </div>
      </div>
      <p id={`${gridId}-help`} className="bk-muted bk-note">
        {t('matrix.grid.help')}
      </p>
      {confirmAgreed ? (
        <ConfirmDialog
          tone="primary"
          title={t('matrix.editAgreed.title')}
          confirmLabel={t('matrix.editAgreed.confirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setEditing({ rowId: confirmAgreed.row.id, column: confirmAgreed.column });
            setConfirmAgreed(null);
          }}
          onCancel={() => {
            setConfirmAgreed(null);
            focusGrid();
          }}
        >
          {t('matrix.editAgreed.body', { code: confirmAgreed.row.code })}
        </ConfirmDialog>
      ) : null}
    </GridContext>
  );
}

function cellId(gridId: string, rowId: string, column: ColumnId): string {
  return `${gridId}-${rowId}-${column}`;
}

interface RowEditor {
  column: EditableField;
  onCommit: (row: MatrixRow, changes: RowChanges) => void;
  onCancel: () => void;
}

/** One row; re-renders only when its own data, state or position changes. */
const GridRow = memo(function GridRow({
  gridId,
  tableRow,
  index,
  top,
  canEdit,
  isSelected,
  isOpen,
  activeColumn,
  editor,
}: {
  gridId: string;
  tableRow: Row<MatrixRow>;
  index: number;
  top: number;
  canEdit: boolean;
  isSelected: boolean;
  isOpen: boolean;
  activeColumn: ColumnId | null;
  /** Only on the row being edited. */
  editor: RowEditor | null;
}) {
  const { t } = useTranslation();
  const row = tableRow.original;
  const classes = [
    'bk-mgrid-row',
    isSelected ? 'is-selected' : '',
    isOpen ? 'is-open' : '',
    editor ? 'is-editing' : '',
  ];
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={classes.filter(Boolean).join(' ')}
      style={{
        gridTemplateColumns: TEMPLATE,
        height: ROW_HEIGHT,
        transform: `translateY(${top}px)`,
      }}
    >
      {tableRow.getVisibleCells().map((cell, columnIndex) => {
        const column = isOneOf(COLUMN_IDS, cell.column.id) ? cell.column.id : 'code';
        const editable = canEdit && isEditable(column);
        return (
          <div
            key={cell.id}
            id={cellId(gridId, row.id, column)}
            role="gridcell"
            aria-colindex={columnIndex + 1}
            aria-readonly={editable ? undefined : true}
            data-row-id={row.id}
            data-column={column}
            className={[
              'bk-mgrid-cell',
              `bk-mgrid-col-${column}`,
              activeColumn === column ? 'is-active' : '',
              editable ? 'is-editable' : '',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
            {editor?.column === column ? (
              <CellEditor
                row={row}
                field={editor.column}
                label={t('matrix.grid.editLabel', {
                  code: row.code,
                  field: t(`matrix.fields.${editor.column}`),
                })}
                onCommit={(changes) => {
                  editor.onCommit(row, changes);
                }}
                onCancel={editor.onCancel}
              />
            ) : null}
          </div>
        );
      })}
    </div>
  );
});
