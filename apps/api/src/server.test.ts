import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, enableAppRoleLogin, selectRows, sql } from '@bunkai/db';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { parseEnv } from './env';
import { startServer } from './server';

describe('server start', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('stops with the reason when a migration fails', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bunkai-broken-'));
    // A table in the way of the first migration.
    const squatter = await PGlite.create(dataDir);
    await squatter.exec('create table organization (id int)');
    await squatter.close();
    await expect(startServer(parseEnv({ DATA_DIR: dataDir, PORT: '0' }))).rejects.toThrow(
      /Migration failed.*already exists/s,
    );
  });

  it('serves, then finishes an in-flight request on stop and closes the database', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bunkai-data-'));
    const server = await startServer(
      parseEnv({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_SEED: 'false' }),
    );
    // PGlite is one connection: a held transaction keeps the request waiting inside the server.
    let release: () => void = () => undefined;
    const held = server.database.db.transaction(
      () => new Promise<void>((resolveHold) => (release = resolveHold)),
    );
    const inFlight = fetch(`${server.url}/trpc/service.info`);
    await new Promise((wait) => setTimeout(wait, 200));
    const stopped = server.stop();
    release();
    await held;
    const response = await inFlight;
    expect(response.status).toBe(200);
    await stopped;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});

describe.runIf(testDatabaseModes().includes('postgres'))('server mode on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb('postgres');
  });
  afterAll(() => database.close());

  it('refuses to start when its login can bypass row-level security, naming the fix', async () => {
    const url = database.url ?? '';
    await expect(
      startServer(parseEnv({ DATABASE_URL: url, DATABASE_OWNER_URL: url, PORT: '0' })),
    ).rejects.toThrow(/superuser.*pnpm db:app-role/s);
  });

  it('starts as the confined application role after `db:app-role`', async () => {
    await enableAppRoleLogin(database.db, 'app-role-password-for-tests');
    const appUrl = new URL(database.url ?? '');
    appUrl.username = APP_ROLE;
    appUrl.password = 'app-role-password-for-tests';
    const server = await startServer(
      parseEnv({
        DATABASE_URL: appUrl.toString(),
        DATABASE_OWNER_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_SEED: 'true',
      }),
    );
    try {
      const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
      expect(health).toEqual({ status: 'ok', database: 'postgres' });
      // The demo network was seeded through the confined role, under row-level security.
      expect(server.demoLogins.length).toBe(29);
      // Two vendors' matrices for the same on-premise EHR (62 of 6.0's 63 items), one under way.
      const statuses = await selectRows<{ status: string; count: number }>(
        database.db,
        sql`select status, count(*)::int as count from matrix_row group by status order by status`,
      );
      expect(statuses).toEqual([
        { status: 'draft', count: 62 + 62 - 12 },
        { status: 'proposed', count: 3 },
        { status: 'agreed', count: 8 },
        { status: 'disputed', count: 1 },
      ]);
    } finally {
      await server.stop();
    }
  });
});
