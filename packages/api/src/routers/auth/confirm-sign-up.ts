import { z } from 'zod';
import { consumeSignUpRequest, createSession, createUser, EmailTakenError } from '@bunkai/auth';
import { createOrganization, DomainError, NewOrganization } from '@bunkai/core';
import { setSessionCookie } from '../../session-cookie';
import { publicProcedure } from '../../trpc';
import { SessionState } from './schemas';

const linkInvalid = () =>
  new DomainError(
    'BAD_REQUEST',
    'sign_up_link_invalid',
    {
      ja: 'この確認リンクは無効か期限切れです。もう一度登録してください',
      en: 'This confirmation link is invalid or has expired. Please sign up again',
    },
    'token',
  );

/** The mailed link proves the address: the account, its organization and a session begin. */
export const confirmSignUp = publicProcedure
  .input(z.object({ token: z.string().trim().min(1).max(128) }))
  .output(SessionState)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const confirmation = await consumeSignUpRequest(ctx.tx, input.token, now);
    if (!confirmation.ok) throw linkInvalid();
    const { pending } = confirmation;
    const user = await createUser(ctx.tx, {
      email: pending.email,
      displayName: pending.displayName,
      passwordHash: pending.passwordHash,
      locale: pending.locale,
    }).catch((error: unknown) => {
      // Registered meanwhile through another link: only the mailbox's owner can see this.
      if (error instanceof EmailTakenError) throw linkInvalid();
      throw error;
    });
    const exec = await ctx.exec.identify(user.id);
    // Validated at sign-up; parsed again because it came back from storage.
    const newOrganization = NewOrganization.nullable().parse(pending.organization);
    const organization = newOrganization
      ? await createOrganization(exec, {
          ...newOrganization,
          ownerUserId: user.id,
        })
      : null;
    const { token, session } = await createSession(
      ctx.tx,
      {
        userId: user.id,
        activeOrganizationId: organization?.id ?? null,
        mfaVerified: true,
        ipAddress: ctx.ipAddress,
        userAgent: ctx.userAgent,
      },
      ctx.auth.sessionPolicy,
      now,
    );
    setSessionCookie(ctx, token, session.expiresAt);
    return { user, mfaPending: false, activeOrganizationId: session.activeOrganizationId };
  });
