import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CatalogVersionDoc } from '@bunkai/guidelines';
import { CATALOG_COLUMNS } from './columns';
import { type ImportIssue, type ImportResult, fileIssue, importIssue, sortIssues } from './issues';
import { type CatalogMeta, docToRows, rowsToDoc } from './rows';

// Excel runs a cell that starts with one of these as a formula (CSV injection), so the exporter
// puts a `'` before it, and before a leading `'`, which makes the escape reversible.
const FORMULA_START = /^[=+\-@\t\r']/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, or else Shift_JIS, which is what
 * Japanese Excel writes for "CSV (コンマ区切り)".
 */
export function decodeText(bytes: Uint8Array): string | null {
  const attempt = (encoding: string): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return attempt('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return attempt('utf-16be');
  return attempt('utf-8') ?? attempt('shift_jis');
}

/**
 * CSV text or bytes (see `decodeText`) as records of cells, or the one file-level issue saying
 * why not. Row numbers in the issue count CSV records, the first being row 1.
 */
export function readCsvRecords(input: string | Uint8Array): ImportResult<string[][]> {
  const text = typeof input === 'string' ? input : decodeText(input);
  if (text === null) {
    return fileIssue(
      'ファイルを文字として読み取れません。UTF-8 の CSV で保存してください',
      'The file is not readable text; save it as UTF-8 CSV',
    );
  }
  try {
    const records: string[][] = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return { ok: true, value: records };
  } catch (error) {
    const record =
      error instanceof CsvError && typeof error.records === 'number' ? error.records : null;
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        importIssue(
          record === null ? null : record + 1,
          null,
          `CSV を読み取れません（${detail}）`,
          `The CSV cannot be read (${detail})`,
        ),
      ],
    };
  }
}

/**
 * Reads the flat column layout (see `CATALOG_COLUMNS`) from CSV. The catalog and version come
 * from `meta`. Row numbers in issues count CSV records, the header being row 1.
 */
export function importCatalogCsv(
  input: string | Uint8Array,
  meta: CatalogMeta,
): ImportResult<CatalogVersionDoc> {
  const read = readCsvRecords(input);
  if (!read.ok) return read;
  const records = read.value;

  const [header = [], ...data] = records;
  const headers = header.map((h) => h.trim());
  const extraIssues: ImportIssue[] = [];
  const rows = data.map((cells, index) => {
    const row: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const name = headers[i];
      if (name !== undefined && name !== '') {
        row[name] = unescapeFormula(cell);
      } else if (cell.trim() !== '') {
        extraIssues.push(
          importIssue(
            index + 2,
            `#${i + 1}`,
            `見出しのない ${i + 1} 列目に値があります`,
            `Column ${i + 1} has a value but no header`,
          ),
        );
      }
    });
    return row;
  });
  const result = rowsToDoc(rows, meta, 2, { headers });
  if (extraIssues.length === 0) return result;
  const issues = [...(result.ok ? [] : result.issues), ...extraIssues];
  return { ok: false, issues: sortIssues(issues) };
}

/** Records as CSV text: a BOM, CRLF record ends, and quotes around any line break. */
export function csvText(records: string[][]): string {
  // Quote any line break, not only CRLF, or a bare LF inside a text would split the record.
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** UTF-8 with a BOM and CRLF line ends, so Excel in Japan opens it as it is. */
export function exportCatalogCsv(doc: CatalogVersionDoc): string {
  const names = CATALOG_COLUMNS.map((c) => c.name);
  const rows = docToRows(doc).map((row) => names.map((name) => escapeFormula(row[name])));
  return csvText([names, ...rows]);
}

/** The header and the one example row of the XLSX template, as CSV. */
export function catalogTemplateCsv(): string {
  return csvText([
    CATALOG_COLUMNS.map((c) => c.name),
    CATALOG_COLUMNS.map((c) => escapeFormula(c.example)),
  ]);
}
