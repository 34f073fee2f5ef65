import type ExcelJS from 'exceljs';
import { addRangeValidation, newWorkbook, styleHeaderRow, workbookBuffer } from '../catalog/xlsx';
import {
  countRows,
  OWNER_BUCKET_LABELS,
  OWNER_BUCKETS,
  ROW_STATUSES,
  tokyoDateTime,
} from '@bunkai/model';
import { matrixRowCells } from './cells';
import {
  MATRIX_COLUMNS,
  MATRIX_TITLE,
  MARK,
  type MatrixColumn,
  PHASE_LABELS,
  STATUS_LABELS,
  SUMMARY_SHEET,
  TITLE_LABELS,
} from './columns';
import type { MatrixFileDoc } from './model';

/** Row of the column headers on a system sheet: the title lines come first. */
export const MATRIX_HEADER_ROW = 8;

const SHEET_NAME_MAX = 31;

// Excel forbids these in sheet names; the full-width forms keep a Japanese name readable.
const SHEET_NAME_FORBIDDEN: Record<string, string> = {
  ':': '：',
  '\\': '＼',
  '/': '／',
  '?': '？',
  '*': '＊',
  '[': '［',
  ']': '］',
};

/** At most `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

// A sheet name may not start or end with an apostrophe.
function trimApostrophes(text: string): string {
  return text.replace(/^['\s]+|['\s]+$/g, '');
}

// Excel compares sheet names without regard to case.
function sheetKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/**
 * One valid, distinct worksheet name per system: forbidden characters replaced, at most 31
 * characters, never blank, `History` (reserved by Excel) or one of `reserved`; repeats get ` (2)`…
 */
export function matrixSheetNames(
  systemNames: readonly string[],
  reserved: readonly string[] = [SUMMARY_SHEET],
): string[] {
  const taken = new Set([...reserved, 'History'].map(sheetKey));
  return systemNames.map((systemName) => {
    const cleaned = systemName
      .replace(/[:\\/?*[\]]/g, (c) => SHEET_NAME_FORBIDDEN[c] ?? '_')
      .replace(/\p{Cc}/gu, ' ');
    const base = trimApostrophes(clip(trimApostrophes(cleaned), SHEET_NAME_MAX)) || 'システム';
    let name = base;
    for (let n = 2; taken.has(sheetKey(name)); n++) {
      const suffix = ` (${n})`;
      name = `${trimApostrophes(clip(base, SHEET_NAME_MAX - suffix.length))}${suffix}`;
    }
    taken.add(sheetKey(name));
    return name;
  });
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

// Columns an import reads back stand out, so people know where their edits count.
const IMPORTED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};

// The paper size enum is `const` in the typings, which isolated modules cannot read.
const A4 = { paperSize: 9 } as unknown as Pick<ExcelJS.PageSetup, 'paperSize'>;

const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  ...A4,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  // 0 = as many pages down as needed.
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

function columnStyle(column: MatrixColumn): Partial<ExcelJS.Style> {
  if (column.kind === 'date') {
    return { numFmt: 'yyyy-mm-dd', alignment: { vertical: 'top', horizontal: 'center' } };
  }
  const centered = column.kind === 'mark' || column.kind === 'label' || column.kind === 'phase';
  // Text format keeps typed codes such as 1.10 from turning into numbers.
  return {
    numFmt: '@',
    alignment: {
      vertical: 'top',
      wrapText: column.kind === 'text' || column.kind === 'phase',
      ...(centered ? { horizontal: 'center' } : {}),
    },
  };
}

