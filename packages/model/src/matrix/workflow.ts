import type { Label, ToneLabel } from '../labels';
import { everyValueOf } from '../order';
import type { OrganizationKind } from '../organizations';
import type { MatrixOwnerSide } from './rows';

/**
 * The agreement workflow of a matrix row (責任分界表の行): its statuses, whose move each one waits
 * for, what an edit does to it, and which side may propose, agree or dispute from which status.
 * Everything that shows, counts, stores or checks a row status reads it from here.
 */

/** The two parties of a workspace. */
export const WORKSPACE_SIDES = ['hospital', 'vendor'] as const;
export type WorkspaceSide = (typeof WORKSPACE_SIDES)[number];

export const WORKSPACE_SIDE_LABELS: Record<WorkspaceSide, Label> = {
  hospital: { ja: '医療機関', en: 'Hospital' },
  vendor: { ja: '事業者', en: 'Vendor' },
};

/** The kinds of organization that are parties of a workspace (and the only ones with matrices). */
export const WORKSPACE_PARTY_KINDS = WORKSPACE_SIDES satisfies readonly OrganizationKind[];

/** The sides that carry a row: its owner, both when shared, none when not applicable (its ○). */
export function sidesCarrying(owner: MatrixOwnerSide | null): WorkspaceSide[] {
  return WORKSPACE_SIDES.filter((side) => owner === side || owner === 'shared');
}

export function otherSide(side: WorkspaceSide): WorkspaceSide {
  return side === 'hospital' ? 'vendor' : 'hospital';
}

/** Whose move it is on a row: one side, both, or nobody. */
export const AWAITING = ['hospital', 'vendor', 'both', 'none'] as const;
export type Awaiting = (typeof AWAITING)[number];

/** In the order the database enum, the files and the API list them. */
export const ROW_STATUSES = ['draft', 'proposed', 'agreed', 'disputed', 'needs_review'] as const;
export type MatrixRowStatus = (typeof ROW_STATUSES)[number];

export const ROW_STATUS_LABELS: Record<MatrixRowStatus, ToneLabel> = {
  draft: { ja: '下書き', en: 'Draft', tone: 'neutral' },
  proposed: { ja: '提案中', en: 'Proposed', tone: 'info' },
  agreed: { ja: '合意済', en: 'Agreed', tone: 'success' },
  disputed: { ja: '異議あり', en: 'Disputed', tone: 'danger' },
  needs_review: { ja: '要再確認', en: 'Needs review', tone: 'warning' },
};

export interface RowStatusRule {
  /**
   * Whose move it is: `both` sides, the `counterpart` of the side that acted last (a proposal or
   * a dispute waits for the other side), or `nobody`.
   */
  awaits: 'both' | 'counterpart' | 'nobody';
  /** What an edit (a field, evidence, an import) does: `keep` the status, or `reopen` the row. */
  onEdit: 'keep' | 'reopen';
}

export const ROW_STATUS_RULES: Record<MatrixRowStatus, RowStatusRule> = {
  draft: { awaits: 'both', onEdit: 'keep' },
  proposed: { awaits: 'counterpart', onEdit: 'reopen' },
  agreed: { awaits: 'nobody', onEdit: 'reopen' },
  disputed: { awaits: 'counterpart', onEdit: 'reopen' },
  needs_review: { awaits: 'both', onEdit: 'reopen' },
};

/** A reopened row needs review by both sides again, whose confirmations are cleared. */
export const REOPENED_STATUS = 'needs_review' satisfies MatrixRowStatus;

/** On screen (filters, the summary bar): in workflow order. */
export const ROW_STATUSES_IN_WORKFLOW_ORDER = everyValueOf<MatrixRowStatus>()([
  'draft',
  'proposed',
  'disputed',
  'needs_review',
  'agreed',
]);

/** Rows not yet agreed by both sides. */
export type OpenRowStatus = Exclude<MatrixRowStatus, 'agreed'>;

/** The audit binder (print view) counts the open rows one by one under the agreed count, so. */
export const OPEN_ROW_STATUSES_AS_PRINTED = everyValueOf<OpenRowStatus>()([
  'proposed',
  'draft',
  'disputed',
  'needs_review',
]);

