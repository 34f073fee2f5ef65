import { randomUUID } from 'node:crypto';
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { BODY_LIMITS, bodyLimitFor, isAuthProcedure, type BodyLimitKind } from '@bunkai/api';

export interface RequestVariables {
  requestId: string;
}

/** A client's id is kept only if it looks like one (UUIDs and the like); otherwise ours. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

/** Every response names its request, so a user's report can be matched with the server log. */
export function requestId(): MiddlewareHandler<{ Variables: RequestVariables }> {
  return async (c, next) => {
    const offered = c.req.header('x-request-id');
    const id = offered !== undefined && CLIENT_REQUEST_ID.test(offered) ? offered : randomUUID();
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}

function jsonError(c: Context, status: 400 | 413, ja: string, en: string): Response {
  return c.json({ error: { message: `${ja} / ${en}`, messages: { ja, en } } }, status);
}

const limiters = Object.fromEntries(
  Object.entries(BODY_LIMITS).map(([kind, maxSize]) => [
    kind,
    bodyLimit({
      maxSize,
      onError: (c) =>
        jsonError(
          c,
          413,
          `要求が大きすぎます（上限 ${String(Math.round(maxSize / 1024))} KB）`,
          `The request is too large (limit ${String(Math.round(maxSize / 1024))} KB)`,
        ),
    }),
  ]),
) as Record<BodyLimitKind, MiddlewareHandler>;

/**
 * Before tRPC reads anything: the body is capped by what the procedure needs (checked while it
 * streams in, whatever Content-Length claims), a batch holds at most MAX_BATCH_SIZE calls (tRPC
 * enforces it), and auth procedures are never batched, so one request checks one secret.
 */
export function trpcRequestLimits(): MiddlewareHandler {
  return async (c, next) => {
    const paths = decodeURIComponent(new URL(c.req.url).pathname.replace(/^\/trpc\/?/, ''))
      .split(',')
      .filter((p) => p !== '');
    if (paths.length > 1 && paths.some(isAuthProcedure)) {
      return jsonError(
        c,
        400,
        '認証の要求はまとめて送れません',
        'Authentication calls cannot be batched',
      );
    }
    return limiters[bodyLimitFor(paths)](c, next);
  };
}

/** Anything Hono itself did not expect answers generically; the details go to the log. */
export const hideUnexpectedErrors: ErrorHandler<{ Variables: RequestVariables }> = (error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  const id = c.get('requestId');
  console.error(`[${id}] ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
  return c.json(
    {
      error: {
        message: `予期しないエラーが発生しました（要求ID: ${id}） / An unexpected error occurred (request id: ${id})`,
      },
    },
    500,
  );
};

export function isLoopback(address: string | null): boolean {
  if (address === null) return false;
  return (
    address === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(address) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(address)
  );
}

/** HOST values that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || isLoopback(host);
}
