import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '@bunkai/api/testing';
import { testDatabaseModes } from '@bunkai/db/testing';
import { createApp } from './app';
import { parseEnv } from './env';

describe.each(testDatabaseModes())('HTTP app on %s', (mode) => {
  let env: TestEnvironment;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    app = createApp({ services: env.services, webDist: null });
  });
  afterAll(() => env.close());

  it('answers /healthz with the database mode', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: mode });
  });

  it('serves live service info through tRPC', async () => {
    const response = await app.request('/trpc/service.info');
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
    expect(() => parseEnv({ DATABASE_URL: 'postgres://app@db/bunkai' })).toThrow(
      /DATABASE_OWNER_URL: is required/,
    );
  });
});
