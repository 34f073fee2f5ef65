import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { type ImportResult, fileIssue } from './issues';

/**
 * Limits on an uploaded workbook, checked before exceljs sees it (exceljs materialises every row
 * and column up to the last one used, so a tiny file naming cell XFD1500 would exhaust memory).
 * Real catalogs and 確認表 have fewer than 30 columns and a few thousand rows.
 */
export const XLSX_LIMITS = {
  /** Files in the zip container. */
  entries: 1000,
  /** Uncompressed bytes over all entries, counted while inflating (declared sizes are ignored). */
  uncompressedBytes: 50 * 1024 * 1024,
  /** Highest row number of any sheet's stored rows and cells. */
  rows: 20_000,
  /** Highest column number of any sheet's stored cells. */
  columns: 200,
  /**
   * Column definitions (`<col min max>`): exceljs makes an object per column they span. Excel's own
   * maximum (XFD); LibreOffice defines up to column 1024 in ordinary files, so this is not `columns`.
   */
  definedColumns: 16_384,
  /** Merged ranges over all sheets (exceljs compares each with every other one). */
  merges: 5_000,
  /** Cells over all sheets, merged cells included (exceljs makes an object for each). */
  cells: 500_000,
  /** Entries in the shared strings table. */
  sharedStrings: 200_000,
  /** Time for the whole check, in milliseconds. */
  timeMs: 10_000,
} as const;

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };

/** A limit the file goes over, with the message naming it. */
export class XlsxLimitError extends Error {
  constructor(
    readonly limit: keyof XlsxLimits,
    readonly ja: string,
    message: string,
  ) {
    super(message);
  }
}

function over(limit: keyof XlsxLimits, limits: XlsxLimits): XlsxLimitError {
  const n = limits[limit].toLocaleString('en-US');
  const mb = Math.round(limits.uncompressedBytes / (1024 * 1024));
  switch (limit) {
    case 'entries':
      return new XlsxLimitError(
        limit,
        `ファイル内の要素数が上限（${n}個）を超えています`,
        `The workbook holds more parts than the limit (${n})`,
      );
    case 'uncompressedBytes':
      return new XlsxLimitError(
        limit,
        `展開後のサイズが上限（${mb} MB）を超えています`,
        `The workbook is larger than the limit once uncompressed (${mb} MB)`,
      );
    case 'rows':
      return new XlsxLimitError(
        limit,
        `シートの行数が上限（${n}行）を超えています`,
        `The sheet has more rows than the limit (${n})`,
      );
    case 'columns':
      return new XlsxLimitError(
        limit,
        `シートの列数が上限（${n}列）を超えています`,
        `The sheet has more columns than the limit (${n})`,
      );
    case 'definedColumns':
      return new XlsxLimitError(
        limit,
        `列の定義が Excel の上限（${n}列）を超えています`,
        `The sheet defines columns beyond Excel's maximum (${n})`,
      );
    case 'merges':
      return new XlsxLimitError(
        limit,
        `結合セルの数が上限（${n}個）を超えています`,
        `The workbook has more merged ranges than the limit (${n})`,
      );
    case 'cells':
      return new XlsxLimitError(
        limit,
        `セルの数が上限（${n}個）を超えています`,
        `The workbook has more cells than the limit (${n})`,
      );
    case 'sharedStrings':
      return new XlsxLimitError(
        limit,
        `共有文字列の数が上限（${n}個）を超えています`,
        `The shared strings table has more entries than the limit (${n})`,
      );
    case 'timeMs':
      return new XlsxLimitError(
        limit,
        `読み取りが制限時間（${limits.timeMs / 1000}秒）内に終わりません`,
        `Reading the workbook takes longer than the limit (${limits.timeMs / 1000} s)`,
      );
  }
}

