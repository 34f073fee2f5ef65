import { z } from 'zod';
import {
  LIFECYCLE_PHASES,
  MATRIX_OWNER_SIDES,
  MAX_DUTY_LENGTH,
  type MatrixFileFormat,
  type MatrixOwnerSide,
  type WorkspaceSide,
} from '@bunkai/model';
import { normalizeHeader } from '../catalog/columns';
import { readCsvRecords, unescapeFormula } from '../catalog/csv';
import {
  type Bilingual,
  type ImportIssue,
  type ImportResult,
  importIssue,
  sortIssues,
  zodIssueMessages,
} from '../catalog/issues';
import { FALSE_VALUES, TRUE_VALUES, normalizeEnum, normalizeValue } from '../catalog/rows';
import { loadWorkbook, rowTexts } from '../catalog/xlsx';
import {
  MATRIX_COLUMNS,
  type MatrixHeaderField,
  OWNER_COLUMN,
  OWNER_LABELS,
  PHASE_ALIASES,
  PHASE_LABELS,
  SUMMARY_SHEET,
  SYSTEM_COLUMN,
  TITLE_LABELS,
  matrixFieldForHeader,
} from './columns';
import type { MatrixImportRow, MatrixImportSheet } from './model';

/** The header row must be among the first rows: above it are the 確認表's title lines. */
export const HEADER_SEARCH_ROWS = 20;

/** One table of cells as text, row 1 first. */
interface Table {
  /** The worksheet (XLSX), named in every message about it; null for CSV. */
  sheet: string | null;
  rows: string[][];
}

type ImportedField =
  | 'code'
  | 'owner'
  | 'hospital'
  | 'vendor'
  | 'not_applicable'
  | 'phase'
  | 'hospital_duty'
  | 'vendor_duty'
  | 'due_date';

const IMPORTED_FIELDS: readonly ImportedField[] = [
  'code',
  'owner',
  'hospital',
  'vendor',
  'not_applicable',
  'phase',
  'hospital_duty',
  'vendor_duty',
  'due_date',
];

const JA_NAMES: Record<ImportedField | 'system', string> = {
  ...(Object.fromEntries(MATRIX_COLUMNS.map((c) => [c.name, c.ja])) as Record<
    ImportedField,
    string
  >),
  owner: OWNER_COLUMN.ja,
  system: SYSTEM_COLUMN.ja,
};

// Beyond the usual yes/no spellings, the marks people put in a 確認表 by hand.
const MARKED = new Set([...TRUE_VALUES, '◯', '●', 'x', '✓', '✔', 'レ']);
const UNMARKED = new Set([...FALSE_VALUES, '-', 'ー', '―', '−']);

function lookup<T extends string>(entries: [T, readonly string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, spellings] of entries) {
    for (const s of [value, ...spellings]) map.set(normalizeEnum(s), value);
  }
  return map;
}

const PHASES = lookup(
  LIFECYCLE_PHASES.map((p) => [p, [PHASE_LABELS[p], ...(PHASE_ALIASES[p] ?? [])]]),
);
const OWNERS = lookup<MatrixOwnerSide>([
  ['hospital', [OWNER_LABELS.hospital, '医療機関等']],
  ['vendor', [OWNER_LABELS.vendor, 'ベンダー']],
  ['shared', [OWNER_LABELS.shared, '双方', '両方', '共有']],
  ['not_applicable', [OWNER_LABELS.not_applicable, '該当なし', 'N/A']],
]);

const Duty = z.string().max(MAX_DUTY_LENGTH);
const IsoDate = z.iso.date();

function headerField(text: string): MatrixHeaderField | undefined {
  // A header may carry a second line (an English name, a note): the first line decides then.
  return matrixFieldForHeader(text) ?? matrixFieldForHeader(text.split(/\r?\n/)[0] ?? '');
}

interface Header {
  /** 0-based index of the header row. */
  index: number;
  /** Field → its column (0-based) and the header text as the file shows it. */
  columns: Map<ImportedField | 'system', { at: number; header: string }>;
  issues: ImportIssue[];
}

