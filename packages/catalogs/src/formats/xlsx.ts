import ExcelJS from 'exceljs';
import type { CatalogVersionDoc, ImportIssue, ImportResult } from '../model';
import {
  CATALOG_COLUMNS,
  type CatalogColumn,
  VERSION_FIELDS,
  type VersionFieldName,
  normalizeHeader,
  versionFieldForKey,
  versionFieldForPath,
} from './columns';
import { fileIssue, importIssue, sortIssues } from './issues';
import { guardXlsx, withoutDataValidations } from './xlsx-guard';
import {
  type CatalogMeta,
  type CatalogRow,
  docToRows,
  rowsToDoc,
  rowsToRequirements,
} from './rows';

export const REQUIREMENTS_SHEET = 'requirements';
export const VERSION_SHEET = 'version';
export const README_SHEET = 'README';

const REQUIREMENTS_NAMES = new Set(['requirements', '要求事項'].map(normalizeHeader));
const VERSION_NAMES = new Set(['version', 'バージョン', '版'].map(normalizeHeader));
const README_NAMES = new Set(['readme', '説明'].map(normalizeHeader));
const KEY_HEADERS = new Set(['key', 'キー', '項目'].map(normalizeHeader));

/** Rows prepared with validations, so a user filling the sheet in gets the dropdowns too. */
const VALIDATED_ROWS = 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel keeps dates without a zone; exceljs hands them over as UTC. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const midnight =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0;
  return midnight ? day : date.toISOString();
}

/** Any cell value (number, date, rich text, formula result, hyperlink, error) as plain text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText
        .map((run: unknown) => cellText((run as { text?: unknown }).text))
        .join('');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      return cellText('result' in value ? value.result : undefined);
    }
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return cellText(value.error);
  }
  return '';
}

/**
 * The row's cells 1…`width` as text, read from its stored values so that no empty cells are
 * created; `width` defaults to the row's own last cell.
 */
export function rowTexts(row: ExcelJS.Row | undefined, width?: number): string[] {
  const values = (row?.values ?? []) as unknown[];
  const count = width ?? Math.max(0, values.length - 1);
  const texts: string[] = [];
  for (let c = 1; c <= count; c++) texts.push(cellText(values[c]));
  return texts;
}

function findSheet(workbook: ExcelJS.Workbook, names: Set<string>): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => names.has(normalizeHeader(ws.name)));
}

function readVersionSheet(ws: ExcelJS.Worksheet): { meta: CatalogMeta; issues: ImportIssue[] } {
  const values = new Map<VersionFieldName, string>();
  const issues: ImportIssue[] = [];
  const lastRow = ws.rowCount;
  for (let r = 1; r <= lastRow; r++) {
    const [first = '', second = ''] = rowTexts(ws.findRow(r), 2);
    const key = first.trim();
    if (key === '' || (r === 1 && KEY_HEADERS.has(normalizeHeader(key)))) continue;
    const field = versionFieldForKey(key);
    if (!field) {
      issues.push(
        importIssue(
          null,
          `${VERSION_SHEET}.${key}`,
          `シート「${VERSION_SHEET}」の項目「${key}」は不明です。使える項目: ${VERSION_FIELDS.map((f) => f.name).join(', ')}`,
          `Unknown key "${key}" in the "${VERSION_SHEET}" sheet; the keys are ${VERSION_FIELDS.map((f) => f.name).join(', ')}`,
        ),
      );
    } else if (values.has(field.name)) {
      issues.push(
        importIssue(
          null,
          `${VERSION_SHEET}.${field.name}`,
          `シート「${VERSION_SHEET}」に ${field.name} が二度あります`,
          `The "${VERSION_SHEET}" sheet has ${field.name} twice`,
        ),
      );
    } else {
      values.set(field.name, second.trim());
    }
  }
  // Blank optional values take the model's defaults; blank required ones are reported as missing.
  const optional = (name: VersionFieldName): string | undefined => {
    const value = values.get(name);
    return value === undefined || value === '' ? undefined : value;
  };
  const meta = {
    catalog: {
      code: values.get('catalog_code') ?? '',
      titleJa: values.get('catalog_title_ja') ?? '',
      titleEn: values.get('catalog_title_en') ?? '',
    },
    version: {
      label: values.get('label') ?? '',
      status: optional('status')?.toLowerCase(),
      effectiveDate: optional('effective_date'),
      source: optional('source'),
      notes: optional('notes'),
    },
  } as CatalogMeta;
  return { meta, issues };
}

function versionColumn(path: string): string {
  const field = versionFieldForPath(path);
  return `${VERSION_SHEET}.${field?.name ?? path}`;
}

