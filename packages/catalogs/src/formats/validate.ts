import type { z } from 'zod';
import { CatalogVersionDoc, type ImportIssue, type ImportResult } from '../model';
import { VERSION_FIELDS, columnForField } from './columns';
import { isRedundant, sortIssues, valueAt, zodIssueMessages } from './issues';

/** Where a requirement's field sits in the imported file. */
export interface Located {
  row: number | null;
  column: string | null;
  /** The field as the user knows it (a header, a JSON key), for English messages. */
  label: string;
}

export interface DocLocator {
  requirement(index: number, field: string | null): Located;
  /** The column name for `catalog.*` / `version.*` paths; the path itself by default. */
  meta?(path: string): string;
  /** Whether `row` counts file rows (CSV/XLSX) or items of a list (JSON). */
  rowWord: 'row' | 'item';
}

export interface StructureEntry {
  index: number;
  code: string;
  parent: string | null;
}

/**
 * Duplicate codes, unknown parents and parent loops, each reported at the offending requirement.
 * Run on the raw input so they show up beside field errors (zod skips refinements then).
 */
export function structureIssues(
  entries: readonly StructureEntry[],
  locator: DocLocator,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const first = new Map<string, StructureEntry>();
  const where = (e: StructureEntry): string => {
    const at = locator.requirement(e.index, 'code');
    return at.row === null ? '' : String(at.row);
  };
  for (const e of entries) {
    if (e.code === '') continue;
    const seen = first.get(e.code);
    if (seen) {
      const at = locator.requirement(e.index, 'code');
      const n = where(seen);
      const ja = locator.rowWord === 'row' ? `最初は ${n} 行目` : `最初は ${n} 件目`;
      const en = locator.rowWord === 'row' ? `first on row ${n}` : `first as item ${n}`;
      issues.push({
        row: at.row,
        column: at.column,
        messages: {
          ja: `コード ${e.code} が重複しています（${ja}）`,
          en: `Duplicate code ${e.code} (${en})`,
        },
      });
    } else {
      first.set(e.code, e);
    }
  }
  for (const e of entries) {
    if (e.parent === null) continue;
    const at = locator.requirement(e.index, 'parentCode');
    if (!first.has(e.parent)) {
      issues.push({
        row: at.row,
        column: at.column,
        messages: {
          ja: `親コード ${e.parent} がありません`,
          en: `Parent ${e.parent} does not exist`,
        },
      });
      continue;
    }
    // Walk up; a loop through this requirement makes the tree unbuildable.
    const visited = new Set<string>();
    let current: string | null = e.parent;
    while (current !== null && !visited.has(current)) {
      if (current === e.code) {
        issues.push({
          row: at.row,
          column: at.column,
          messages: {
            ja: `親コードをたどると ${e.code} 自身に戻ります（循環）`,
            en: `Following the parents of ${e.code} leads back to it (a loop)`,
          },
        });
        break;
      }
      visited.add(current);
      current = first.get(current)?.parent ?? null;
    }
  }
  return issues;
}

function isStructureIssue(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === 'custom' &&
    issue.path[0] === 'requirements' &&
    (issue.path[2] === 'code' || issue.path[2] === 'parentCode')
  );
}

function rawEntries(input: unknown): StructureEntry[] {
  const list = valueAt(input, ['requirements']);
  if (!Array.isArray(list)) return [];
  return list.map((item, index) => {
    const code = valueAt(item, ['code']);
    const parent = valueAt(item, ['parentCode']);
    return {
      index,
      code: typeof code === 'string' ? code.trim() : '',
      parent: typeof parent === 'string' && parent.trim() !== '' ? parent.trim() : null,
    };
  });
}

/** Validates a whole document, reporting every problem at once with the locator's positions. */
export function parseCatalogDoc(
  input: unknown,
  locator: DocLocator,
): ImportResult<CatalogVersionDoc> {
  const result = CatalogVersionDoc.safeParse(input);
  const issues: ImportIssue[] = [];
  for (const issue of result.error?.issues ?? []) {
    if (isStructureIssue(issue)) continue;
    const value = valueAt(input, issue.path);
    if (isRedundant(issue, value)) continue;
    const [head, index, field] = issue.path;
    if (head === 'requirements' && typeof index === 'number') {
      const name = typeof field === 'string' ? field : null;
      const at = locator.requirement(index, name);
      const ja = (name === null ? undefined : columnForField(name)?.ja) ?? '要求事項';
      issues.push({
        row: at.row,
        column: at.column,
        messages: zodIssueMessages(issue, { ja, en: at.label }, value),
      });
    } else {
      const path = issue.path.map(String).join('.');
      const column = path === '' ? null : (locator.meta?.(path) ?? path);
      const ja = VERSION_FIELDS.find((f) => f.path === path)?.ja ?? (path === '' ? '文書' : path);
      issues.push({
        row: null,
        column,
        messages: zodIssueMessages(issue, { ja, en: column ?? 'the document' }, value),
      });
    }
  }
  issues.push(...structureIssues(rawEntries(input), locator));
  if (result.success && issues.length === 0) return { ok: true, value: result.data };
  return { ok: false, issues: sortIssues(issues) };
}
