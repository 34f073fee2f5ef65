import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { appRouter, type ApiContext } from '@bunkai/api';
import type { Database } from '@bunkai/db';
import { APP_VERSION } from './version';

export interface AppOptions {
  database: Pick<Database, 'db' | 'mode'>;
  /** The built web app (apps/web/dist); found by walking up when not given. */
  webDist?: string | null;
}

/** Builds the HTTP app; tests call `app.request()` on it with a real database injected. */
export function createApp({ database, webDist = findWebDist() }: AppOptions): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ status: 'ok', database: database.mode }));

  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      createContext: (): ApiContext => ({
        database,
        appVersion: APP_VERSION,
        requestId: randomUUID(),
      }),
    }),
  );

  if (webDist) {
    app.use('/*', serveStatic({ root: webDist }));
    // The SPA owns every other path: deep links get index.html and the router takes over.
    app.get('*', serveStatic({ root: webDist, path: 'index.html' }));
  }
  return app;
}

function findWebDist(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
