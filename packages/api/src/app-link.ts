import type { ApiContext } from './context';

/** Absolute link into the web app, for e-mails. */
export function appLink(ctx: ApiContext, path: string, params: Record<string, string>): string {
  const url = new URL(path, ctx.publicUrl);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
