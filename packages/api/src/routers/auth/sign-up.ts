import { createSession, createUser, EmailTakenError, hashPassword } from '@bunkai/auth';
import { createOrganization, DomainError } from '@bunkai/core';
import { applyRequestContext } from '@bunkai/db';
import { actorOf } from '../../actor';
import { setSessionCookie } from '../../session-cookie';
import { publicProcedure } from '../../trpc';
import { SessionState, SignUpInput } from './schemas';

/** Creates the user and, unless they come to accept an invitation, their organization. */
export const signUp = publicProcedure
  .input(SignUpInput)
  .output(SessionState)
  .mutation(async ({ ctx, input }) => {
    const user = await createUser(ctx.tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      locale: input.locale,
    }).catch((error: unknown) => {
      if (!(error instanceof EmailTakenError)) throw error;
      throw new DomainError(
        'CONFLICT',
        'email_taken',
        {
          ja: 'このメールアドレスは登録済みです。サインインしてください',
          en: 'This e-mail address is already registered. Please sign in',
        },
        'email',
      );
    });
    await applyRequestContext(ctx.tx, { userId: user.id });
    const organization = input.organization
      ? await createOrganization(ctx.tx, actorOf(ctx, user.id), {
          ...input.organization,
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
      ctx.now(),
    );
    setSessionCookie(ctx, token, session.expiresAt);
    return { user, mfaPending: false, activeOrganizationId: session.activeOrganizationId };
  });
