import { DomainError } from '@bunkai/core';
import type { ApiContext } from '../../context';

/** 429 with Retry-After, for any secret checked under the sign-in limits. */
export function rateLimited(ctx: ApiContext, retryAfterSeconds: number): DomainError {
  ctx.responseHeaders.set('Retry-After', String(retryAfterSeconds));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError('TOO_MANY_REQUESTS', 'rate_limited', {
    ja: `試行回数が多すぎます。${minutes}分後にもう一度お試しください`,
    en: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  });
}
