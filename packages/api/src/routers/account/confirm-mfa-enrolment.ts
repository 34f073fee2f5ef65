import { z } from 'zod';
import {
  checkSecretUnderLimit,
  confirmTotpEnrolment,
  markSessionMfaVerified,
  mfaAttemptKeys,
  mfaClearKey,
} from '@bunkai/auth';
import { DomainError, recordAccountAudit } from '@bunkai/core';
import { authedProcedure } from '../../trpc';
import { rateLimited } from '../auth/rate-limited';

/**
 * The first code from the app turns MFA on; the recovery codes are shown once. Code guesses count
 * against the user's second factor and the IP (429 with Retry-After), before the code is checked.
 */
export const confirmMfaEnrolment = authedProcedure
  .input(
    z.object({
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, '6桁の数字を入力してください / Enter the 6-digit code'),
    }),
  )
  .output(z.object({ recoveryCodes: z.array(z.string()) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const limits = ctx.auth.signInLimits;
    let recoveryCodes: string[] = [];
    const result = await checkSecretUnderLimit(
      ctx.exec,
      {
        keys: mfaAttemptKeys({ userId: ctx.user.id, ip: ctx.ipAddress }, limits),
        clearKeys: [mfaClearKey(ctx.user.id)],
      },
      limits,
      now,
      async () => {
        const confirmed = await confirmTotpEnrolment(ctx.tx, ctx.user.id, input.code, now);
        if (confirmed.ok) recoveryCodes = confirmed.recoveryCodes;
        return confirmed.ok;
      },
    );
    if (!result.ok) {
      if (result.reason === 'rate_limited') throw rateLimited(ctx, result.retryAfterSeconds);
      throw new DomainError(
        'BAD_REQUEST',
        'invalid_code',
        {
          ja: 'コードが正しくありません。アプリの最新のコードを入力してください',
          en: 'The code is not correct. Enter the current code from your app',
        },
        'code',
      );
    }
    await markSessionMfaVerified(ctx.tx, ctx.session.id, now);
    await recordAccountAudit(ctx.exec, 'account.mfa_enable');
    return { recoveryCodes };
  });