function findHeader(table: Table): Header | null {
  const index = table.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((cells) => cells.some((cell) => headerField(cell) === 'code'));
  if (index < 0) return null;
  const rowNumber = index + 1;
  const columns: Header['columns'] = new Map();
  const issues: ImportIssue[] = [];
  (table.rows[index] ?? []).forEach((cell, at) => {
    const field = headerField(cell);
    if (field === undefined) return;
    if (field !== 'system' && !(IMPORTED_FIELDS as readonly string[]).includes(field)) return;
    const key = field as ImportedField | 'system';
    const header = cell.trim();
    const earlier = columns.get(key);
    if (earlier) {
      issues.push(
        importIssue(
          rowNumber,
          header,
          `列「${header}」は「${earlier.header}」と同じ項目です`,
          `Column "${header}" repeats "${earlier.header}"`,
        ),
      );
      return;
    }
    columns.set(key, { at, header });
  });
  const required: ImportedField[] = [
    ...(columns.has('owner') ? [] : (['hospital', 'vendor', 'not_applicable'] as const)),
    'phase',
    'hospital_duty',
    'vendor_duty',
    'due_date',
  ];
  for (const field of required) {
    if (columns.has(field)) continue;
    const ja = JA_NAMES[field];
    issues.push(
      importIssue(
        rowNumber,
        ja,
        `取り込みに必要な列「${ja}」がありません`,
        `The column "${ja}" (${field}) is missing; the import needs it`,
      ),
    );
  }
  return { index, columns, issues };
}

/** The system named in the title lines above the header (the sheet name may be shortened). */
function titleSystemName(table: Table, header: Header): string | null {
  const labels = new Set([TITLE_LABELS.system, 'system'].map(normalizeHeader));
  for (const cells of table.rows.slice(0, header.index)) {
    const at = cells.findIndex((cell) => labels.has(normalizeHeader(cell)));
    const value = at < 0 ? '' : (cells[at + 1] ?? '').trim();
    if (value !== '') return value;
  }
  return null;
}

interface ParsedRow {
  value: MatrixImportRow;
  /** The system column's value (CSV), trimmed. */
  system: string;
}

