import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Security headers on every response; the API's answers are never cached. */
export function securityHeaders(options: { tls: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (options.tls) h.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/trpc') || path.startsWith('/dev/') || path === '/healthz') {
      h.set('Cache-Control', 'no-store');
    }
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a state-changing request must come from our own origin (Sec-Fetch-Site, else Origin) and
 * carry JSON, which a cross-site HTML form cannot send (urlencoded, multipart and text/plain are
 * refused, including tRPC's form-data inputs).
 */
export function sameOriginMutations(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const sameSite =
      site !== undefined ? site === 'same-origin' || site === 'none' : originHost(origin) === host;
    const json = (c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json');
    if (!sameSite || !json) {
      throw new HTTPException(403, {
        message: 'Cross-origin or non-JSON request refused / 他サイトからの要求は受け付けません',
      });
    }
    return next();
  };
}

function originHost(origin: string | undefined): string | null {
  if (!origin) return null;
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" from sandboxed frames and anything unparsable
  }
}