/** `XFD1500` → column 16384, row 1500; null when not a cell reference. */
export function cellPosition(ref: string): { column: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,7})\$?(\d{1,9})$/.exec(ref.trim());
  if (!match) return null;
  let column = 0;
  for (const ch of (match[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
}

type EntryKind = 'sheet' | 'sharedStrings' | 'other';

function entryKind(name: string): EntryKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'sheet';
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return 'sharedStrings';
  return 'other';
}

function localName(name: string): string {
  const at = name.indexOf(':');
  return at < 0 ? name : name.slice(at + 1);
}

interface Totals {
  bytes: number;
  cells: number;
  merges: number;
  deadline: number;
}

/** A scanner for one sheet or the shared strings, fed the entry's text as it inflates. */
function scanner(kind: EntryKind, limits: XlsxLimits, totals: Totals): SaxesParser | null {
  if (kind === 'other') return null;
  const parser = new SaxesParser();
  let row = 0;
  let column = 0;
  let strings = 0;
  const checkPosition = (r: number, c: number) => {
    if (r > limits.rows) throw over('rows', limits);
    if (c > limits.columns) throw over('columns', limits);
  };
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (kind === 'sharedStrings') {
      if (name === 'si' && ++strings > limits.sharedStrings) throw over('sharedStrings', limits);
      return;
    }
    const attr = (key: string): string | undefined => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    // `<dimension>` is not checked: exceljs ignores it, and real files declare formatted ranges.
    if (name === 'mergeCell') {
      if (++totals.merges > limits.merges) throw over('merges', limits);
      const [first, last] = (attr('ref') ?? '').split(':').map(cellPosition);
      if (first && last) {
        checkPosition(Math.max(first.row, last.row), Math.max(first.column, last.column));
        const area =
          (Math.abs(last.row - first.row) + 1) * (Math.abs(last.column - first.column) + 1);
        totals.cells += area;
        if (totals.cells > limits.cells) throw over('cells', limits);
      }
    } else if (name === 'col') {
      const max = Number(attr('max') ?? attr('min'));
      if (!Number.isInteger(max) || max > limits.definedColumns)
        throw over('definedColumns', limits);
    } else if (name === 'row') {
      const r = Number(attr('r'));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      column = 0;
      checkPosition(row, 0);
    } else if (name === 'c') {
      if (++totals.cells > limits.cells) throw over('cells', limits);
      const at = cellPosition(attr('r') ?? '');
      if (at) {
        row = at.row;
        column = at.column;
      } else {
        column += 1;
      }
      checkPosition(row, column);
    }
  });
  return parser;
}

// The entry's inflating stream, which jszip has but does not type on the entry.
interface StreamingEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

function scanEntry(file: JSZip.JSZipObject, limits: XlsxLimits, totals: Totals): Promise<void> {
  const parser = scanner(entryKind(file.name), limits, totals);
  const decoder = new TextDecoder('utf-8');
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as StreamingEntry).internalStream('uint8array');
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream.on('data', (chunk: Uint8Array) => {
      if (done) return;
      try {
        totals.bytes += chunk.length;
        if (totals.bytes > limits.uncompressedBytes) throw over('uncompressedBytes', limits);
        if (Date.now() > totals.deadline) throw over('timeMs', limits);
        parser?.write(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        fail(error);
      }
    });
    stream.on('error', fail);
    stream.on('end', () => {
      if (done) return;
      try {
        parser?.write(decoder.decode()).close();
        done = true;
        resolve();
      } catch (error) {
        fail(error);
      }
    });
    stream.resume();
  });
}

/**
 * Checks the workbook's size and shape against `limits` with bounded work: the zip's entries are
 * inflated one by one while counting bytes (stopping at the cap), and the sheets and shared
 * strings are scanned as streamed XML. Throws `XlsxLimitError` over a limit; any other error means
 * the file is not a readable workbook.
 */
export async function checkXlsxLimits(
  input: Uint8Array | ArrayBuffer,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<void> {
  const totals: Totals = { bytes: 0, cells: 0, merges: 0, deadline: Date.now() + limits.timeMs };
  const zip = await JSZip.loadAsync(input);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (Object.keys(zip.files).length > limits.entries) throw over('entries', limits);
  for (const file of files) await scanEntry(file, limits, totals);
}

/** `checkXlsxLimits` as an import result: the one file-level issue naming the limit, if any. */
export async function guardXlsx(
  input: Uint8Array | ArrayBuffer,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<ImportResult<true>> {
  try {
    await checkXlsxLimits(input, limits);
  } catch (error) {
    if (error instanceof XlsxLimitError) {
      return fileIssue(
        `Excel ファイルを読み取れません: ${error.ja}`,
        `The Excel workbook cannot be read: ${error.message}`,
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    return fileIssue(
      `Excel ファイル（.xlsx）として読み取れません（${detail}）`,
      `The file cannot be read as an Excel workbook (.xlsx) (${detail})`,
    );
  }
  return { ok: true, value: true };
}

// `<dataValidations>…</dataValidations>` (prefixed or not, or self-closing).
const DATA_VALIDATIONS =
  /<((?:[\w.-]+:)?)dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/\1dataValidations>)/g;

/**
 * The workbook without its sheets' data validations, which reading values does not need: exceljs
 * makes an entry per cell of each validated range, and real files validate whole columns
 * (1,048,576 cells each). Call after `checkXlsxLimits`, which bounds the inflated size.
 */
export async function withoutDataValidations(input: Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(input);
  let changed = false;
  for (const file of Object.values(zip.files)) {
    if (file.dir || entryKind(file.name) !== 'sheet') continue;
    const xml = await file.async('string');
    if (!xml.includes('dataValidations')) continue;
    zip.file(file.name, xml.replace(DATA_VALIDATIONS, ''));
    changed = true;
  }
  if (!changed) return input instanceof Uint8Array ? input : new Uint8Array(input);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
