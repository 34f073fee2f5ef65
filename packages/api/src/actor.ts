import type { Actor } from '@bunkai/core';
import type { ApiContext } from './context';

/** The audit actor of this request. */
export function actorOf(ctx: ApiContext, userId: string): Actor & { userId: string };
export function actorOf(ctx: ApiContext, userId: null): Actor;
export function actorOf(ctx: ApiContext, userId: string | null): Actor {
  return { userId, requestId: ctx.requestId, ipAddress: ctx.ipAddress, now: ctx.now() };
}

/** Absolute link into the web app, for e-mails. */
export function appLink(ctx: ApiContext, path: string, params: Record<string, string>): string {
  const url = new URL(path, ctx.publicUrl);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
