import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { selectRows, type Db, type Tx } from './query';
import { auditEvent } from './schema/audit';

export interface AuditEventInput {
  organizationId: string;
  actorUserId: string | null;
  /** Dotted verb, e.g. `system.create`, `invitation.accept`. */
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  ipAddress?: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so a value hashes the same before and after a jsonb round trip. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

interface HashedFields {
  organizationId: string;
  seq: number;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ipAddress: string | null;
  occurredAt: Date;
  prevHash: string;
}

export function auditEventHash(fields: HashedFields): string {
  return createHash('sha256')
    .update(canonicalJson({ ...fields, occurredAt: fields.occurredAt.toISOString() }))
    .digest('hex');
}

/** Plain JSON (no undefined, Dates as strings), as jsonb will give it back. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Appends an event to the organization's chain in the caller's transaction, so the event exists
 * exactly when the change it records commits.
 */
export async function appendAuditEvent(
  tx: Tx,
  input: AuditEventInput,
  now: Date = new Date(),
): Promise<void> {
  const [head] = await selectRows<{ seq: string | number; hash: string }>(
    tx,
    sql`select seq, hash from app.audit_chain_head(${input.organizationId}::uuid)`,
  );
  const fields: HashedFields = {
    organizationId: input.organizationId,
    seq: Number(head?.seq ?? 0) + 1,
    actorUserId: input.actorUserId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    before: toJson(input.before),
    after: toJson(input.after),
    requestId: input.requestId ?? null,
    ipAddress: input.ipAddress ?? null,
    // The column keeps milliseconds; the hash must see the same instant.
    occurredAt: new Date(Math.floor(now.getTime())),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditEvent).values({ ...fields, hash: auditEventHash(fields) });
}

export type AuditChainVerdict =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: { seq: number; id: string; reason: string } };

/** Recomputes every link of one organization's chain; names the first broken one. */
export async function verifyAuditChain(
  db: Db | Tx,
  organizationId: string,
): Promise<AuditChainVerdict> {
  const events = await db
    .select()
    .from(auditEvent)
    .where(eq(auditEvent.organizationId, organizationId))
    .orderBy(asc(auditEvent.seq));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const event of events) {
    const broken = (reason: string): AuditChainVerdict => ({
      ok: false,
      events: events.length,
      brokenAt: { seq: event.seq, id: event.id, reason },
    });
    if (event.seq !== expectedSeq) return broken(`missing event before seq ${event.seq}`);
    if (event.prevHash !== prevHash) return broken('prev_hash does not match the previous event');
    const { hash, id: _id, ...fields } = event;
    if (auditEventHash(fields) !== hash) return broken('content does not match its hash');
    prevHash = hash;
    expectedSeq += 1;
  }
  return { ok: true, events: events.length };
}