/** `YYYY-MM-DD` as an Excel date (days carry no zone in Excel; exceljs writes them as UTC). */
function dateCell(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function addTitle(ws: ExcelJS.Worksheet, text: string, lines: [string, string][]): void {
  const title = ws.getCell(1, 1);
  title.value = text;
  title.font = { bold: true, size: 14 };
  title.alignment = { vertical: 'middle', wrapText: false };
  lines.forEach(([label, value], i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { wrapText: false };
    row.getCell(2).value = value;
    // Overflow into the empty cells beside rather than wrap inside a narrow column.
    row.getCell(2).alignment = { wrapText: false };
  });
}

function addSystemSheet(workbook: ExcelJS.Workbook, name: string, doc: MatrixFileDoc): void {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: MATRIX_HEADER_ROW }],
    pageSetup: {
      ...PRINT_SETUP,
      printTitlesRow: `${MATRIX_HEADER_ROW}:${MATRIX_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&P / &N' },
  });
  ws.columns = MATRIX_COLUMNS.map((c) => ({ key: c.name, width: c.width, style: columnStyle(c) }));

  addTitle(ws, MATRIX_TITLE, [
    [TITLE_LABELS.hospital, doc.hospitalName],
    [TITLE_LABELS.vendor, doc.vendorName],
    [TITLE_LABELS.system, doc.systemName],
    [TITLE_LABELS.catalog, `${doc.catalogTitleJa}（${doc.versionLabel}）`],
    [TITLE_LABELS.exportedAt, tokyoDateTime(doc.exportedAt)],
  ]);
  const note = ws.getCell(MATRIX_HEADER_ROW - 1, 1);
  note.value =
    '黄色の見出しの列は取り込みで反映されます。状態・確認は Bunkai の画面で行います。' +
    ' / Columns with yellow headers are read back on import; status and confirmations change in Bunkai.';
  note.alignment = { wrapText: false };
  note.font = { italic: true, color: { argb: 'FF595959' } };

  const header = ws.getRow(MATRIX_HEADER_ROW);
  MATRIX_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = c.ja;
  });
  styleHeaderRow(header);
  MATRIX_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = THIN;
    if (c.imported) cell.fill = IMPORTED_FILL;
  });

  doc.rows.forEach((row, index) => {
    const cells = matrixRowCells(row);
    const sheetRow = ws.getRow(MATRIX_HEADER_ROW + 1 + index);
    MATRIX_COLUMNS.forEach((c, i) => {
      const cell = sheetRow.getCell(i + 1);
      const text = cells[c.name];
      cell.value = c.kind === 'date' ? dateCell(text) : text;
      cell.border = THIN;
    });
  });

  if (doc.rows.length > 0) {
    const last = MATRIX_HEADER_ROW + doc.rows.length;
    const range = (c: MatrixColumn) => {
      const letter = ws.getColumn(MATRIX_COLUMNS.indexOf(c) + 1).letter;
      return `${letter}${MATRIX_HEADER_ROW + 1}:${letter}${last}`;
    };
    for (const c of MATRIX_COLUMNS.filter((col) => col.imported)) {
      if (c.kind === 'mark') {
        addRangeValidation(ws, range(c), {
          type: 'list',
          allowBlank: true,
          formulae: [`"${MARK}"`],
          showErrorMessage: true,
          errorTitle: c.ja,
          error: `${MARK} か空欄 / ${MARK} or blank`,
        });
      } else if (c.kind === 'phase') {
        addRangeValidation(ws, range(c), {
          type: 'list',
          allowBlank: true,
          formulae: [`"${Object.values(PHASE_LABELS).join(',')}"`],
          showErrorMessage: true,
          errorTitle: c.ja,
          error: Object.values(PHASE_LABELS).join('、'),
        });
      } else if (c.kind === 'date') {
        addRangeValidation(ws, range(c), {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(2000, 0, 1))],
          showErrorMessage: true,
          errorTitle: c.ja,
          error: '日付（YYYY-MM-DD）/ a date (YYYY-MM-DD)',
        });
      }
    }
  }
  ws.autoFilter = {
    from: { row: MATRIX_HEADER_ROW, column: 1 },
    to: { row: MATRIX_HEADER_ROW, column: MATRIX_COLUMNS.length },
  };
}

/** Headers of the summary table on the `概要` sheet, in order. */
export const SUMMARY_HEADERS: readonly string[] = [
  '医療機関',
  '事業者',
  'システム',
  'カタログ',
  '版',
  '出力日時',
  '項目数',
  ...OWNER_BUCKETS.map((k) => `担当: ${OWNER_BUCKET_LABELS[k].ja}`),
  ...ROW_STATUSES.map((k) => `状態: ${STATUS_LABELS[k]}`),
  '合意率',
];

/** Row of the summary table's headers on the `概要` sheet. */
export const SUMMARY_HEADER_ROW = 4;

function addSummarySheet(workbook: ExcelJS.Workbook, docs: readonly MatrixFileDoc[]): void {
  const ws = workbook.addWorksheet(SUMMARY_SHEET, {
    views: [{ state: 'frozen', ySplit: SUMMARY_HEADER_ROW }],
    pageSetup: { ...PRINT_SETUP },
  });
  const widths = [24, 24, 24, 36, 10, 17, 8, ...SUMMARY_HEADERS.slice(7).map(() => 11)];
  ws.columns = widths.map((width) => ({ width }));
  const latest = docs
    .map((d) => d.exportedAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);
  addTitle(ws, `${MATRIX_TITLE} 概要`, [
    [TITLE_LABELS.exportedAt, latest === undefined ? '' : tokyoDateTime(latest)],
  ]);

  const header = ws.getRow(SUMMARY_HEADER_ROW);
  SUMMARY_HEADERS.forEach((h, i) => {
    header.getCell(i + 1).value = h;
  });
  styleHeaderRow(header);
  header.eachCell((cell) => {
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = THIN;
  });
  docs.forEach((doc, index) => {
    const s = countRows(doc.rows);
    const row = ws.getRow(SUMMARY_HEADER_ROW + 1 + index);
    const values: (string | number)[] = [
      doc.hospitalName,
      doc.vendorName,
      doc.systemName,
      doc.catalogTitleJa,
      doc.versionLabel,
      tokyoDateTime(doc.exportedAt),
      s.total,
      ...OWNER_BUCKETS.map((k) => s.byOwner[k]),
      ...ROW_STATUSES.map((k) => s.byStatus[k]),
      // The exact share, shown as a percentage with one decimal.
      s.total === 0 ? 0 : s.byStatus.agreed / s.total,
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
    });
    row.getCell(values.length).numFmt = '0.0%';
  });
}

/**
 * The matrices as a workbook in the layout of the 2024 確認表: a `概要` sheet, then one sheet per
 * system with title lines, the header row and one row per requirement.
 */
export async function renderMatrixXlsx(docs: MatrixFileDoc[]): Promise<Uint8Array> {
  const workbook = newWorkbook();
  addSummarySheet(workbook, docs);
  const names = matrixSheetNames(docs.map((d) => d.systemName));
  docs.forEach((doc, i) => {
    addSystemSheet(workbook, names[i] ?? doc.systemName, doc);
  });
  return workbookBuffer(workbook);
}
