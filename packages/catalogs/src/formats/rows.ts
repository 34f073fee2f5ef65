import type { z } from 'zod';
import {
  CatalogRef,
  type CatalogVersionDoc,
  type ImportIssue,
  type ImportResult,
  RequirementDoc,
  VersionInfo,
} from '../model';
import {
  CATALOG_COLUMNS,
  type CatalogColumn,
  type ColumnName,
  MULTI_VALUE_SEPARATOR,
  columnForField,
  columnForHeader,
  normalizeHeader,
  versionFieldForPath,
} from './columns';
import { importIssue, isRedundant, sortIssues, valueAt, zodIssueMessages } from './issues';
import {
  type DocLocator,
  type StructureEntry,
  controlCharacterIssues,
  parseCatalogDoc,
  structureIssues,
} from './validate';

/** What a flat file cannot carry: the catalog and version it belongs to. */
export interface CatalogMeta {
  catalog: z.input<typeof CatalogRef>;
  version: z.input<typeof VersionInfo>;
}

export interface RowsToDocOptions {
  /** The file's headers in order; by default the keys met in `rows`. Needed to see missing columns when there are no rows. */
  headers?: readonly string[];
  /** Column name reported for a metadata path such as `version.label`; the path by default. */
  metaColumn?: (path: string) => string;
}

export type CatalogRow = Record<ColumnName, string>;

/** Cell values read as true and as false, after `normalizeValue`. */
export const TRUE_VALUES: ReadonlySet<string> = new Set([
  'true',
  '1',
  'yes',
  'y',
  'はい',
  '○',
  '〇',
]);
export const FALSE_VALUES: ReadonlySet<string> = new Set([
  'false',
  '0',
  'no',
  'n',
  'いいえ',
  '×',
  '',
]);

export function normalizeValue(cell: string): string {
  return cell.normalize('NFKC').trim().toLowerCase();
}

/** Enum cells are forgiving about case, width and `-` versus `_` (`Pre-Contract` = `pre_contract`). */
export function normalizeEnum(cell: string): string {
  return normalizeValue(cell).replace(/[\s-]+/g, '_');
}

