import { z } from 'zod';
import { confirmTotpEnrolment, markSessionMfaVerified } from '@bunkai/auth';
import { DomainError, recordAccountAudit } from '@bunkai/core';
import { actorOf } from '../../actor';
import { authedProcedure } from '../../trpc';

/** The first code from the app turns MFA on; the recovery codes are shown once. */
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
    const result = await confirmTotpEnrolment(ctx.tx, ctx.user.id, input.code, now);
    if (!result.ok) {
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
    await recordAccountAudit(
      ctx.tx,
      actorOf(ctx, ctx.user.id),
      ctx.user.id,
      'account.mfa_enable',
      ctx.session.activeOrganizationId,
    );
    return { recoveryCodes: result.recoveryCodes };
  });
