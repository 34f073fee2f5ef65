import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

describe('responses on the wire', () => {
  let env: TestEnvironment;
  let webDist: string;
  let app: ReturnType<typeof createApp>;
  const script = `console.log(${JSON.stringify('分界'.repeat(2000))});`;
  beforeAll(async () => {
    env = await createTestEnvironment('pglite');
    webDist = mkdtempSync(join(tmpdir(), 'bunkai-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Bunkai</title>');
    writeFileSync(join(webDist, 'assets', 'index-abc123.js'), script);
    app = createApp({ services: env.services, webDist });
  });
  afterAll(async () => {
    rmSync(webDist, { recursive: true, force: true });
    await env.close();
  });

  it('gzips a large answer for a browser that accepts it, and sends it plain to one that does not', async () => {
    const big = await app.request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(big.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await big.arrayBuffer());
    expect(bytes.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(bytes).toString('utf8')).toBe(script);

    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('lets the browser keep hashed assets for good and revalidate the page', async () => {
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await app.request('/matrices/some-deep-link');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const api = await app.request('/trpc/service.info');
    expect(api.headers.get('cache-control')).toBe('no-store');
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
