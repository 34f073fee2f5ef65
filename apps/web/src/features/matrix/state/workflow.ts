import {
  EDITABLE_FIELDS,
  type EditableField,
  type MatrixRow,
  type RowChanges,
  type RowTransition,
  type WorkspaceSide,
} from '../types';

// The server decides; these only keep the UI from offering what it would refuse.

/** Proposing needs an owner side and a row that is not already proposed or agreed. */
export function canPropose(row: MatrixRow): boolean {
  return (
    row.ownerSide !== null &&
    (row.status === 'draft' || row.status === 'needs_review' || row.status === 'disputed')
  );
}

/** Only the other side's proposal can be agreed to (it then awaits my side). */
export function canAgree(row: MatrixRow, side: WorkspaceSide): boolean {
  return row.status === 'proposed' && row.awaiting === side;
}

/** The other side's proposal, or an agreed row, can be disputed. */
export function canDispute(row: MatrixRow, side: WorkspaceSide): boolean {
  return row.status === 'agreed' || canAgree(row, side);
}

export type SkipReason =
  'ownerUnset' | 'alreadyProposed' | 'agreed' | 'ownProposal' | 'notProposed';

function skipReason(row: MatrixRow, action: RowTransition, side: WorkspaceSide): SkipReason | null {
  if (action === 'propose') {
    if (canPropose(row)) return null;
    if (row.status === 'agreed') return 'agreed';
    if (row.status === 'proposed') return 'alreadyProposed';
    return 'ownerUnset';
  }
  if (canAgree(row, side)) return null;
  return row.status === 'proposed' ? 'ownProposal' : 'notProposed';
}

/** The rows a bulk action can send, and how many are left out for which reason. */
export function partitionForTransition(
  rows: readonly MatrixRow[],
  action: RowTransition,
  side: WorkspaceSide,
): { eligible: MatrixRow[]; skipped: Partial<Record<SkipReason, number>> } {
  const eligible: MatrixRow[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const row of rows) {
    const reason = skipReason(row, action, side);
    if (reason) skipped[reason] = (skipped[reason] ?? 0) + 1;
    else eligible.push(row);
  }
  return { eligible, skipped };
}

/** The part of `changes` that differs from the row (the server ignores the rest too). */
export function effectiveChanges(row: MatrixRow, changes: RowChanges): RowChanges {
  const result: RowChanges = {};
  const differs = (field: EditableField) =>
    changes[field] !== undefined && changes[field] !== row[field];
  if (differs('ownerSide')) result.ownerSide = changes.ownerSide;
  if (differs('phase')) result.phase = changes.phase;
  if (differs('hospitalDuty')) result.hospitalDuty = changes.hospitalDuty;
  if (differs('vendorDuty')) result.vendorDuty = changes.vendorDuty;
  if (differs('dueDate')) result.dueDate = changes.dueDate;
  return result;
}

export function hasChanges(changes: RowChanges): boolean {
  return EDITABLE_FIELDS.some((field) => changes[field] !== undefined);
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
    status: row.status === 'draft' ? 'draft' : 'needs_review',
    awaiting: 'both',
    hospitalConfirmation: null,
    vendorConfirmation: null,
  };
}
