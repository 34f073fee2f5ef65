import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
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

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

/** The first `sh` block of the README's section `heading`, one command per line. */
function readmeCommands(heading: string): string[] {
  const readme = readFileSync(join(REPOSITORY, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitForHealth(url: string, exited: () => string | null): Promise<unknown> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure !== null) throw new Error(failure);
    try {
      const response = await fetch(url);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${url} did not answer within 240 s`);
}

// Tests in this file run one after another: both set bunkai_app's (cluster-wide) password.
describe.runIf(testDatabaseModes().includes('postgres'))(
  'the README server mode, as written, on postgres',
  () => {
    const adminUrl = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://localhost');
    const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => undefined });
    afterAll(async () => {
      await admin.unsafe('drop database if exists bunkai with (force)');
      await admin.end();
    });

    it('migrates as a CREATEROLE owner, lets bunkai_app log in and serves as bunkai_app', async () => {
      const commands = readmeCommands('Running against PostgreSQL');
      expect(commands).toHaveLength(3);
      // The README's owner, as an operator would create it: a non-superuser owning the database.
      const owner = new URL(/DATABASE_OWNER_URL=(\S+)/.exec(commands.join('\n'))?.[1] ?? '');
      const ownerName = owner.username;
      const database = owner.pathname.slice(1);
      await admin.unsafe(`drop database if exists ${database} with (force)`);
      const [existing] = await admin`select 1 from pg_roles where rolname = ${ownerName}`;
      await admin.unsafe(
        `${existing ? 'alter' : 'create'} role ${ownerName} login createrole nosuperuser ` +
          `password '${decodeURIComponent(owner.password)}'`,
      );
      await admin.unsafe(`create database ${database} owner ${ownerName}`);

      // Only the address changes: this throwaway cluster is not on localhost:5432.
      const script = commands
        .map((line) => line.replaceAll('localhost:5432', `${adminUrl.hostname}:${adminUrl.port}`))
        .join('\n');
      const port = await freePort();
      const env = Object.fromEntries(
        Object.entries(process.env).filter(
          ([key]) => !/^(VITEST|TEST_|NODE_ENV$|DATABASE_|APP_DATABASE_)/.test(key),
        ),
      );
      let output = '';
      const state: { exit: string | null } = { exit: null };
      const shell = spawn('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: REPOSITORY,
        env: { ...env, PORT: String(port) },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const collect = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-8000);
      };
      shell.stdout.on('data', collect);
      shell.stderr.on('data', collect);
      const closed = new Promise<void>((resolve) => {
        shell.on('close', (code) => {
          state.exit = `the README commands stopped (exit ${String(code)}):\n${output}`;
          resolve();
        });
      });
      try {
        const health = await waitForHealth(
          `http://127.0.0.1:${String(port)}/healthz`,
          () => state.exit,
        );
        expect(health).toEqual({ status: 'ok', database: 'postgres' });
        // The server's connections log in as the confined role, not as the owner.
        const logins = await admin<{ usename: string }[]>`
          select distinct usename from pg_stat_activity where datname = ${database}`;
        expect(logins.map((l) => l.usename)).toEqual(['bunkai_app']);
        const signIn = await fetch(`http://127.0.0.1:${String(port)}/trpc/auth.signIn`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: `http://127.0.0.1:${String(port)}`,
          },
          body: JSON.stringify({
            json: { email: 'nobody@readme.test', password: 'wrong-password' },
          }),
        });
        expect(signIn.status).toBe(401);
      } finally {
        if (shell.pid !== undefined && state.exit === null) process.kill(-shell.pid, 'SIGTERM');
        await closed;
      }
    }, 300_000);
  },
);
