import { z } from 'zod';
import {
  MAX_COMMENT_LENGTH,
  MAX_ROWS_AT_ONCE,
  REOPENED_STATUS,
  awaitingOf,
  effectiveChanges,
  fieldChanges,
  ROW_ACTION_RESULTS,
  rowRefusal,
  type RowAction,
  statusAfterEdit,
  type MatrixRowStatus,
  type RowEventAction,
  type RowRefusal,
  type RowTransition,
} from '@bunkai/model';
import {
  alias,
  and,
  asc,
  eq,
  schema,
  sql,
  type Actor,
  type ExecutionContext,
  type Tx,
} from '@bunkai/db';
import { DomainError, notFound } from '../errors';
import { insertComment } from './activity';
import { awaitingSql, type MatrixAccess, recordMatrixAudit, statusWhere } from './matrices';
import { MatrixRowChanges, type MatrixRowView } from './model';
import type { WorkspaceSide } from '@bunkai/model';

const ROW = { ja: '行', en: 'Row' };

/** A row as the caller last saw it: a change based on an older revision is a conflict. */
export const RowRevision = z.object({ id: z.uuid(), revision: z.number().int().min(1) });
export type RowRevision = z.infer<typeof RowRevision>;

export const RowSelection = z
  .array(RowRevision)
  .min(1, '行を選んでください / Choose at least one row')
  .max(
    MAX_ROWS_AT_ONCE,
    `一度に変更できるのは${MAX_ROWS_AT_ONCE}行までです / At most ${MAX_ROWS_AT_ONCE} rows at once`,
  );

const parent = alias(schema.requirement, 'parent');
const hospitalConfirmer = alias(schema.appUser, 'hospital_confirmer');
const vendorConfirmer = alias(schema.appUser, 'vendor_confirmer');

/** Every row of the matrix in document order, as the grid shows it. */
export async function listMatrixRows(
  tx: Tx,
  matrix: MatrixAccess,
  only?: string[],
): Promise<MatrixRowView[]> {
  const m = schema.matrixRow;
  const r = schema.requirement;
  const rows = await tx
    .select({
      id: m.id,
      code: m.requirementCode,
      position: m.position,
      chapterCode: parent.code,
      chapterTitleJa: parent.titleJa,
      chapterTitleEn: parent.titleEn,
      titleJa: r.titleJa,
      titleEn: r.titleEn,
      textJa: r.textJa,
      textEn: r.textEn,
      audience: r.audience,
      unconfirmed: r.unconfirmed,
      ownerSide: m.ownerSide,
      phase: m.phase,
      hospitalDuty: m.hospitalDuty,
      vendorDuty: m.vendorDuty,
      dueDate: m.dueDate,
      status: m.status,
      awaiting: awaitingSql(),
      hospitalConfirmedBy: m.hospitalConfirmedBy,
      hospitalConfirmedAt: m.hospitalConfirmedAt,
      hospitalConfirmerName: hospitalConfirmer.displayName,
      vendorConfirmedBy: m.vendorConfirmedBy,
      vendorConfirmedAt: m.vendorConfirmedAt,
      vendorConfirmerName: vendorConfirmer.displayName,
      evidenceCount: sql<number>`(select count(*)::int from ${schema.matrixRowEvidence} e where e.row_id = ${m.id})`,
      commentCount: sql<number>`(select count(*)::int from ${schema.matrixComment} c where c.row_id = ${m.id})`,
      revision: m.revision,
      updatedAt: m.updatedAt,
    })
    .from(m)
    .innerJoin(r, eq(r.id, m.requirementId))
    .leftJoin(
      parent,
      and(eq(parent.catalogVersionId, r.catalogVersionId), eq(parent.code, r.parentCode)),
    )
    .leftJoin(hospitalConfirmer, eq(hospitalConfirmer.id, m.hospitalConfirmedBy))
    .leftJoin(vendorConfirmer, eq(vendorConfirmer.id, m.vendorConfirmedBy))
    .where(
      and(
        eq(m.matrixId, matrix.id),
        only ? sql`${m.id} = any(${sql.param(only)}::uuid[])` : undefined,
      ),
    )
    .orderBy(asc(m.position));
  return rows.map(
    ({
      hospitalConfirmedBy,
      hospitalConfirmedAt,
      hospitalConfirmerName,
      vendorConfirmedBy,
      vendorConfirmedAt,
      vendorConfirmerName,
      ...row
    }) => ({
      ...row,
      hospitalConfirmation:
        hospitalConfirmedBy && hospitalConfirmedAt
          ? {
              userId: hospitalConfirmedBy,
              name: hospitalConfirmerName ?? '',
              at: hospitalConfirmedAt,
            }
          : null,
      vendorConfirmation:
        vendorConfirmedBy && vendorConfirmedAt
          ? { userId: vendorConfirmedBy, name: vendorConfirmerName ?? '', at: vendorConfirmedAt }
          : null,
    }),
  );
}