function failure(ja: string, en: string): ImportResult<CatalogVersionDoc> {
  return { ok: false, issues: [importIssue(null, null, ja, en)] };
}

/** The workbook in `input`, or the one file-level issue saying why it cannot be read. */
export async function loadWorkbook(
  input: Uint8Array | ArrayBuffer,
): Promise<ImportResult<ExcelJS.Workbook>> {
  // Bounded work first: exceljs materialises every row and column up to the last one named.
  const guarded = await guardXlsx(input);
  if (!guarded.ok) return guarded;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await withoutDataValidations(input)) as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileIssue(
      `Excel ファイル（.xlsx）として読み取れません（${detail}）`,
      `The file cannot be read as an Excel workbook (.xlsx) (${detail})`,
    );
  }
  return { ok: true, value: workbook };
}

/**
 * Reads a workbook: the `requirements` sheet (or the first other sheet) in the flat column layout
 * and the `version` key/value sheet, unless `meta` is given. Issue rows are Excel row numbers;
 * issues about the `version` sheet have row null and column `version.<key>`.
 */
export async function importCatalogXlsx(
  input: Uint8Array | ArrayBuffer,
  meta?: CatalogMeta,
): Promise<ImportResult<CatalogVersionDoc>> {
  const loaded = await loadWorkbook(input);
  if (!loaded.ok) return loaded;
  const workbook = loaded.value;
  const sheet =
    findSheet(workbook, REQUIREMENTS_NAMES) ??
    workbook.worksheets.find(
      (ws) =>
        !VERSION_NAMES.has(normalizeHeader(ws.name)) && !README_NAMES.has(normalizeHeader(ws.name)),
    );
  if (!sheet) {
    return failure(
      `シート「${REQUIREMENTS_SHEET}」がありません`,
      `The workbook has no "${REQUIREMENTS_SHEET}" sheet`,
    );
  }

  const width = sheet.columnCount;
  const headers = rowTexts(sheet.findRow(1), width).map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();

  const issues: ImportIssue[] = [];
  const rows: Record<string, string>[] = [];
  const lastRow = sheet.rowCount;
  for (let r = 2; r <= lastRow; r++) {
    const row = sheet.findRow(r);
    const record: Record<string, string> = {};
    rowTexts(row, width).forEach((text, i) => {
      const header = headers[i];
      if (header !== undefined && header !== '') {
        record[header] = text;
      } else if (text.trim() !== '') {
        const letter = sheet.getColumn(i + 1).letter;
        issues.push(
          importIssue(
            r,
            letter,
            `見出しのない ${letter}${r} 列に値があります`,
            `Cell ${letter}${r} has a value but its column has no header`,
          ),
        );
      }
    });
    rows.push(record);
  }

  let metaInput = meta;
  if (!metaInput) {
    const versionSheet = findSheet(workbook, VERSION_NAMES);
    if (versionSheet) {
      const read = readVersionSheet(versionSheet);
      metaInput = read.meta;
      issues.push(...read.issues);
    } else {
      issues.push(
        importIssue(
          null,
          VERSION_SHEET,
          `シート「${VERSION_SHEET}」（カタログと版の情報）がありません`,
          `The workbook has no "${VERSION_SHEET}" sheet (catalog and version details)`,
        ),
      );
    }
  }

  if (!metaInput) {
    // Still check every row, so one upload shows every problem.
    issues.push(...rowsToRequirements(rows, 2, headers).issues);
    return { ok: false, issues: sortIssues(issues) };
  }
  const result = rowsToDoc(rows, metaInput, 2, {
    headers,
    metaColumn: meta ? undefined : versionColumn,
  });
  if (issues.length === 0) return result;
  return { ok: false, issues: sortIssues([...issues, ...(result.ok ? [] : result.issues)]) };
}

// exceljs writes range validations but only types the per-cell property.
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** A data validation over a whole range such as `K2:K1000`, which Excel stores once. */
export function addRangeValidation(
  ws: ExcelJS.Worksheet,
  range: string,
  validation: ExcelJS.DataValidation,
): void {
  (ws as unknown as RangeValidations).dataValidations.add(range, validation);
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle' };
}

function listValidation(column: CatalogColumn): ExcelJS.DataValidation | null {
  if (column.kind === 'bool') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: ['"true,false"'],
      showErrorMessage: true,
      errorTitle: column.name,
      error: `true / false`,
    };
  }
  if (!column.values) return null;
  const values = column.values.join(', ');
  if (column.kind === 'enum') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: column.name,
      error: `${column.ja}: ${values}`,
    };
  }
  // Several values joined with | are allowed, so the list only offers single values.
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${column.values.join(',')}"`],
    showErrorMessage: false,
    showInputMessage: true,
    promptTitle: column.ja,
    prompt: `${values}（複数は | で区切る / several joined with |）`,
  };
}

