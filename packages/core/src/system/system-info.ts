import { z } from 'zod';
import { selectRows, sql, type Db, type DatabaseMode, type Tx } from '@bunkai/db';

export const SystemInfo = z.object({
  appVersion: z.string(),
  database: z.object({
    mode: z.enum(['pglite', 'postgres']),
    serverVersion: z.string(),
  }),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

/** What the shell shows about the running service: read live from the database. */
export async function getSystemInfo(
  db: Db | Tx,
  mode: DatabaseMode,
  appVersion: string,
): Promise<SystemInfo> {
  const [row] = await selectRows<{ server_version: string }>(db, sql`show server_version`);
  return { appVersion, database: { mode, serverVersion: row?.server_version ?? 'unknown' } };
}
