import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '@bunkai/api-server/server';
import { launchBrowser } from './browser';
import { parseEnv } from '@bunkai/api-server/env';

/**
 * The real server (built web app, tRPC, migrations, demo network, local SMTP sink) on a free
 * port over in-memory PGlite.
 */
export function startTestServer(): Promise<RunningServer> {
  return startServer(
    parseEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      NODE_ENV: 'test',
      DEMO_SEED: 'true',
    }),
  );
}

/** The server and a Chromium for one test file; both are closed after it. */
export function useServerAndBrowser(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): { readonly server: RunningServer; readonly browser: Browser } {
  const state = {} as { server: RunningServer; browser: Browser };
  hooks.beforeAll(async () => {
    [state.server, state.browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  hooks.afterAll(async () => {
    await state.browser.close();
    await state.server.stop();
  });
  return state;
}
