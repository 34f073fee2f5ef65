import { z } from 'zod';
import { selectRows, sql, type Db, type DatabaseMode, type Tx } from '@bunkai/db';

export const ServiceInfo = z.object({
  appVersion: z.string(),
  database: z.object({
    mode: z.enum(['pglite', 'postgres']),
    serverVersion: z.string(),
  }),
});
export type ServiceInfo = z.infer<typeof ServiceInfo>;

/** What the shell shows about the running service: read live from the database. */
export async function getServiceInfo(
  db: Db | Tx,
  mode: DatabaseMode,
  appVersion: string,
): Promise<ServiceInfo> {
  const [row] = await selectRows<{ server_version: string }>(db, sql`show server_version`);
  return { appVersion, database: { mode, serverVersion: row?.server_version ?? 'unknown' } };
}
