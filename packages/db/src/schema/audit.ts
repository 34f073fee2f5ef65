import {
  bigint,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organization } from './organization';

/**
 * Append-only, hash-chained per organization: `hash` covers the event and the previous hash,
 * so changing or removing any event breaks every later link. The application role may only
 * SELECT and INSERT.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organization.id, { onDelete: 'restrict' }),
    /** 1, 2, 3 … within the organization. */
    seq: bigint({ mode: 'number' }).notNull(),
    actorUserId: uuid(),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    ipAddress: text(),
    occurredAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex('audit_event_org_seq_key').on(t.organizationId, t.seq),
    index('audit_event_org_time_idx').on(t.organizationId, t.occurredAt),
  ],
);