export type StoredRow = typeof schema.matrixRow.$inferSelect;

/**
 * The selected rows, locked, checked to belong to the matrix and to be at the revision the caller
 * saw. Another tenant's row id is NOT_FOUND; a stale revision is CONFLICT naming the rows.
 */
export async function lockRows(
  tx: Tx,
  matrix: MatrixAccess,
  selection: RowRevision[],
): Promise<StoredRow[]> {
  const ids = [...new Set(selection.map((s) => s.id))];
  const rows = await tx
    .select()
    .from(schema.matrixRow)
    .where(
      and(
        eq(schema.matrixRow.matrixId, matrix.id),
        sql`${schema.matrixRow.id} = any(${sql.param(ids)}::uuid[])`,
      ),
    )
    .orderBy(asc(schema.matrixRow.position))
    .for('update');
  if (rows.length !== ids.length) throw notFound(ROW);
  const seen = new Map(selection.map((s) => [s.id, s.revision]));
  const stale = rows.filter((row) => seen.get(row.id) !== row.revision);
  if (stale.length > 0) {
    const codes = stale.map((row) => row.requirementCode).join(', ');
    throw new DomainError('CONFLICT', 'row_changed', {
      ja: `他の利用者が先に変更しました（項番: ${codes}）。最新の内容を確認してからやり直してください`,
      en: `Someone else changed these rows first (${codes}). Review the latest content and try again`,
    });
  }
  return rows;
}

