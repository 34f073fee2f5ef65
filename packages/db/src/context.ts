import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';

/** The role every request runs as; created by migration 0001. */
export const APP_ROLE = 'bunkai_app';

export interface RequestContext {
  userId?: string | null | undefined;
  orgId?: string | null | undefined;
}

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
    await tx.execute(sql`select
      set_config('app.user_id', ${context.userId ?? ''}, true),
      set_config('app.org_id', ${context.orgId ?? ''}, true)`);
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    return fn(tx);
  });
}

/** Changes the organization in the current transaction's context (sign-up creates one). */
export async function setContextOrganization(tx: Tx, orgId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.org_id', ${orgId}, true)`);
}
