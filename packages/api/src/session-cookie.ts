import { blankSessionCookie, sessionCookie, type SessionCookie } from '@bunkai/auth';
import type { ApiContext } from './context';

function serialize({ name, value, attributes }: SessionCookie): string {
  const parts = [
    `${name}=${value}`,
    `Path=${attributes.path}`,
    `Expires=${attributes.expires.toUTCString()}`,
  ];
  if (attributes.maxAge !== undefined) parts.push(`Max-Age=${attributes.maxAge}`);
  parts.push('HttpOnly', `SameSite=${attributes.sameSite}`);
  if (attributes.secure) parts.push('Secure');
  return parts.join('; ');
}

export function setSessionCookie(ctx: ApiContext, token: string, expiresAt: Date): void {
  ctx.responseHeaders.append(
    'Set-Cookie',
    serialize(sessionCookie(token, { secure: ctx.auth.secureCookies, expiresAt })),
  );
}

export function clearSessionCookie(ctx: ApiContext): void {
  ctx.responseHeaders.append(
    'Set-Cookie',
    serialize(blankSessionCookie({ secure: ctx.auth.secureCookies })),
  );
}
