import {
  effectiveChanges,
  hasChanges,
  rowRefusal,
  statusAfterEdit,
  type RowRefusal,
  type RowTransition,
  type WorkspaceSide,
} from '@bunkai/model';
import type { MatrixRow, RowChanges } from '../types';

// The server decides; the model's rules only keep the UI from offering what it would refuse.

/** The rows a bulk action can send, and how many are left out for which reason. */
export function partitionForTransition(
  rows: readonly MatrixRow[],
  action: RowTransition,
  side: WorkspaceSide,
): { eligible: MatrixRow[]; skipped: Partial<Record<RowRefusal, number>> } {
  const eligible: MatrixRow[] = [];
  const skipped: Partial<Record<RowRefusal, number>> = {};
  for (const row of rows) {
    const reason = rowRefusal(row, action, side);
    if (reason) skipped[reason] = (skipped[reason] ?? 0) + 1;
    else eligible.push(row);
  }
  return { eligible, skipped };
}

/**
 * The row as the server will return it after an edit, for the optimistic update: a draft stays a
 * draft; anything else needs review by both sides again, with both confirmations cleared.
 */
export function withChanges(row: MatrixRow, changes: RowChanges): MatrixRow {
  const effective = effectiveChanges(row, changes);
  if (!hasChanges(effective)) return row;
  return {
    ...row,
    ...effective,
    status: statusAfterEdit(row.status),
    awaiting: 'both',
    hospitalConfirmation: null,
    vendorConfirmation: null,
  };
}
