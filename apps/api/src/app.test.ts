import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { createApp } from './app';
import { parseEnv } from './env';

describe.each(testDatabaseModes())('HTTP app on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  it('answers /healthz with the database mode', async () => {
    const app = createApp({ database, webDist: null });
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: mode });
  });

  it('serves live system info through tRPC', async () => {
    const app = createApp({ database, webDist: null });
    const response = await app.request('/trpc/system.info');
    const body = (await response.json()) as {
      result: { data: { json: { database: { mode: string; serverVersion: string } } } };
    };
    expect(body.result.data.json.database.mode).toBe(mode);
    expect(body.result.data.json.database.serverVersion).toMatch(/^\d+/);
  });
});

describe('environment', () => {
  it('defaults to port 3000 on the embedded database', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
  });
});