export interface RowEventInput {
  rowId: string;
  action: RowEventAction;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export async function recordRowEvents(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  events: RowEventInput[],
): Promise<void> {
  const { tx, actor } = exec;
  if (events.length === 0) return;
  await tx.insert(schema.matrixRowEvent).values(
    events.map((event) => ({
      workspaceId: matrix.workspace.id,
      rowId: event.rowId,
      actorUserId: actor.userId,
      actorSide: matrix.workspace.side,
      action: event.action,
      changes: event.changes,
      occurredAt: actor.now,
    })),
  );
}

const CONFIRMATIONS_CLEARED = {
  hospitalConfirmedBy: null,
  hospitalConfirmedAt: null,
  vendorConfirmedBy: null,
  vendorConfirmedAt: null,
} as const;

/**
 * What any change does to a row (the model's `statusAfterEdit`): a draft stays a draft, anything
 * else needs review again by both sides, whose confirmations are cleared.
 */
export function reopened(actor: Actor) {
  const keeps = statusWhere((rule) => rule.onEdit === 'keep');
  return {
    ...CONFIRMATIONS_CLEARED,
    status: sql`case when ${keeps} then ${schema.matrixRow.status} else ${REOPENED_STATUS}::matrix_row_status end`,
    lastActionSide: null,
    revision: sql`${schema.matrixRow.revision} + 1`,
    updatedBy: actor.userId,
    updatedAt: actor.now,
  };
}

/** The status change a reopening records for a row that had `status`. */
export function reopenedStatus(
  status: MatrixRowStatus,
): Record<string, { from: unknown; to: unknown }> {
  const to = statusAfterEdit(status);
  return to === status ? {} : { status: { from: status, to } };
}

/**
 * Applies the same changes to the selected rows. Any change to a row that was proposed, agreed or
 * disputed reopens it (needs_review) and clears both confirmations; a draft stays a draft.
 * Rows the changes leave as they were are not touched.
 */
export async function updateMatrixRows(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  selection: RowRevision[],
  input: MatrixRowChanges,
): Promise<MatrixRowView[]> {
  const { tx } = exec;
  const changes = MatrixRowChanges.parse(input);
  const rows = await lockRows(tx, matrix, selection);
  const changed = await applyRowChanges(
    exec,
    matrix,
    rows.map((row) => ({ row, changes })),
    'updated',
  );
  return changed.length > 0 ? listMatrixRows(tx, matrix, changed) : [];
}

/**
 * Writes per-row changes (rows already locked), with one history event per changed row and one
 * audit event for the whole batch. Returns the ids of the rows that changed.
 */
export async function applyRowChanges(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  planned: { row: StoredRow; changes: MatrixRowChanges }[],
  action: 'updated' | 'imported',
): Promise<string[]> {
  const { tx, actor } = exec;
  const events: RowEventInput[] = [];
  // Rows getting the same effective changes are written by one statement.
  const batches = new Map<string, { changes: MatrixRowChanges; ids: string[] }>();
  for (const { row, changes } of planned) {
    const effective = effectiveChanges(row, changes);
    const diff = fieldChanges(row, changes);
    if (Object.keys(diff).length === 0) continue;
    events.push({
      rowId: row.id,
      action: row.status === 'agreed' ? 'reopened' : action,
      changes: { ...diff, ...reopenedStatus(row.status) },
    });
    const key = JSON.stringify(effective);
    const batch = batches.get(key) ?? { changes: effective, ids: new Array<string>() };
    batch.ids.push(row.id);
    batches.set(key, batch);
  }
  if (events.length === 0) return [];
  for (const batch of batches.values()) {
    await tx
      .update(schema.matrixRow)
      .set({ ...batch.changes, ...reopened(actor) })
      .where(sql`${schema.matrixRow.id} = any(${sql.param(batch.ids)}::uuid[])`);
  }
  await recordRowEvents(exec, matrix, events);
  const codes = new Map(planned.map(({ row }) => [row.id, row.requirementCode]));
  await recordMatrixAudit(
    exec,
    matrix.workspace,
    action === 'imported' ? 'matrix.rows.import' : 'matrix.rows.update',
    { type: 'matrix', id: matrix.id },
    { after: events.map((e) => ({ code: codes.get(e.rowId), changes: e.changes })) },
  );
  return events.map((e) => e.rowId);
}

function confirmationOf(side: WorkspaceSide, actor: Actor) {
  return side === 'hospital'
    ? { hospitalConfirmedBy: actor.userId, hospitalConfirmedAt: actor.now }
    : { vendorConfirmedBy: actor.userId, vendorConfirmedAt: actor.now };
}

/** How the API words a refusal (`rowMove`), before the codes of the rows it refuses. */
const REFUSALS: Record<RowRefusal, { reason: string; ja: string; en: string }> = {
  ownerUnset: {
    reason: 'owner_side_required',
    ja: '責任主体を決めてから提案してください',
    en: 'Set the owner side before proposing',
  },
  alreadyProposed: {
    reason: 'not_proposable',
    ja: '提案中または合意済みの行は提案できません',
    en: 'Rows already proposed or agreed cannot be proposed',
  },
  agreed: {
    reason: 'not_proposable',
    ja: '提案中または合意済みの行は提案できません',
    en: 'Rows already proposed or agreed cannot be proposed',
  },
  ownProposal: {
    reason: 'not_agreeable',
    ja: '相手側が提案した行だけに合意できます',
    en: 'You can only agree to rows the other side proposed',
  },
  notProposed: {
    reason: 'not_agreeable',
    ja: '相手側が提案した行だけに合意できます',
    en: 'You can only agree to rows the other side proposed',
  },
  notDisputable: {
    reason: 'not_disputable',
    ja: '相手側の提案か合意済みの行にだけ異議を出せます',
    en: 'You can only dispute a proposal of the other side or an agreed row',
  },
};

/** Refuses the action unless every row allows it, naming the rows refused for one reason. */
function requireMoves(rows: StoredRow[], action: RowAction, side: WorkspaceSide): void {
  const refused = rows.flatMap((row) => {
    const awaiting = awaitingOf(row.status, row.lastActionSide);
    const refusal = rowRefusal(
      { status: row.status, ownerSide: row.ownerSide, awaiting },
      action,
      side,
    );
    return refusal === null ? [] : [{ code: row.requirementCode, ...REFUSALS[refusal] }];
  });
  // A missing owner side first: it is what the user fixes in the row itself.
  const first = refused.find((r) => r.reason === REFUSALS.ownerUnset.reason) ?? refused[0];
  if (!first) return;
  const codes = refused
    .filter((r) => r.reason === first.reason)
    .map((r) => r.code)
    .join(', ');
  throw new DomainError(
    'BAD_REQUEST',
    first.reason,
    { ja: `${first.ja}（項番: ${codes}）`, en: `${first.en} (${codes})` },
    'rows',
  );
}

/**
 * propose: a draft, reopened or disputed row goes to the other side for agreement, confirmed by
 * the proposer. agree: a row the other side proposed becomes agreed, confirmed by both.
 */
export async function transitionMatrixRows(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  selection: RowRevision[],
  transition: RowTransition,
): Promise<MatrixRowView[]> {
  const { tx, actor } = exec;
  const side = matrix.workspace.side;
  const rows = await lockRows(tx, matrix, selection);
  requireMoves(rows, transition, side);
  const status = ROW_ACTION_RESULTS[transition];
  await tx
    .update(schema.matrixRow)
    .set({
      ...(transition === 'propose' ? CONFIRMATIONS_CLEARED : {}),
      ...confirmationOf(side, actor),
      status,
      lastActionSide: side,
      revision: sql`${schema.matrixRow.revision} + 1`,
      updatedBy: actor.userId,
      updatedAt: actor.now,
    })
    .where(sql`${schema.matrixRow.id} = any(${sql.param(rows.map((row) => row.id))}::uuid[])`);
  await recordRowEvents(
    exec,
    matrix,
    rows.map((row) => ({
      rowId: row.id,
      action: transition === 'propose' ? 'proposed' : 'agreed',
      changes: { status: { from: row.status, to: status } },
    })),
  );
  await recordMatrixAudit(
    exec,
    matrix.workspace,
    `matrix.rows.${transition}`,
    { type: 'matrix', id: matrix.id },
    { after: { rows: rows.map((row) => row.requirementCode), status } },
  );
  return listMatrixRows(
    tx,
    matrix,
    rows.map((row) => row.id),
  );
}

export const DisputeComment = z
  .string()
  .trim()
  .min(1, '異議の理由を書いてください / Say why you dispute the row')
  .max(
    MAX_COMMENT_LENGTH,
    `コメントは${MAX_COMMENT_LENGTH}文字以内です / A comment is at most ${MAX_COMMENT_LENGTH} characters`,
  );

/**
 * The other side's proposal (or an agreed row) is disputed with a reason: both confirmations
 * are cleared and the row waits for the side that proposed.
 */
export async function disputeMatrixRow(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  selection: RowRevision,
  comment: string,
): Promise<MatrixRowView> {
  const { tx, actor } = exec;
  const side = matrix.workspace.side;
  const [row] = await lockRows(tx, matrix, [selection]);
  if (!row) throw notFound(ROW);
  requireMoves([row], 'dispute', side);
  const status = ROW_ACTION_RESULTS.dispute;
  await tx
    .update(schema.matrixRow)
    .set({
      ...CONFIRMATIONS_CLEARED,
      status,
      lastActionSide: side,
      revision: sql`${schema.matrixRow.revision} + 1`,
      updatedBy: actor.userId,
      updatedAt: actor.now,
    })
    .where(eq(schema.matrixRow.id, row.id));
  await recordRowEvents(exec, matrix, [
    {
      rowId: row.id,
      action: 'disputed',
      changes: { status: { from: row.status, to: status } },
    },
  ]);
  await insertComment(exec, matrix, row.id, comment);
  await recordMatrixAudit(
    exec,
    matrix.workspace,
    'matrix.rows.dispute',
    { type: 'matrix_row', id: row.id },
    {
      before: { status: row.status },
      after: { status, code: row.requirementCode, comment },
    },
  );
  const [view] = await listMatrixRows(tx, matrix, [row.id]);
  if (!view) throw notFound(ROW);
  return view;
}