function readRows(table: Table, header: Header): { rows: ParsedRow[]; issues: ImportIssue[] } {
  const rows: ParsedRow[] = [];
  const issues: ImportIssue[] = [];
  const shown = (field: ImportedField | 'system') =>
    header.columns.get(field)?.header ?? JA_NAMES[field];
  const label = (field: ImportedField): Bilingual => ({ ja: JA_NAMES[field], en: shown(field) });

  table.rows.slice(header.index + 1).forEach((cells, offset) => {
    const rowNumber = header.index + offset + 2;
    const raw = (field: ImportedField | 'system'): string => {
      const column = header.columns.get(field);
      return column === undefined ? '' : (cells[column.at] ?? '');
    };
    if (IMPORTED_FIELDS.every((f) => raw(f).trim() === '')) return;
    const problem = (field: ImportedField, messages: Bilingual) => {
      issues.push(importIssue(rowNumber, shown(field), messages.ja, messages.en));
    };
    const zodProblem = (field: ImportedField, error: z.ZodError, value: string) => {
      const first = error.issues[0];
      if (first) problem(field, zodIssueMessages(first, label(field), value));
    };

    const code = raw('code').normalize('NFKC').trim();
    if (code === '') {
      problem('code', { ja: `${JA_NAMES.code}は必須です`, en: `${shown('code')} is required` });
    }

    const mark = (field: 'hospital' | 'vendor' | 'not_applicable'): boolean => {
      const text = raw(field);
      const value = normalizeValue(text);
      if (MARKED.has(value)) return true;
      if (!UNMARKED.has(value)) {
        problem(field, {
          ja: `${JA_NAMES[field]}は ○ か空欄です（入力: ${text.trim()}）`,
          en: `${shown(field)} must be ○ or blank (got "${text.trim()}")`,
        });
      }
      return false;
    };
    const hospital = mark('hospital');
    const vendor = mark('vendor');
    const notApplicable = mark('not_applicable');
    let ownerSide: MatrixOwnerSide | null = null;
    if (notApplicable && (hospital || vendor)) {
      const marked = [hospital ? 'hospital' : null, vendor ? 'vendor' : null]
        .filter((f): f is WorkspaceSide => f !== null)
        .map((f) => ({ ja: JA_NAMES[f], en: shown(f) }));
      problem('not_applicable', {
        ja: `${JA_NAMES.not_applicable}と${marked.map((m) => m.ja).join('・')}の両方に○があります。どちらかにしてください`,
        en: `Both ${shown('not_applicable')} and ${marked.map((m) => m.en).join(' and ')} are marked; mark one or the other`,
      });
    } else if (notApplicable) ownerSide = 'not_applicable';
    else if (hospital && vendor) ownerSide = 'shared';
    else if (hospital) ownerSide = 'hospital';
    else if (vendor) ownerSide = 'vendor';

    const ownerText = raw('owner').trim();
    if (ownerText !== '') {
      const owner = OWNERS.get(normalizeEnum(ownerText));
      if (owner === undefined) {
        const labels = Object.values(OWNER_LABELS);
        problem('owner', {
          ja: `${JA_NAMES.owner}は ${labels.join('、')} のいずれかです（入力: ${ownerText}）`,
          en: `${shown('owner')} must be one of ${labels.join(', ')} or ${MATRIX_OWNER_SIDES.join(', ')} (got "${ownerText}")`,
        });
      } else if (ownerSide !== null && ownerSide !== owner) {
        problem('owner', {
          ja: `${JA_NAMES.owner}（${OWNER_LABELS[owner]}）が○の列（${OWNER_LABELS[ownerSide]}）と食い違っています`,
          en: `${shown('owner')} (${owner}) disagrees with the marked columns (${ownerSide})`,
        });
      } else {
        ownerSide = owner;
      }
    }

    const phaseText = raw('phase').trim();
    const phase = phaseText === '' ? null : (PHASES.get(normalizeEnum(phaseText)) ?? null);
    if (phaseText !== '' && phase === null) {
      const labels = Object.values(PHASE_LABELS);
      problem('phase', {
        ja: `${JA_NAMES.phase}は ${labels.join('、')} のいずれかです（入力: ${phaseText}）`,
        en: `${shown('phase')} must be one of ${labels.join(', ')} or ${LIFECYCLE_PHASES.join(', ')} (got "${phaseText}")`,
      });
    }

    const duty = (field: 'hospital_duty' | 'vendor_duty'): string => {
      // Excel keeps CRLF inside some cells; the text itself uses LF.
      const text = raw(field).replace(/\r\n?/g, '\n').trim();
      const checked = Duty.safeParse(text);
      if (!checked.success) zodProblem(field, checked.error, text);
      return text;
    };
    const hospitalDuty = duty('hospital_duty');
    const vendorDuty = duty('vendor_duty');

    const dueText = raw('due_date').trim();
    let dueDate: string | null = null;
    if (dueText !== '') {
      // Excel shows dates as 2025/4/1 in Japan; Japanese writes 2025年4月1日.
      const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(dueText.normalize('NFKC'));
      const iso = parts
        ? `${parts[1] ?? ''}-${(parts[2] ?? '').padStart(2, '0')}-${(parts[3] ?? '').padStart(2, '0')}`
        : dueText;
      const checked = IsoDate.safeParse(iso);
      if (checked.success) dueDate = checked.data;
      else zodProblem('due_date', checked.error, dueText);
    }

    rows.push({
      system: raw('system').trim(),
      value: { row: rowNumber, code, ownerSide, phase, hospitalDuty, vendorDuty, dueDate },
    });
  });
  return { rows, issues };
}

function duplicateIssues(rows: readonly ParsedRow[], column: string): ImportIssue[] {
  const first = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const { value } of rows) {
    if (value.code === '') continue;
    const seen = first.get(value.code);
    if (seen === undefined) {
      first.set(value.code, value.row);
    } else {
      issues.push(
        importIssue(
          value.row,
          column,
          `${JA_NAMES.code} ${value.code} が重複しています（最初は ${seen} 行目）`,
          `Duplicate code ${value.code} (first on row ${seen})`,
        ),
      );
    }
  }
  return issues;
}

const NO_HEADER: Bilingual = {
  ja: `見出し行が見つかりません。先頭${HEADER_SEARCH_ROWS}行のうちに「${JA_NAMES.code}」（code）の列見出しが必要です`,
  en: `No header row found: a "${JA_NAMES.code}" (code) column header must be within the first ${HEADER_SEARCH_ROWS} rows`,
};

function inSheet(sheet: string, issue: ImportIssue): ImportIssue {
  return {
    ...issue,
    messages: {
      ja: `シート「${sheet}」: ${issue.messages.ja}`,
      en: `Sheet "${sheet}": ${issue.messages.en}`,
    },
  };
}

