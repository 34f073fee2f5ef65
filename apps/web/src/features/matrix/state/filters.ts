import {
  isWaitingFor,
  ownerBucketOf,
  OWNER_BUCKETS,
  REQUIREMENT_AUDIENCES,
  ROW_STATUSES,
  type MatrixRowStatus,
  type OwnerBucket,
  type RequirementAudience,
  type WorkspaceSide,
} from '@bunkai/model';
import type { MatrixRow } from '../types';

/** Rows without a chapter (top-level items) are filtered under this key. */
export const NO_CHAPTER = '-';

export interface MatrixFilters {
  owner: OwnerBucket | '';
  status: MatrixRowStatus | '';
  audience: RequirementAudience | '';
  /** A chapter code, NO_CHAPTER, or '' for all. */
  chapter: string;
  /** Free text over the code and both titles. */
  q: string;
  /** Only rows waiting for my side (see `isWaitingFor`). */
  mine: boolean;
}

export const NO_FILTERS: MatrixFilters = {
  owner: '',
  status: '',
  audience: '',
  chapter: '',
  q: '',
  mine: false,
};

export function isFiltered(filters: MatrixFilters): boolean {
  return Boolean(
    filters.owner ||
    filters.status ||
    filters.audience ||
    filters.chapter ||
    filters.q.trim() ||
    filters.mine,
  );
}

/** Full-width letters and digits (common in Japanese input) match their ASCII forms. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function chapterKey(row: Pick<MatrixRow, 'chapterCode'>): string {
  return row.chapterCode ?? NO_CHAPTER;
}

type Facet = Exclude<keyof MatrixFilters, 'q'>;

// Normalized once per row object (rows are replaced, not mutated, when they change).
const haystacks = new WeakMap<MatrixRow, string>();

function haystack(row: MatrixRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = normalizeText(`${row.code}\n${row.titleJa}\n${row.titleEn}`);
    haystacks.set(row, text);
  }
  return text;
}

function matches(
  row: MatrixRow,
  filters: MatrixFilters,
  side: WorkspaceSide,
  needle: string,
  skip?: Facet,
): boolean {
  if (skip !== 'owner' && filters.owner && ownerBucketOf(row.ownerSide) !== filters.owner) {
    return false;
  }
  if (skip !== 'status' && filters.status && row.status !== filters.status) return false;
  if (skip !== 'audience' && filters.audience && !row.audience.includes(filters.audience)) {
    return false;
  }
  if (skip !== 'chapter' && filters.chapter && chapterKey(row) !== filters.chapter) return false;
  if (skip !== 'mine' && filters.mine && !isWaitingFor(row, side)) return false;
  if (needle && !haystack(row).includes(needle)) return false;
  return true;
}

export function filterRows(
  rows: readonly MatrixRow[],
  filters: MatrixFilters,
  side: WorkspaceSide,
): MatrixRow[] {
  if (!isFiltered(filters)) return [...rows];
  const needle = normalizeText(filters.q.trim());
  return rows.filter((row) => matches(row, filters, side, needle));
}

export interface FacetCounts {
  owner: Record<OwnerBucket, number>;
  status: Record<MatrixRowStatus, number>;
  audience: Record<RequirementAudience, number>;
  chapter: Map<string, number>;
  mine: number;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * How many rows each choice of a filter would show, given the other filters (so a count never
 * promises rows another filter hides).
 */
export function facetCounts(
  rows: readonly MatrixRow[],
  filters: MatrixFilters,
  side: WorkspaceSide,
): FacetCounts {
  const needle = normalizeText(filters.q.trim());
  const counts: FacetCounts = {
    owner: zeroes(OWNER_BUCKETS),
    status: zeroes(ROW_STATUSES),
    audience: zeroes(REQUIREMENT_AUDIENCES),
    chapter: new Map(),
    mine: 0,
  };
  for (const row of rows) {
    if (matches(row, filters, side, needle, 'owner'))
      counts.owner[ownerBucketOf(row.ownerSide)] += 1;
    if (matches(row, filters, side, needle, 'status')) counts.status[row.status] += 1;
    if (matches(row, filters, side, needle, 'audience')) {
      for (const audience of row.audience) counts.audience[audience] += 1;
    }
    if (matches(row, filters, side, needle, 'chapter')) {
      const key = chapterKey(row);
      counts.chapter.set(key, (counts.chapter.get(key) ?? 0) + 1);
    }
    if (matches(row, filters, side, needle, 'mine') && isWaitingFor(row, side)) counts.mine += 1;
  }
  return counts;
}

export interface Chapter {
  key: string;
  code: string | null;
  titleJa: string;
  titleEn: string;
}

/** The chapters of the rows, in document order. */
export function chaptersOf(rows: readonly MatrixRow[]): Chapter[] {
  const chapters = new Map<string, Chapter>();
  for (const row of rows) {
    const key = chapterKey(row);
    if (!chapters.has(key)) {
      chapters.set(key, {
        key,
        code: row.chapterCode,
        titleJa: row.chapterTitleJa ?? '',
        titleEn: row.chapterTitleEn ?? '',
      });
    }
  }
  return [...chapters.values()];
}