function splitList(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function isBlank(row: Record<string, string | undefined>): boolean {
  return Object.values(row).every((v) => v === undefined || v.trim() === '');
}

interface HeaderMap {
  /** Column → the header text used for it in the file. */
  headerOf: Map<ColumnName, string>;
  issues: ImportIssue[];
}

function mapHeaders(headers: readonly string[]): HeaderMap {
  const headerOf = new Map<ColumnName, string>();
  const issues: ImportIssue[] = [];
  for (const header of headers) {
    if (normalizeHeader(header) === '') continue;
    const column = columnForHeader(header);
    if (!column) {
      issues.push(
        importIssue(
          null,
          header,
          `列「${header}」は不明です。使える列: ${CATALOG_COLUMNS.map((c) => c.name).join(', ')}`,
          `Unknown column "${header}"; the columns are ${CATALOG_COLUMNS.map((c) => c.name).join(', ')}`,
        ),
      );
      continue;
    }
    const earlier = headerOf.get(column.name);
    if (earlier !== undefined) {
      issues.push(
        importIssue(
          null,
          header,
          `列「${header}」は「${earlier}」と同じ項目（${column.name}）です`,
          `Column "${header}" repeats "${earlier}" (both are ${column.name})`,
        ),
      );
      continue;
    }
    headerOf.set(column.name, header);
  }
  for (const column of CATALOG_COLUMNS) {
    if (column.required && !headerOf.has(column.name)) {
      issues.push(
        importIssue(
          null,
          column.name,
          `必須の列「${column.name}」（${column.ja}）がありません`,
          `The required column "${column.name}" is missing`,
        ),
      );
    }
  }
  return { headerOf, issues };
}

/** Validates the catalog and version metadata, naming each field by `metaColumn`. */
export function validateMeta(
  meta: CatalogMeta,
  metaColumn: (path: string) => string = (path) => path,
): { value: Pick<CatalogVersionDoc, 'catalog' | 'version'> | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const check = <T>(
    part: 'catalog' | 'version',
    schema: z.ZodType<T>,
    input: unknown,
  ): T | undefined => {
    const result = schema.safeParse(input);
    for (const issue of result.error?.issues ?? []) {
      if (isRedundant(issue, valueAt(input, issue.path))) continue;
      const path = [part, ...issue.path.map(String)].join('.');
      const field = versionFieldForPath(path);
      const column = metaColumn(path);
      issues.push({
        row: null,
        column,
        messages: zodIssueMessages(
          issue,
          { ja: field?.ja ?? path, en: column },
          valueAt(input, issue.path),
        ),
      });
    }
    return result.data;
  };
  const catalog = check('catalog', CatalogRef, meta.catalog);
  const version = check('version', VersionInfo, meta.version);
  return { value: catalog && version ? { catalog, version } : null, issues };
}

/**
 * Turns flat rows (keyed by the file's headers) into requirements, checking every row. Row numbers
 * in issues are `firstDataRow + index`; blank rows are skipped but still counted.
 */
export function rowsToRequirements(
  rows: readonly Record<string, string | undefined>[],
  firstDataRow = 2,
  headers?: readonly string[],
): {
  requirements: z.input<typeof RequirementDoc>[];
  issues: ImportIssue[];
  locator: DocLocator;
} {
  const allHeaders = headers ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const { headerOf, issues } = mapHeaders(allHeaders);
  const columnName = (c: CatalogColumn): string => headerOf.get(c.name) ?? c.name;
  const requirements: z.input<typeof RequirementDoc>[] = [];
  const rowNumbers: number[] = [];
  const entries: StructureEntry[] = [];
  const siblings = new Map<string | null, number>();
  // Within a row, issues follow the layout's column order.
  const place = new Map(CATALOG_COLUMNS.map((c, i) => [columnName(c), i] as const));
  const byColumn = (a: ImportIssue, b: ImportIssue) =>
    (place.get(a.column ?? '') ?? 0) - (place.get(b.column ?? '') ?? 0);

  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const rowNumber = firstDataRow + index;
    const cell = (name: ColumnName): string => {
      const header = headerOf.get(name);
      return header === undefined ? '' : (row[header] ?? '');
    };
    // A blank order means "after the earlier siblings in the file".
    const parentKey = cell('parent_code').trim() || null;
    const position = siblings.get(parentKey) ?? 0;
    siblings.set(parentKey, position + 1);

    const rowIssues: ImportIssue[] = [];
    const input: Record<string, unknown> = {};
    const cellValues = new Map<string, unknown>();
    for (const column of CATALOG_COLUMNS) {
      const raw = cell(column.name);
      const blank = raw.trim() === '';
      const problem = (ja: string, en: string) => {
        rowIssues.push(
          importIssue(
            rowNumber,
            columnName(column),
            `${column.ja}は${ja}（入力: ${raw}）`,
            `${columnName(column)} must be ${en} (got "${raw}")`,
          ),
        );
      };
      let value: unknown;
      switch (column.kind) {
        case 'code':
          // `code` is required (zod reports a blank one); `parent_code` is blank at the top.
          value = blank && !column.required ? null : raw;
          break;
        case 'text':
          value = blank && !column.required ? undefined : raw;
          break;
        case 'optional':
          value = blank ? null : raw;
          break;
        case 'enum':
          value = blank ? null : normalizeEnum(raw);
          break;
        case 'list':
          value = splitList(raw).map((v) => (column.values ? normalizeEnum(v) : v));
          break;
        case 'bool': {
          const v = normalizeValue(raw);
          if (TRUE_VALUES.has(v)) value = true;
          else if (FALSE_VALUES.has(v)) value = false;
          else {
            problem(
              ' true か false です（1/0、yes/no、はい/いいえ も可）',
              'true or false (or 1/0, yes/no, はい/いいえ)',
            );
            value = false; // a stand-in, so zod does not report it again
          }
          break;
        }
        case 'int': {
          const digits = raw.normalize('NFKC').trim();
          if (blank) value = position;
          else if (/^\d+$/.test(digits)) value = Number(digits);
          else {
            problem('0以上の整数です', 'a whole number, 0 or more');
            value = position;
          }
          break;
        }
      }
      input[column.field] = value;
      cellValues.set(column.field, column.kind === 'list' ? splitList(raw) : raw);
    }

    const result = RequirementDoc.safeParse(input);
    for (const issue of result.error?.issues ?? []) {
      const [field, item] = issue.path;
      const column = typeof field === 'string' ? columnForField(field) : undefined;
      // A missing column is reported once, not on every row.
      if (!column || !headerOf.has(column.name)) continue;
      const shownValue =
        typeof item === 'number'
          ? valueAt(cellValues.get(column.field), [item])
          : cellValues.get(column.field);
      if (isRedundant(issue, shownValue)) continue;
      rowIssues.push({
        row: rowNumber,
        column: columnName(column),
        messages: zodIssueMessages(issue, { ja: column.ja, en: columnName(column) }, shownValue),
      });
    }
    issues.push(...rowIssues.sort(byColumn));
    entries.push({
      index: requirements.length,
      code: typeof input.code === 'string' ? input.code.trim() : '',
      parent: parentKey,
    });
    requirements.push(input as z.input<typeof RequirementDoc>);
    rowNumbers.push(rowNumber);
  });

  const locator = rowLocator(rowNumbers, headerOf);
  if (headerOf.has('code')) issues.push(...structureIssues(entries, locator));
  return { requirements, issues, locator };
}

