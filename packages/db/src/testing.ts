import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type Database, type DatabaseMode } from './client';

/**
 * Test databases: always an in-memory PGlite; also a fresh database on a real PostgreSQL server
 * when TEST_POSTGRES_URL (a superuser URL of a throwaway cluster) is set. In CI the server is
 * required, so those tests can never be skipped silently.
 */
export function testDatabaseModes(): DatabaseMode[] {
  if (process.env.TEST_POSTGRES_URL) return ['pglite', 'postgres'];
  if (process.env.CI) {
    throw new Error(
      'TEST_POSTGRES_URL is required in CI: the PostgreSQL tests must not be skipped',
    );
  }
  return ['pglite'];
}

export interface TestDatabase extends Database {
  /** The superuser URL of the throwaway database (postgres only). */
  url?: string;
  /** Drops the throwaway database (postgres) or closes PGlite. */
  close(): Promise<void>;
}

/** A fresh, migrated database of the given kind. */
export async function createTestDb(mode: DatabaseMode): Promise<TestDatabase> {
  if (mode === 'pglite') {
    const database = await createDb({ dataDir: 'memory://' });
    await database.migrate();
    return database;
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('TEST_POSTGRES_URL is not set');
  const name = `bunkai_test_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ url: url.toString(), maxConnections: 4 });
  await database.migrate();
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
