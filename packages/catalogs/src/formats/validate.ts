import type { z } from 'zod';
import { CatalogVersionDoc, type ImportIssue, type ImportResult } from '../model';
import { columnForField, versionFieldForPath } from './columns';
import {
  type Bilingual,
  controlCharacterMessages,
  isRedundant,
  listedIssues,
  sortIssues,
  valueAt,
  zodIssueMessages,
} from './issues';
import { scanJson } from './json-scan';
import { CATALOG_LIMITS } from './limits';

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

// What `treeLevels` gives a code on a parent loop, and one whose parents lead into a loop.
const ON_LOOP = -1;
const INTO_LOOP = -2;

/**
 * Each code's level in a tree given by its parents (1 at the top; a parent that is not a code of
 * the tree counts as the top); negative on a parent loop and below one. Every code is walked once, without
 * recursion: a 20,000-deep chain costs 20,000 steps, not 200 million, and no stack.
 */
export function treeLevels(parentOf: ReadonlyMap<string, string | null>): Map<string, number> {
  const level = new Map<string, number>();
  const onChain = new Map<string, number>();
  for (const start of parentOf.keys()) {
    const chain: string[] = [];
    let current: string | null = start;
    while (current !== null && !level.has(current) && !onChain.has(current)) {
      onChain.set(current, chain.length);
      chain.push(current);
      const parent: string | null = parentOf.get(current) ?? null;
      current = parent !== null && parentOf.has(parent) ? parent : null;
    }
    // The chain runs from `start` up to just below where the walk stopped.
    let loopFrom = chain.length;
    let above = 0;
    if (current !== null && onChain.has(current)) {
      loopFrom = onChain.get(current) ?? chain.length;
      above = INTO_LOOP;
    } else if (current !== null) {
      const known = level.get(current) ?? 0;
      above = known < 0 ? INTO_LOOP : known;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const code = chain[i] as string;
      onChain.delete(code);
      if (i >= loopFrom) {
        level.set(code, ON_LOOP);
      } else {
        above = above < 0 ? INTO_LOOP : above + 1;
        level.set(code, above);
      }
    }
  }
  return level;
}

/**
 * Duplicate codes, unknown parents, parent loops and a tree deeper than
 * `CATALOG_LIMITS.treeDepth`, each reported at the offending requirement (a too-deep chain once,
 * at its first level past the limit). Run on the raw input so they show up beside field errors
 * (zod skips refinements then).
 */
export function structureIssues(
  entries: readonly StructureEntry[],
  locator: DocLocator,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const first = new Map<string, StructureEntry>();
  const firstAt = (e: StructureEntry): { ja: string; en: string } => {
    const at = locator.requirement(e.index, 'code');
    if (at.row === null) return { ja: `最初は ${at.label}`, en: `first at ${at.label}` };
    const n = String(at.row);
    return locator.rowWord === 'row'
      ? { ja: `最初は ${n} 行目`, en: `first on row ${n}` }
      : { ja: `最初は ${n} 件目`, en: `first as item ${n}` };
  };
  for (const e of entries) {
    if (e.code === '') continue;
    const seen = first.get(e.code);
    if (seen) {
      const at = locator.requirement(e.index, 'code');
      const earlier = firstAt(seen);
      issues.push({
        row: at.row,
        column: at.column,
        messages: {
          ja: `コード ${e.code} が重複しています（${earlier.ja}）`,
          en: `Duplicate code ${e.code} (${earlier.en})`,
        },
      });
    } else {
      first.set(e.code, e);
    }
  }
  // Each code's tree follows the parents of its first entry.
  const levels = treeLevels(new Map([...first].map(([code, e]) => [code, e.parent])));
  const limit = CATALOG_LIMITS.treeDepth;
  for (const e of entries) {
    if (e.parent === null) continue;
    const at = locator.requirement(e.index, 'parentCode');
    const problem = (ja: string, en: string) => {
      issues.push({ row: at.row, column: at.column, messages: { ja, en } });
    };
    if (!first.has(e.parent)) {
      problem(`親コード ${e.parent} がありません`, `Parent ${e.parent} does not exist`);
      continue;
    }
    // A repeated code is reported above; its own parents are not followed.
    if (first.get(e.code) !== e) continue;
    const level = levels.get(e.code);
    if (level === ON_LOOP) {
      problem(
        `親コードをたどると ${e.code} 自身に戻ります（循環）`,
        `Following the parents of ${e.code} leads back to it (a loop)`,
      );
    } else if (level === limit + 1) {
      problem(
        `親コードをたどると ${e.code} は ${level} 階層目です（${limit} 階層まで）`,
        `Following the parents of ${e.code}, it sits at level ${level} (at most ${limit} levels)`,
      );
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

/** Where a path of the document sits in the file, and its name in both languages. */
function placeOf(
  path: readonly PropertyKey[],
  locator: DocLocator,
): { row: number | null; column: string | null; label: Bilingual } {
  const [head, index, field] = path;
  if (head === 'requirements' && typeof index === 'number') {
    const name = typeof field === 'string' ? field : null;
    const at = locator.requirement(index, name);
    const ja = (name === null ? undefined : columnForField(name)?.ja) ?? '要求事項';
    return { row: at.row, column: at.column, label: { ja, en: at.label } };
  }
  const dotted = path.map(String).join('.');
  const column = dotted === '' ? null : (locator.meta?.(dotted) ?? dotted);
  const ja = versionFieldForPath(dotted)?.ja ?? (dotted === '' ? '文書' : dotted);
  return { row: null, column, label: { ja, en: column ?? 'the document' } };
}

/**
 * Control characters (but tab and line breaks) in any string of a document built from a file's
 * cells, at the row and column of each: PostgreSQL would refuse the NUL. JSON files are checked as
 * they are read (`jsonDocumentIssues`).
 */
export function controlCharacterIssues(input: unknown, locator: DocLocator): ImportIssue[] {
  const { controlCharacters } = scanJson(input, {
    maxDepth: CATALOG_LIMITS.jsonDepth,
    maxControlCharacters: CATALOG_LIMITS.issuesOfAKind + 1,
  });
  return listedIssues(
    controlCharacters.map((path) => {
      const at = placeOf(path, locator);
      return { row: at.row, column: at.column, messages: controlCharacterMessages(at.label) };
    }),
  );
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
    const at = placeOf(issue.path, locator);
    issues.push({
      row: at.row,
      column: at.column,
      messages: zodIssueMessages(issue, at.label, value),
    });
  }
  issues.push(...structureIssues(rawEntries(input), locator));
  if (result.success && issues.length === 0) return { ok: true, value: result.data };
  return { ok: false, issues: sortIssues(issues) };
}
