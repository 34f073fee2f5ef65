import { z } from 'zod';
import { markSessionMfaVerified, verifySecondFactor } from '@bunkai/auth';
import { DomainError } from '@bunkai/core';
import { pendingSessionProcedure } from '../../trpc';
import { rateLimited } from './rate-limited';
import { SessionState } from './schemas';

/**
 * The second sign-in step: a TOTP code (each works once) or a single-use recovery code. Throttled
 * per user and per IP (429 with Retry-After), counted before the code is checked.
 */
export const verifyMfa = pendingSessionProcedure
  .input(z.object({ code: z.string().trim().min(6).max(32) }))
  .output(SessionState)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const result = await verifySecondFactor(
      ctx.exec,
      { userId: ctx.user.id, code: input.code, ip: ctx.ipAddress, recoveryCodes: true },
      ctx.auth.signInLimits,
      now,
    );
    if (!result.ok) {
      if (result.reason === 'rate_limited') throw rateLimited(ctx, result.retryAfterSeconds);
      throw new DomainError(
        'UNAUTHORIZED',
        'invalid_code',
        {
          ja: 'コードが正しくないか、既に使用されています',
          en: 'The code is wrong or has already been used',
        },
        'code',
      );
    }
    await markSessionMfaVerified(ctx.tx, ctx.session.id, now);
    return {
      user: ctx.user,
      mfaPending: false,
      activeOrganizationId: ctx.session.activeOrganizationId,
    };
  });
