import { OWNER_BUCKETS, ownerBucketOf, type MatrixOwnerSide, type OwnerBucket } from './rows';
import { ROW_STATUSES, type Awaiting, type MatrixRowStatus, type WorkspaceSide } from './workflow';

/** How many rows a matrix has by owner side and by status. */
export interface RowCounts {
  total: number;
  byOwner: Record<OwnerBucket, number>;
  byStatus: Record<MatrixRowStatus, number>;
  /** Whole percent of rows agreed by both sides, rounded down; 0 for an empty matrix. */
  agreedPercent: number;
}

/** A matrix's counts, as the matrix list, the summary bar and the print view show them. */
export interface MatrixSummaryCounts extends RowCounts {
  /** Rows awaiting that side or both (drafts included). */
  waitingForHospital: number;
  waitingForVendor: number;
}

/** What the counts read of a row; `count` > 1 stands for that many equal rows (a SQL group). */
export interface CountedRow {
  ownerSide: MatrixOwnerSide | null;
  status: MatrixRowStatus;
  count?: number;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * The one way a matrix's rows are counted, wherever they are: grouped in SQL (the matrix list),
 * loaded (the grid), or in a file (the 確認表's 概要 sheet, whose rows carry no `awaiting`).
 */
export function countRows(rows: readonly CountedRow[]): RowCounts {
  const counts: RowCounts = {
    total: 0,
    byOwner: zeroes(OWNER_BUCKETS),
    byStatus: zeroes(ROW_STATUSES),
    agreedPercent: 0,
  };
  for (const row of rows) {
    const n = row.count ?? 1;
    counts.total += n;
    counts.byOwner[ownerBucketOf(row.ownerSide)] += n;
    counts.byStatus[row.status] += n;
  }
  counts.agreedPercent =
    counts.total === 0 ? 0 : Math.floor((counts.byStatus.agreed * 100) / counts.total);
  return counts;
}

/** `countRows`, and how many rows wait for each side. */
export function summarizeRows(
  rows: readonly (CountedRow & { awaiting: Awaiting })[],
): MatrixSummaryCounts {
  let waitingForHospital = 0;
  let waitingForVendor = 0;
  for (const row of rows) {
    const n = row.count ?? 1;
    if (row.awaiting === 'hospital' || row.awaiting === 'both') waitingForHospital += n;
    if (row.awaiting === 'vendor' || row.awaiting === 'both') waitingForVendor += n;
  }
  return { ...countRows(rows), waitingForHospital, waitingForVendor };
}

/** How far the matrix is agreed; it can be signed once `all` its rows are (and it has rows). */
export function agreementOf(counts: Pick<RowCounts, 'total' | 'byStatus'>) {
  const { total } = counts;
  const agreed = counts.byStatus.agreed;
  return { total, agreed, open: total - agreed, all: total > 0 && agreed === total };
}

/**
 * The rows waiting for my side (`isWaitingFor`) from the counts alone, for the matrix list, which
 * has no rows: drafts are exactly the rows awaiting both that are not reopened, so they are taken
 * out of "awaiting my side or both".
 */
export function waitingForMeOf(
  counts: Pick<MatrixSummaryCounts, 'byStatus' | 'waitingForHospital' | 'waitingForVendor'>,
  side: WorkspaceSide,
): number {
  const mineOrBoth = side === 'hospital' ? counts.waitingForHospital : counts.waitingForVendor;
  return Math.max(0, mineOrBoth - counts.byStatus.draft);
}
