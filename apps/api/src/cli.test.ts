import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, selectRows, sql } from '@bunkai/db';
import { runCli } from './cli';
import { startServer } from './server';
import { parseEnv } from './env';

describe('operator commands', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bunkai-cli-'));
    // A seeded demo network gives every organization a real audit chain.
    const server = await startServer(parseEnv({ DATA_DIR: dataDir, PORT: '0', DEMO_SEED: 'true' }));
    await server.stop();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli(argv, parseEnv({ DATA_DIR: dataDir }), (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  };

  it('verifies every organization’s chain, then names the first broken link', async () => {
    const clean = await run('verify-audit');
    expect(clean.code).toBe(0);
    // 7 demo organizations and the platform organization (bundled catalog imports).
    expect(clean.output.match(/^ok /gm)?.length).toBe(8);

    const database = await createDb({ dataDir });
    await database.db.execute(
      sql`update audit_event set target_type = 'systen' where seq = 3 and organization_id = (select id from organization order by created_at limit 1)`,
    );
    await database.close();
    const tampered = await run('verify-audit');
    expect(tampered.code).toBe(1);
    expect(tampered.output).toMatch(/BROKEN .* seq 3 .*content does not match its hash/);
  });

  it('creates the platform operator and prints the password once', async () => {
    const result = await run('create-operator', '--email', 'ops@bunkai.test');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Password \(shown once\): \S{16}/);
  });

  it('disables an account and ends its sessions', async () => {
    const result = await run('disable-user', '--email', 'minato.member@demo.bunkai.example');
    expect(result.code).toBe(0);
    expect(result.output).toContain('disabled');
    const database = await createDb({ dataDir });
    const [row] = await selectRows<{ disabled: boolean; sessions: number }>(
      database.db,
      sql`select disabled_at is not null as disabled,
            (select count(*)::int from user_session s where s.user_id = u.id) as sessions
          from app_user u where email = 'minato.member@demo.bunkai.example'`,
    );
    await database.close();
    expect(row).toEqual({ disabled: true, sessions: 0 });
    expect((await run('disable-user', '--email', 'nobody@bunkai.test')).code).toBe(1);
  });
});
