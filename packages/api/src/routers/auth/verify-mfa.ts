import { z } from 'zod';
import {
  checkSignInAllowed,
  markSessionMfaVerified,
  recordSignInFailure,
  useRecoveryCode,
  verifyUserTotp,
} from '@bunkai/auth';
import { DomainError } from '@bunkai/core';
import { pendingSessionProcedure } from '../../trpc';
import { SessionState } from './schemas';

/** The second sign-in step: a TOTP code (each works once) or a single-use recovery code. */
export const verifyMfa = pendingSessionProcedure
  .input(z.object({ code: z.string().trim().min(6).max(32) }))
  .output(SessionState)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const attempt = { email: ctx.user.email, ip: ctx.ipAddress };
    const allowance = await checkSignInAllowed(ctx.tx, attempt, ctx.auth.signInLimits, now);
    if (!allowance.allowed) {
      ctx.responseHeaders.set('Retry-After', String(allowance.retryAfterSeconds));
      throw new DomainError('TOO_MANY_REQUESTS', 'rate_limited', {
        ja: '試行回数が多すぎます。しばらくしてからお試しください',
        en: 'Too many attempts. Please try again later',
      });
    }
    const ok = /^\d{6}$/.test(input.code)
      ? await verifyUserTotp(ctx.tx, ctx.user.id, input.code, now)
      : await useRecoveryCode(ctx.tx, ctx.user.id, input.code, now);
    if (!ok) {
      ctx.afterRollback((tx) => recordSignInFailure(tx, attempt, now, ctx.auth.signInLimits));
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
