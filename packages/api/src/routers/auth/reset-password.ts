import { z } from 'zod';
import {
  consumeAttempt,
  consumePasswordResetToken,
  hashPassword,
  ipAttemptKeys,
  setPassword,
  settleAttempt,
} from '@bunkai/auth';
import { DomainError, recordAccountAudit } from '@bunkai/core';
import { publicProcedure } from '../../trpc';
import { rateLimited } from './rate-limited';
import { NewPassword } from './schemas';

const REASONS = {
  invalid: {
    ja: 'リンクが無効です。もう一度パスワード再設定を申請してください',
    en: 'This link is not valid. Request a new password reset',
  },
  expired: {
    ja: 'リンクの有効期限（30分）が切れています。もう一度申請してください',
    en: 'This link has expired (30 minutes). Request a new one',
  },
  used: {
    ja: 'このリンクは使用済みです',
    en: 'This link has already been used',
  },
} as const;

/**
 * Sets a new password and ends every session. It does not sign in: the user signs in again,
 * with their second factor, so a stolen mailbox alone is not enough. Token guesses count against
 * the client address (429 with Retry-After), before the token is looked up.
 */
export const resetPassword = publicProcedure
  .input(z.object({ token: z.string().min(1).max(200), password: NewPassword }))
  .output(z.object({ reset: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const limits = ctx.auth.signInLimits;
    const gate = await consumeAttempt(ctx.exec, ipAttemptKeys(ctx.ipAddress, limits), limits, now);
    if (!gate.allowed) throw rateLimited(ctx, gate.retryAfterSeconds);
    const result = await consumePasswordResetToken(ctx.tx, input.token, now);
    if ('error' in result) {
      throw new DomainError('BAD_REQUEST', `reset_${result.error}`, REASONS[result.error], 'token');
    }
    await settleAttempt(ctx.tx, gate.ticket, []);
    await setPassword(ctx.tx, result.userId, await hashPassword(input.password), now);
    // The mailed link proved who this is: the change is theirs, recorded in their organizations.
    await recordAccountAudit(await ctx.exec.identify(result.userId), 'account.password_reset');
    return { reset: true as const };
  });
