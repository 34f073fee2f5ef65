import { z } from 'zod';
import { and, desc, eq, lt, type Tx, schema } from '@bunkai/db';

export const AuditLogEntry = z.object({
  seq: z.number(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  actor: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }).nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ipAddress: z.string().nullable(),
  occurredAt: z.date(),
  hash: z.string(),
});
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

export const AuditLogPage = z.object({
  entries: z.array(AuditLogEntry),
  /** Pass as `beforeSeq` for the next (older) page; null at the start of the chain. */
  nextBeforeSeq: z.number().nullable(),
});

/** Newest first, `limit` at a time. */
export async function listAuditLog(
  tx: Tx,
  organizationId: string,
  page: { beforeSeq?: number | undefined; limit: number },
): Promise<z.infer<typeof AuditLogPage>> {
  const e = schema.auditEvent;
  const rows = await tx
    .select({
      seq: e.seq,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      actorId: schema.appUser.id,
      actorName: schema.appUser.displayName,
      actorEmail: schema.appUser.email,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
      ipAddress: e.ipAddress,
      occurredAt: e.occurredAt,
      hash: e.hash,
    })
    .from(e)
    .leftJoin(schema.appUser, eq(schema.appUser.id, e.actorUserId))
    .where(
      and(
        eq(e.organizationId, organizationId),
        page.beforeSeq === undefined ? undefined : lt(e.seq, page.beforeSeq),
      ),
    )
    .orderBy(desc(e.seq))
    .limit(page.limit);
  const entries = rows.map(({ actorId, actorName, actorEmail, ...row }) => ({
    ...row,
    actor:
      actorId && actorName !== null && actorEmail !== null
        ? { id: actorId, displayName: actorName, email: actorEmail }
        : null,
  }));
  const last = entries.at(-1);
  return {
    entries,
    nextBeforeSeq: last && last.seq > 1 && rows.length === page.limit ? last.seq : null,
  };
}
