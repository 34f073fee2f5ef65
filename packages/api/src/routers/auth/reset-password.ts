import { z } from 'zod';
import { consumePasswordResetToken, hashPassword, setPassword } from '@bunkai/auth';
import { DomainError, recordAccountAudit } from '@bunkai/core';
import { actorOf } from '../../actor';
import { publicProcedure } from '../../trpc';
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
 * with their second factor, so a stolen mailbox alone is not enough.
 */
export const resetPassword = publicProcedure
  .input(z.object({ token: z.string().min(1).max(200), password: NewPassword }))
  .output(z.object({ reset: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const result = await consumePasswordResetToken(ctx.tx, input.token, now);
    if ('error' in result) {
      throw new DomainError('BAD_REQUEST', `reset_${result.error}`, REASONS[result.error], 'token');
    }
    await setPassword(ctx.tx, result.userId, await hashPassword(input.password), now);
    await recordAccountAudit(
      ctx.tx,
      actorOf(ctx, result.userId),
      result.userId,
      'account.password_reset',
      null,
    );
    return { reset: true as const };
  });
