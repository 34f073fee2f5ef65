import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index';

/** What every query runs on: the database, or a transaction of it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Runs raw SQL and returns its rows, whichever driver is underneath. */
export async function selectRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  // postgres.js returns an array of rows, PGlite an object holding `rows`.
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