async function xlsxTables(bytes: Uint8Array): Promise<ImportResult<Table[]>> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const summary = normalizeHeader(SUMMARY_SHEET);
  const tables = loaded.value.worksheets
    .filter((ws) => normalizeHeader(ws.name) !== summary && normalizeHeader(ws.name) !== 'summary')
    .map((ws) => {
      // Only the cells stored: the sheet's width is not materialised for every row.
      const rows: string[][] = [];
      const lastRow = ws.rowCount;
      for (let r = 1; r <= lastRow; r++) rows.push(rowTexts(ws.findRow(r)));
      return { sheet: ws.name, rows };
    });
  return { ok: true, value: tables };
}

function csvTables(bytes: Uint8Array): ImportResult<Table[]> {
  const read = readCsvRecords(bytes);
  if (!read.ok) return read;
  // Only CSV carries the formula escape: an XLSX cell holds text as text, so it is written as is.
  const rows = read.value.map((cells) => cells.map(unescapeFormula));
  return { ok: true, value: [{ sheet: null, rows }] };
}

interface Group {
  systemName: string | null;
  rows: ParsedRow[];
}

/** The CSV's rows by their system column, in the order systems first appear. */
function bySystem(
  rows: readonly ParsedRow[],
  header: Header,
): {
  groups: Group[];
  issues: ImportIssue[];
} {
  const column = header.columns.get('system');
  if (!column || rows.every((r) => r.system === '')) {
    return { groups: [{ systemName: null, rows: [...rows] }], issues: [] };
  }
  const groups = new Map<string, ParsedRow[]>();
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    if (row.system === '') {
      issues.push(
        importIssue(
          row.value.row,
          column.header,
          `${JA_NAMES.system}が空欄です`,
          `${column.header} is blank`,
        ),
      );
      continue;
    }
    const group = groups.get(row.system) ?? [];
    group.push(row);
    groups.set(row.system, group);
  }
  return {
    groups: [...groups].map(([systemName, group]) => ({ systemName, rows: group })),
    issues,
  };
}

/**
 * Reads a 確認表 written by `renderMatrixXlsx` or `renderMatrixCsv`, or such a file edited in Excel:
 * per system sheet (XLSX, the `概要` sheet aside) or per value of the `システム` column (CSV), the
 * rows as far as an import may change them. The header row is found by its `項番` (code) column
 * within the first 20 rows; columns it does not read are ignored. Every problem in the file is
 * reported at once, at its spreadsheet row and under its header as the file shows it; messages
 * about an XLSX sheet name the sheet. Whether the codes exist is for the caller to check.
 */
export async function parseMatrixFile(
  format: MatrixFileFormat,
  bytes: Uint8Array,
): Promise<ImportResult<MatrixImportSheet[]>> {
  const tables = format === 'xlsx' ? await xlsxTables(bytes) : csvTables(bytes);
  if (!tables.ok) return tables;

  const sheets: MatrixImportSheet[] = [];
  const issues: ImportIssue[] = [];
  const systemSheets = new Map<string, string>();
  for (const table of tables.value) {
    const header = findHeader(table);
    // A sheet without the header (notes, a chart) is not a matrix; the caller reports a system
    // whose sheet it does not find.
    if (!header) continue;
    const read = readRows(table, header);
    const tableIssues = [...header.issues, ...read.issues];
    const codeColumn = header.columns.get('code')?.header ?? JA_NAMES.code;
    const groups: Group[] = [];
    if (table.sheet === null) {
      const grouped = bySystem(read.rows, header);
      groups.push(...grouped.groups);
      tableIssues.push(...grouped.issues);
    } else {
      const systemName = titleSystemName(table, header) ?? table.sheet;
      const earlier = systemSheets.get(systemName);
      if (earlier !== undefined) {
        tableIssues.push(
          importIssue(
            null,
            null,
            `システム「${systemName}」のシートが「${earlier}」と二つあります`,
            `System "${systemName}" has a second sheet besides "${earlier}"`,
          ),
        );
      }
      systemSheets.set(systemName, table.sheet);
      groups.push({ systemName, rows: read.rows });
    }
    for (const group of groups) {
      tableIssues.push(...duplicateIssues(group.rows, codeColumn));
      sheets.push({ systemName: group.systemName, rows: group.rows.map((r) => r.value) });
    }
    const sheet = table.sheet;
    const sorted = sortIssues(tableIssues);
    issues.push(...(sheet === null ? sorted : sorted.map((issue) => inSheet(sheet, issue))));
  }
  if (sheets.length === 0 && issues.length === 0) {
    issues.push(importIssue(null, null, NO_HEADER.ja, NO_HEADER.en));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: sheets };
}
