import { z } from 'zod';
import { authenticateWithPassword, createSession } from '@bunkai/auth';
import { DomainError, listMyOrganizations, recordAccountAudit } from '@bunkai/core';
import { setSessionCookie } from '../../session-cookie';
import { publicProcedure } from '../../trpc';
import { rateLimited } from './rate-limited';
import { SessionState } from './schemas';

/**
 * E-mail and password. Users with MFA get a session that waits for `auth.verifyMfa`.
 * Throttled per account and per IP (429 with Retry-After): the attempt is counted and committed
 * before the password is checked, so a wrong password stays counted although this call rolls back.
 */
export const signIn = publicProcedure
  .input(z.object({ email: z.string().trim().max(254), password: z.string().max(1024) }))
  .output(SessionState)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const attempt = { email: input.email, password: input.password, ip: ctx.ipAddress };
    const result = await authenticateWithPassword(ctx.exec, attempt, ctx.auth.signInLimits, now);
    if (!result.ok) {
      if (result.reason === 'rate_limited') throw rateLimited(ctx, result.retryAfterSeconds);
      throw new DomainError('UNAUTHORIZED', 'invalid_credentials', {
        ja: 'メールアドレスまたはパスワードが正しくありません',
        en: 'The e-mail address or password is not correct',
      });
    }
    const { user } = result;
    const exec = await ctx.exec.identify(user.id);
    const [firstOrganization] = await listMyOrganizations(ctx.tx, user.id);
    const { token, session } = await createSession(
      ctx.tx,
      {
        userId: user.id,
        activeOrganizationId: firstOrganization?.id ?? null,
        mfaVerified: !user.mfaEnabled,
        ipAddress: ctx.ipAddress,
        userAgent: ctx.userAgent,
      },
      ctx.auth.sessionPolicy,
      now,
    );
    setSessionCookie(ctx, token, session.expiresAt);
    // Who signed in from where is what an inspection asks for; failures stay in the rate limiter.
    await recordAccountAudit(exec, 'account.sign_in', {
      after: { mfaPending: user.mfaEnabled, userAgent: ctx.userAgent },
    });
    return {
      user,
      mfaPending: user.mfaEnabled,
      activeOrganizationId: session.activeOrganizationId,
    };
  });
