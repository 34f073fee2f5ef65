import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';

/** The role every request runs as; created by migration 0001. */
export const APP_ROLE = 'bunkai_app';

export interface RequestContext {
  userId?: string | null | undefined;
  orgId?: string | null | undefined;
  /** SHA-256 of an invitation token the caller holds: lets them see that one invitation. */
  invitationTokenHash?: string | null | undefined;
  /** 'true' for a platform operator acting for the platform organization (catalog publishing). */
  platformOperator?: 'true' | null | undefined;
}

const SETTINGS = {
  userId: 'app.user_id',
  orgId: 'app.org_id',
  invitationTokenHash: 'app.invitation_token_hash',
  platformOperator: 'app.platform_operator',
} as const satisfies Record<keyof RequestContext, string>;

/**
 * Runs `fn` in one transaction as the application role with the caller's context set
 * transaction-locally, so row-level security sees exactly this caller and nothing leaks into
 * the next use of a pooled connection.
 */
export function withRequestContext<T>(
  db: Db,
  context: RequestContext,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await applyRequestContext(tx, {
      userId: null,
      orgId: null,
      platformOperator: null,
      ...context,
    });
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    return fn(tx);
  });
}

/** Sets (or, with null, clears) parts of the context for the rest of the transaction. */
export async function applyRequestContext(tx: Tx, context: RequestContext): Promise<void> {
  const entries = (Object.keys(SETTINGS) as (keyof RequestContext)[])
    .filter((key) => context[key] !== undefined)
    .map((key) => sql`set_config(${SETTINGS[key]}, ${context[key] ?? ''}, true)`);
  if (entries.length > 0) await tx.execute(sql`select ${sql.join(entries, sql`, `)}`);
}
