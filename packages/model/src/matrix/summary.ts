import { OWNER_BUCKETS, ownerBucketOf, type MatrixOwnerSide, type OwnerBucket } from './rows';
import { ROW_STATUSES, type Awaiting, type MatrixRowStatus, type WorkspaceSide } from './workflow';

/** A matrix's counts, as the matrix list, the summary bar, the print view and the files show them. */
export interface MatrixSummaryCounts {
  total: number;
  byOwner: Record<OwnerBucket, number>;
  byStatus: Record<MatrixRowStatus, number>;
  /** Whole percent of rows agreed by both sides, rounded down; 0 for an empty matrix. */
  agreedPercent: number;
  /** Rows awaiting that side or both (drafts included). */
  waitingForHospital: number;
  waitingForVendor: number;
}

/** What the summary reads of a row; `count` > 1 stands for that many equal rows (a SQL group). */
export interface CountedRow {
  ownerSide: MatrixOwnerSide | null;
  status: MatrixRowStatus;
  awaiting: Awaiting;
  count?: number;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The one way a matrix is counted, wherever its rows are (grouped in SQL, loaded, in a file). */
export function summarizeRows(rows: Iterable<CountedRow>): MatrixSummaryCounts {
  const counts: MatrixSummaryCounts = {
    total: 0,
    byOwner: zeroes(OWNER_BUCKETS),
    byStatus: zeroes(ROW_STATUSES),
    agreedPercent: 0,
    waitingForHospital: 0,
    waitingForVendor: 0,
  };
  for (const row of rows) {
    const n = row.count ?? 1;
    counts.total += n;
    counts.byOwner[ownerBucketOf(row.ownerSide)] += n;
    counts.byStatus[row.status] += n;
    if (row.awaiting === 'hospital' || row.awaiting === 'both') counts.waitingForHospital += n;
    if (row.awaiting === 'vendor' || row.awaiting === 'both') counts.waitingForVendor += n;
  }
  counts.agreedPercent =
    counts.total === 0 ? 0 : Math.floor((counts.byStatus.agreed * 100) / counts.total);
  return counts;
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
