import { z } from 'zod';
import { createSession, hashPassword, setPassword } from '@bunkai/auth';
import { recordAccountAudit } from '@bunkai/core';
import { setSessionCookie } from '../../session-cookie';
import { authedProcedure } from '../../trpc';
import { NewPassword } from '../auth/schemas';
import { reauthenticate } from './reauthenticate';

/**
 * Every session ends; the caller continues in a fresh one. The current password is checked under
 * the sign-in limits (per account and per IP, counted before the check).
 */
export const changePassword = authedProcedure
  .input(z.object({ currentPassword: z.string().max(1024), newPassword: NewPassword }))
  .output(z.object({ changed: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    await reauthenticate(ctx, { currentPassword: input.currentPassword });
    await setPassword(ctx.tx, ctx.user.id, await hashPassword(input.newPassword), now);
    const { token, session } = await createSession(
      ctx.tx,
      {
        userId: ctx.user.id,
        activeOrganizationId: ctx.session.activeOrganizationId,
        mfaVerified: ctx.session.mfaVerifiedAt !== null,
        ipAddress: ctx.ipAddress,
        userAgent: ctx.userAgent,
      },
      ctx.auth.sessionPolicy,
      now,
    );
    setSessionCookie(ctx, token, session.expiresAt);
    await recordAccountAudit(ctx.exec, 'account.password_change');
    return { changed: true as const };
  });