/** Whether an edit sends the row (back) to review by both sides, clearing both confirmations. */
export function reopensOnEdit(status: MatrixRowStatus): boolean {
  return ROW_STATUS_RULES[status].onEdit === 'reopen';
}

/** The status a row takes when a field, its evidence or an import changes it. */
export function statusAfterEdit(status: MatrixRowStatus): MatrixRowStatus {
  return reopensOnEdit(status) ? REOPENED_STATUS : status;
}

/** Whose move it is, from the status and the side that made the last move (if any). */
export function awaitingOf(
  status: MatrixRowStatus,
  lastActionSide: WorkspaceSide | null,
): Awaiting {
  const { awaits } = ROW_STATUS_RULES[status];
  if (awaits === 'nobody') return 'none';
  if (awaits === 'counterpart' && lastActionSide !== null) return otherSide(lastActionSide);
  return 'both';
}

/**
 * 「自分の対応待ち」: the other side proposed or disputed and it is my move, or an edit reopened
 * the row for both sides. Drafts are left out: every row of a new matrix is a draft awaiting both,
 * and listing them all would make the filter useless.
 */
export function isWaitingFor(
  row: { awaiting: Awaiting; status: MatrixRowStatus },
  side: WorkspaceSide,
): boolean {
  return row.awaiting === side || (row.awaiting === 'both' && row.status !== 'draft');
}

export const ROW_ACTIONS = ['propose', 'agree', 'dispute'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

/** The actions applied to a selection of rows at once (a dispute takes a reason, row by row). */
export const ROW_TRANSITIONS = ['propose', 'agree'] as const;
export type RowTransition = (typeof ROW_TRANSITIONS)[number];

/** The status each action leads to. */
export const ROW_ACTION_RESULTS: Record<RowAction, MatrixRowStatus> = {
  propose: 'proposed',
  agree: 'agreed',
  dispute: 'disputed',
};

export interface RowMove {
  action: RowAction;
  from: MatrixRowStatus;
  /** `either` side, or only the side the row `awaits` (never the side that made the last move). */
  by: 'either' | 'awaited';
}

/**
 * Every allowed move. Proposing also needs an owner side; a proposal is confirmed by the proposer,
 * an agreement by both, and a dispute (with a reason) clears both confirmations.
 */
export const ROW_MOVES: readonly RowMove[] = [
  { action: 'propose', from: 'draft', by: 'either' },
  { action: 'propose', from: 'needs_review', by: 'either' },
  { action: 'propose', from: 'disputed', by: 'either' },
  { action: 'agree', from: 'proposed', by: 'awaited' },
  { action: 'dispute', from: 'proposed', by: 'awaited' },
  { action: 'dispute', from: 'agreed', by: 'either' },
];

export interface RowState {
  status: MatrixRowStatus;
  awaiting: Awaiting;
  ownerSide: MatrixOwnerSide | null;
}

/** Why an action is refused on a row, as the bulk bar and the API word it. */
export type RowRefusal =
  'ownerUnset' | 'alreadyProposed' | 'agreed' | 'ownProposal' | 'notProposed' | 'notDisputable';

/** Why `side` may not take `action` on the row, or null when it may. */
export function rowRefusal(
  row: RowState,
  action: RowAction,
  side: WorkspaceSide,
): RowRefusal | null {
  if (action === 'propose' && row.ownerSide === null) return 'ownerUnset';
  const allowed = ROW_MOVES.some(
    (m) =>
      m.action === action && m.from === row.status && (m.by === 'either' || row.awaiting === side),
  );
  return allowed ? null : refusalOf(row.status, action);
}

function refusalOf(status: MatrixRowStatus, action: RowAction): RowRefusal {
  switch (action) {
    case 'propose':
      return status === 'agreed' ? 'agreed' : 'alreadyProposed';
    case 'agree':
      return status === 'proposed' ? 'ownProposal' : 'notProposed';
    case 'dispute':
      return 'notDisputable';
  }
}

export function canMove(row: RowState, action: RowAction, side: WorkspaceSide): boolean {
  return rowRefusal(row, action, side) === null;
}
