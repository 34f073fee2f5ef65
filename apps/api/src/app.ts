import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE_NAMES } from '@bunkai/auth';
import { appRouter, type ApiContext, type ApiServices } from '@bunkai/api';
import { MAX_BATCH_SIZE } from '@bunkai/model';
import type { MailSink } from '@bunkai/mail/sink';
import { renderMailbox } from './dev-mailbox';
import { clientAddress, type TrustedProxies } from './client-address';
import {
  hideUnexpectedErrors,
  isLoopback,
  requestId,
  trpcRequestLimits,
  type RequestVariables,
} from './request-guards';
import { sameOriginMutations, securityHeaders } from './security';

export interface AppOptions {
  services: ApiServices;
  /** The built web app (apps/web/dist); found by walking up when not given. */
  webDist?: string | null;
  /** Development mail sink, readable at /dev/mail by loopback peers only. */
  mailSink?: MailSink | null;
  /** Whose X-Forwarded-For is believed (default: nobody's). */
  trustedProxies?: TrustedProxies;
  /** Production: no source maps are served. */
  production?: boolean;
}

/** Builds the HTTP app; tests call `app.request()` on it with a real database injected. */
export function createApp({
  services,
  webDist = findWebDist(),
  mailSink = null,
  trustedProxies = { kind: 'none' },
  production = false,
}: AppOptions): Hono<{ Variables: RequestVariables }> {
  const app = new Hono<{ Variables: RequestVariables }>();
  const tls = services.auth.secureCookies;
  app.use('*', requestId());
  app.use('*', securityHeaders({ tls }));
  // A 2,000-row matrix is ≈1.4 MB of JSON and ≈0.1 MB gzipped. Files under 1 KB go as they are;
  // API answers carry no length before they are sent, so they are compressed whatever their size.
  app.use('*', compress({ threshold: 1024 }));
  app.onError(hideUnexpectedErrors);

  app.get('/healthz', (c) => c.json({ status: 'ok', database: services.database.mode }));

  app.use('/trpc/*', sameOriginMutations());
  app.use('/trpc/*', trpcRequestLimits());
  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      onError: ({ error, path, ctx }) => {
        if (error.code !== 'INTERNAL_SERVER_ERROR') return;
        // The caller got a generic message with this request id; the details stay here.
        const id = (ctx as ApiContext | undefined)?.requestId ?? '-';
        console.error(`[${id}] ${path ?? '?'}:`, error.cause ?? error);
      },
      createContext: (opts, c): ApiContext => ({
        ...services,
        requestId: (c as Context<{ Variables: RequestVariables }>).get('requestId'),
        ipAddress: clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), trustedProxies),
        userAgent: c.req.header('user-agent') ?? null,
        sessionToken:
          getCookie(c, tls ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.insecure) ?? null,
        responseHeaders: opts.resHeaders,
      }),
    }),
  );

  // The sink holds reset and invitation links: only someone on this machine may read it. When it
  // is not served, /dev/* is a plain 404 rather than the web app's page.
  app.get('/dev/*', (c) =>
    mailSink && c.req.path === '/dev/mail' && isLoopback(peerAddress(c))
      ? c.html(renderMailbox(mailSink.messages()))
      : c.text('Not Found', 404),
  );

  if (webDist) {
    if (production) app.get('*.map', (c) => c.text('Not Found', 404));
    app.use('/*', staticCaching());
    app.use('/*', serveStatic({ root: webDist }));
    // The SPA owns every other path: deep links get index.html and the router takes over.
    app.get('*', serveStatic({ root: webDist, path: 'index.html' }));
  }
  return app;
}

/**
 * Vite names built assets by content hash, so a browser may keep them for good; index.html and
 * the other unhashed files are revalidated, so a new release is seen on the next load.
 */
function staticCaching() {
  return async (c: Context, next: () => Promise<void>) => {
    await next();
    if (c.res.status !== 200 || c.res.headers.has('Cache-Control')) return;
    c.res.headers.set(
      'Cache-Control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  };
}

function peerAddress(c: Context): string | null {
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
