import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './query';
import { bootstrapOwnerRoles, finishOwnerMigration } from './roles';
import * as schema from './schema/index';

export type DatabaseMode = 'pglite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly mode: DatabaseMode;
  /** Applies every pending migration in `migrations/`; throws with the reason when one fails. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres:// URL; unset → embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  dataDir?: string | undefined;
  /** Pool size for postgres.js. */
  maxConnections?: number | undefined;
}

/**
 * Finds the repository's `migrations/` folder by walking up from this file, so the same code works
 * from source (packages/db/src), from the bundled server (apps/api/dist) and inside the image.
 */
export function findMigrationsFolder(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`migrations/ not found above ${start}`);
  }
}

export async function createDb(options: CreateDbOptions = {}): Promise<Database> {
  const migrationsFolder = findMigrationsFolder();
  if (!options.url) {
    // Loaded lazily so a server-mode deployment never loads the WASM build.
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = await PGlite.create(options.dataDir ?? './.data');
    const db = drizzle({ client, schema, casing: 'snake_case' });
    return {
      db: db as unknown as Db,
      mode: 'pglite',
      migrate: () => migrate(db, { migrationsFolder, migrationsSchema: 'drizzle' }),
      close: () => client.close(),
    };
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => undefined,
  });
  const db = drizzle({ client, schema, casing: 'snake_case' });
  const typed = db as unknown as Db;
  return {
    db: typed,
    mode: 'postgres',
    migrate: async () => {
      // Roles first, so a non-superuser owner with CREATEROLE can run every migration.
      await bootstrapOwnerRoles(typed);
      try {
        await migrate(db, { migrationsFolder, migrationsSchema: 'drizzle' });
      } finally {
        await finishOwnerMigration(typed);
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}