function addRequirementsSheet(workbook: ExcelJS.Workbook, rows: readonly CatalogRow[]): void {
  const ws = workbook.addWorksheet(REQUIREMENTS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = CATALOG_COLUMNS.map((c) => ({
    header: c.name,
    key: c.name,
    width: c.width,
    // Text format keeps typed codes such as 1.10 from turning into numbers.
    style:
      c.kind === 'int'
        ? { alignment: { vertical: 'top' } }
        : { numFmt: '@', alignment: { vertical: 'top', wrapText: c.kind === 'text' } },
  }));
  const header = ws.getRow(1);
  styleHeaderRow(header);
  CATALOG_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).note = `${c.ja}: ${c.descriptionJa}\n${c.en}`;
  });
  for (const row of rows) {
    ws.addRow(CATALOG_COLUMNS.map((c) => (c.kind === 'int' ? Number(row[c.name]) : row[c.name])));
  }
  const last = Math.max(VALIDATED_ROWS, rows.length + 1);
  CATALOG_COLUMNS.forEach((c, i) => {
    const validation = listValidation(c);
    const letter = ws.getColumn(i + 1).letter;
    if (validation) addRangeValidation(ws, `${letter}2:${letter}${last}`, validation);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CATALOG_COLUMNS.length } };
}

function addVersionSheet(
  workbook: ExcelJS.Workbook,
  values: Record<VersionFieldName, string>,
): void {
  const ws = workbook.addWorksheet(VERSION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'key', key: 'key', width: 20 },
    { header: 'value', key: 'value', width: 50, style: { numFmt: '@' } },
    { header: '説明 / description', key: 'description', width: 80 },
  ];
  styleHeaderRow(ws.getRow(1));
  VERSION_FIELDS.forEach((f) => {
    const row = ws.addRow([f.name, values[f.name], `${f.ja} — ${f.en}`]);
    if (f.values) {
      row.getCell(2).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${f.values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: f.name,
        error: f.values.join(', '),
      };
    }
  });
}

function versionValues(doc: CatalogVersionDoc): Record<VersionFieldName, string> {
  return {
    catalog_code: doc.catalog.code,
    catalog_title_ja: doc.catalog.titleJa,
    catalog_title_en: doc.catalog.titleEn,
    label: doc.version.label,
    status: doc.version.status,
    effective_date: doc.version.effectiveDate ?? '',
    source: doc.version.source ?? '',
    notes: doc.version.notes ?? '',
  };
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bunkai';
  return workbook;
}

/** The catalog version as a workbook: `requirements` (flat columns) and `version` sheets. */
export async function exportCatalogXlsx(doc: CatalogVersionDoc): Promise<Buffer> {
  const workbook = newWorkbook();
  addRequirementsSheet(workbook, docToRows(doc));
  addVersionSheet(workbook, versionValues(doc));
  return workbookBuffer(workbook);
}

/** An empty workbook to fill in: headers, one example row, the `version` sheet and a `README`. */
export async function catalogTemplateXlsx(): Promise<Buffer> {
  const workbook = newWorkbook();
  const example = Object.fromEntries(CATALOG_COLUMNS.map((c) => [c.name, c.example])) as CatalogRow;
  addRequirementsSheet(workbook, [example]);
  addVersionSheet(
    workbook,
    Object.fromEntries(VERSION_FIELDS.map((f) => [f.name, f.example])) as Record<
      VersionFieldName,
      string
    >,
  );
  const readme = workbook.addWorksheet(README_SHEET);
  readme.columns = [
    { header: '列 / column', key: 'name', width: 18 },
    { header: '日本語', key: 'ja', width: 18 },
    { header: '必須 / required', key: 'required', width: 14 },
    { header: '説明', key: 'descriptionJa', width: 60 },
    { header: 'description', key: 'en', width: 60 },
    { header: '例 / example', key: 'example', width: 30 },
  ];
  styleHeaderRow(readme.getRow(1));
  for (const c of CATALOG_COLUMNS) {
    readme.addRow([c.name, c.ja, c.required ? '○' : '', c.descriptionJa, c.en, c.example]);
  }
  readme.addRow([]);
  const versionHeader = readme.addRow([
    `シート ${VERSION_SHEET} / sheet ${VERSION_SHEET}`,
    '日本語',
    '必須 / required',
    '',
    'description',
    '例 / example',
  ]);
  styleHeaderRow(versionHeader);
  for (const f of VERSION_FIELDS) {
    readme.addRow([f.name, f.ja, f.required ? '○' : '', '', f.en, f.example]);
  }
  readme.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return workbookBuffer(workbook);
}
