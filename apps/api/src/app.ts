import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE_NAMES } from '@bunkai/auth';
import { appRouter, type ApiContext, type ApiServices } from '@bunkai/api';
import type { MailSink } from '@bunkai/mail/sink';
import { renderMailbox } from './dev-mailbox';
import { sameOriginMutations, securityHeaders } from './security';

export interface AppOptions {
  services: ApiServices;
  /** The built web app (apps/web/dist); found by walking up when not given. */
  webDist?: string | null;
  /** Development mail sink, readable at /dev/mail. */
  mailSink?: MailSink | null;
}

/** Builds the HTTP app; tests call `app.request()` on it with a real database injected. */
export function createApp({
  services,
  webDist = findWebDist(),
  mailSink = null,
}: AppOptions): Hono {
  const app = new Hono();
  const tls = services.auth.secureCookies;
  app.use('*', securityHeaders({ tls }));

  app.get('/healthz', (c) => c.json({ status: 'ok', database: services.database.mode }));

  app.use('/trpc/*', sameOriginMutations());
  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      createContext: (opts, c): ApiContext => ({
        ...services,
        requestId: c.req.header('x-request-id') ?? randomUUID(),
        ipAddress: clientIp(c),
        userAgent: c.req.header('user-agent') ?? null,
        sessionToken:
          getCookie(c, tls ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.insecure) ?? null,
        responseHeaders: opts.resHeaders,
      }),
    }),
  );

  if (mailSink) {
    app.get('/dev/mail', (c) => c.html(renderMailbox(mailSink.messages())));
  }

  if (webDist) {
    app.use('/*', serveStatic({ root: webDist }));
    // The SPA owns every other path: deep links get index.html and the router takes over.
    app.get('*', serveStatic({ root: webDist, path: 'index.html' }));
  }
  return app;
}

function clientIp(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}

function findWebDist(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
