import {
  OWNER_BUCKETS,
  ROW_STATUSES,
  type MatrixRow,
  type MatrixSummary,
  type OwnerBucket,
  type RowStatus,
  type WorkspaceSide,
} from '../types';

/**
 * The counts of the summary bar, in the server's `counts` shape (so the two can be compared),
 * plus `waitingForMe`.
 */
export interface MatrixSummaryCounts {
  total: number;
  byOwner: Record<OwnerBucket, number>;
  byStatus: Record<RowStatus, number>;
  /** Whole percent of rows agreed by both sides (rounded down, as the server does). */
  agreedPercent: number;
  /** As the server counts them: rows awaiting that side or both (drafts included). */
  waitingForHospital: number;
  waitingForVendor: number;
  /** Rows needing my side's action now; see `isWaitingFor`. */
  waitingForMe: number;
}

/**
 * 「自分の対応待ち」: the other side proposed or disputed and it is my move, or an edit reopened
 * the row for both sides (needs_review). Drafts are left out: every row of a new matrix is a draft
 * awaiting both, and listing them all would make the filter useless.
 */
export function isWaitingFor(row: Pick<MatrixRow, 'awaiting' | 'status'>, side: WorkspaceSide) {
  return row.awaiting === side || (row.awaiting === 'both' && row.status === 'needs_review');
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The summary of the loaded rows, so the bar always matches the grid. */
export function summarizeRows(
  rows: readonly Pick<MatrixRow, 'ownerSide' | 'status' | 'awaiting'>[],
  side: WorkspaceSide,
): MatrixSummaryCounts {
  const byOwner = zeroes(OWNER_BUCKETS);
  const byStatus = zeroes(ROW_STATUSES);
  let waitingForHospital = 0;
  let waitingForVendor = 0;
  let waitingForMe = 0;
  for (const row of rows) {
    byOwner[row.ownerSide ?? 'unset'] += 1;
    byStatus[row.status] += 1;
    if (row.awaiting === 'hospital' || row.awaiting === 'both') waitingForHospital += 1;
    if (row.awaiting === 'vendor' || row.awaiting === 'both') waitingForVendor += 1;
    if (isWaitingFor(row, side)) waitingForMe += 1;
  }
  const total = rows.length;
  return {
    total,
    byOwner,
    byStatus,
    agreedPercent: total === 0 ? 0 : Math.floor((byStatus.agreed * 100) / total),
    waitingForHospital,
    waitingForVendor,
    waitingForMe,
  };
}

/**
 * `waitingForMe` from the server's counts (the matrix list has no rows): drafts are exactly the
 * rows awaiting both that are not reopened, so they are taken out of "awaiting my side or both".
 */
export function waitingForMeOf(summary: Pick<MatrixSummary, 'counts' | 'side'>): number {
  const { counts, side } = summary;
  const mineOrBoth = side === 'hospital' ? counts.waitingForHospital : counts.waitingForVendor;
  return Math.max(0, mineOrBoth - counts.byStatus.draft);
}