function rowLocator(rowNumbers: readonly number[], headerOf: Map<ColumnName, string>): DocLocator {
  return {
    rowWord: 'row',
    requirement(index, field) {
      const column = field === null ? undefined : columnForField(field);
      const name = column ? (headerOf.get(column.name) ?? column.name) : null;
      return { row: rowNumbers[index] ?? null, column: name, label: name ?? 'row' };
    },
  };
}

/**
 * Builds a catalog version from flat rows and its metadata, reporting every problem in every row
 * (unknown or missing columns with row null; field, duplicate, parent and loop problems at their row).
 */
export function rowsToDoc(
  rows: readonly Record<string, string | undefined>[],
  meta: CatalogMeta,
  firstDataRow = 2,
  options: RowsToDocOptions = {},
): ImportResult<CatalogVersionDoc> {
  const { requirements, issues, locator } = rowsToRequirements(rows, firstDataRow, options.headers);
  const checked = validateMeta(meta, options.metaColumn);
  issues.push(...checked.issues);
  issues.push(
    ...controlCharacterIssues(
      { catalog: meta.catalog, version: meta.version, requirements },
      { ...locator, meta: options.metaColumn },
    ),
  );
  if (issues.length > 0 || !checked.value) return { ok: false, issues: sortIssues(issues) };
  return parseCatalogDoc(
    { ...checked.value, requirements },
    { ...locator, meta: options.metaColumn },
  );
}

function joinList(values: readonly string[]): string {
  return values.join(MULTI_VALUE_SEPARATOR);
}

/** One flat row per requirement, in the document's order; the inverse of `rowsToDoc`. */
export function docToRows(doc: CatalogVersionDoc): CatalogRow[] {
  return doc.requirements.map((r) => ({
    code: r.code,
    parent_code: r.parentCode ?? '',
    order: String(r.order),
    title_ja: r.titleJa,
    title_en: r.titleEn,
    text_ja: r.textJa,
    text_en: r.textEn,
    audience: joinList(r.audience),
    level: r.level ?? '',
    facility_sizes: joinList(r.facilitySizes),
    service_types: joinList(r.serviceTypes),
    default_owner: r.defaultOwner ?? '',
    phase: r.phase ?? '',
    checklist_refs: joinList(r.checklistRefs),
    unconfirmed: r.unconfirmed ? 'true' : 'false',
    kind: r.kind,
    withdrawn: r.withdrawn ? 'true' : 'false',
  }));
}
