import { z } from 'zod';
import { and, asc, eq, inArray, or, schema, type Tx, type ExecutionContext } from '@bunkai/db';
import { DomainError, notFound } from '../errors';
import { type MatrixAccess, recordMatrixAudit } from './matrices';
import { MAX_COMMENT_LENGTH } from '@bunkai/model';
import { WorkspaceSide } from '@bunkai/model/schemas';
import type { RowActivity } from './model';

const ROW = { ja: '行', en: 'Row' };

async function requireRow(tx: Tx, matrix: MatrixAccess, rowId: string) {
  const [row] = await tx
    .select({ id: schema.matrixRow.id, code: schema.matrixRow.requirementCode })
    .from(schema.matrixRow)
    .where(and(eq(schema.matrixRow.id, rowId), eq(schema.matrixRow.matrixId, matrix.id)));
  if (!row) throw notFound(ROW);
  return row;
}

export const Participant = z.object({
  userId: z.uuid(),
  name: z.string(),
  side: WorkspaceSide,
});
export type Participant = z.infer<typeof Participant>;

/** The people of both parties, whom a comment can mention. */
export async function listParticipants(
  tx: Tx,
  matrix: Pick<MatrixAccess, 'workspace'>,
  only?: string[],
): Promise<(Participant & { email: string; locale: string })[]> {
  const { hospitalOrganizationId, vendorOrganizationId } = matrix.workspace;
  const rows = await tx
    .select({
      userId: schema.appUser.id,
      name: schema.appUser.displayName,
      email: schema.appUser.email,
      locale: schema.appUser.locale,
      organizationId: schema.membership.organizationId,
    })
    .from(schema.membership)
    .innerJoin(schema.appUser, eq(schema.appUser.id, schema.membership.userId))
    .where(
      and(
        or(
          eq(schema.membership.organizationId, hospitalOrganizationId),
          eq(schema.membership.organizationId, vendorOrganizationId),
        ),
        only ? inArray(schema.appUser.id, only) : undefined,
      ),
    )
    .orderBy(asc(schema.membership.organizationId), asc(schema.appUser.displayName));
  return rows.map(({ organizationId, ...row }) => ({
    ...row,
    side: organizationId === hospitalOrganizationId ? 'hospital' : 'vendor',
  }));
}

export const CommentInput = z.object({
  rowId: z.uuid(),
  body: z
    .string()
    .trim()
    .min(1, 'コメントを入力してください / Write a comment')
    .max(
      MAX_COMMENT_LENGTH,
      `コメントは${MAX_COMMENT_LENGTH}文字以内です / A comment is at most ${MAX_COMMENT_LENGTH} characters`,
    ),
  mentionUserIds: z.array(z.uuid()).max(20).default([]),
});

/**
 * A comment on a row. Mentioned people must belong to one of the two parties; they are returned
 * so the caller can notify them.
 */
export async function addMatrixComment(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  input: z.infer<typeof CommentInput>,
): Promise<{
  commentId: string;
  code: string;
  mentioned: Awaited<ReturnType<typeof listParticipants>>;
}> {
  const { tx } = exec;
  const row = await requireRow(tx, matrix, input.rowId);
  const mentionIds = [...new Set(input.mentionUserIds)];
  const mentioned = mentionIds.length > 0 ? await listParticipants(tx, matrix, mentionIds) : [];
  if (mentioned.length !== mentionIds.length) {
    throw new DomainError(
      'BAD_REQUEST',
      'mention_not_participant',
      {
        ja: 'メンションできるのはこのワークスペースの両当事者のメンバーだけです',
        en: 'Only members of the two parties of this workspace can be mentioned',
      },
      'mentionUserIds',
    );
  }
  const commentId = await insertComment(exec, matrix, row.id, input.body, mentionIds);
  await recordMatrixAudit(
    exec,
    matrix.workspace,
    'matrix.comment',
    { type: 'matrix_row', id: row.id },
    { after: { code: row.code, body: input.body, mentionUserIds: mentionIds } },
  );
  return { commentId, code: row.code, mentioned };
}

/** Stores a comment written from the caller's side (also a dispute's reason). */
export async function insertComment(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  rowId: string,
  body: string,
  mentionedUserIds: string[] = [],
): Promise<string> {
  const { tx, actor } = exec;
  const [comment] = await tx
    .insert(schema.matrixComment)
    .values({
      workspaceId: matrix.workspace.id,
      rowId,
      authorUserId: actor.userId,
      authorSide: matrix.workspace.side,
      body,
      mentionedUserIds,
      createdAt: actor.now,
    })
    .returning({ id: schema.matrixComment.id });
  if (!comment) throw new Error('comment not inserted');
  return comment.id;
}

/** A row's history and comments, oldest first. */
export async function listRowActivity(
  tx: Tx,
  matrix: MatrixAccess,
  rowId: string,
): Promise<RowActivity[]> {
  await requireRow(tx, matrix, rowId);
  const events = await tx
    .select({
      id: schema.matrixRowEvent.id,
      action: schema.matrixRowEvent.action,
      side: schema.matrixRowEvent.actorSide,
      actorName: schema.appUser.displayName,
      at: schema.matrixRowEvent.occurredAt,
      changes: schema.matrixRowEvent.changes,
    })
    .from(schema.matrixRowEvent)
    .leftJoin(schema.appUser, eq(schema.appUser.id, schema.matrixRowEvent.actorUserId))
    .where(eq(schema.matrixRowEvent.rowId, rowId))
    .orderBy(asc(schema.matrixRowEvent.occurredAt));
  const comments = await tx
    .select({
      id: schema.matrixComment.id,
      side: schema.matrixComment.authorSide,
      actorName: schema.appUser.displayName,
      at: schema.matrixComment.createdAt,
      body: schema.matrixComment.body,
      mentionedUserIds: schema.matrixComment.mentionedUserIds,
    })
    .from(schema.matrixComment)
    .leftJoin(schema.appUser, eq(schema.appUser.id, schema.matrixComment.authorUserId))
    .where(eq(schema.matrixComment.rowId, rowId))
    .orderBy(asc(schema.matrixComment.createdAt));
  const mentionIds = [...new Set(comments.flatMap((c) => c.mentionedUserIds))];
  const names = new Map(
    mentionIds.length > 0
      ? (
          await tx
            .select({ id: schema.appUser.id, name: schema.appUser.displayName })
            .from(schema.appUser)
            .where(inArray(schema.appUser.id, mentionIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const activity: RowActivity[] = [
    ...events.map((e) => ({
      ...e,
      kind: 'event' as const,
      changes: e.changes as RowActivity['changes'],
      body: null,
      mentions: [],
    })),
    ...comments.map(({ mentionedUserIds, ...c }) => ({
      ...c,
      kind: 'comment' as const,
      action: 'comment',
      changes: {},
      mentions: mentionedUserIds.map((userId) => ({ userId, name: names.get(userId) ?? '' })),
    })),
  ];
  // A dispute writes its event and its reason at the same instant: the event reads first.
  return activity.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1),
  );
}
