import { z } from 'zod';
import { createSignUpRequest, findUserByEmail, hashPassword } from '@bunkai/auth';
import { alreadyRegisteredMail, signUpConfirmationMail } from '@bunkai/mail';
import { SIGN_UP_CONFIRMATION_LIFETIME_MS } from '@bunkai/model';
import { appLink } from '../../app-link';
import { publicProcedure } from '../../trpc';
import { SignUpInput } from './schemas';

/**
 * Answers alike for every address and mails the rest: a confirmation link to a new address, a
 * "you already have an account" note to a registered one. The account (and its organization)
 * exists only once `auth.confirmSignUp` is called with the mailed token.
 */
export const signUp = publicProcedure
  .input(
    SignUpInput.extend({
      /** Signing up to accept an invitation: the confirmation link leads back to it. */
      invitationToken: z.string().trim().max(128).optional(),
    }),
  )
  .output(z.object({ confirmationSent: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    // Hash whatever the address, so both answers cost the same.
    const passwordHash = await hashPassword(input.password);
    const existing = await findUserByEmail(ctx.tx, input.email);
    if (existing) {
      ctx.queueMail({
        to: existing.email,
        ...alreadyRegisteredMail({
          locale: existing.locale === 'en' ? 'en' : 'ja',
          signInUrl: appLink(ctx, '/sign-in', {}),
          resetUrl: appLink(ctx, '/forgot-password', {}),
        }),
      });
      return { confirmationSent: true as const };
    }
    const token = await createSignUpRequest(
      ctx.tx,
      {
        email: input.email,
        displayName: input.displayName,
        passwordHash,
        locale: input.locale,
        organization: input.organization ?? null,
      },
      now,
    );
    const link: Record<string, string> = input.invitationToken
      ? { token, invitation: input.invitationToken }
      : { token };
    ctx.queueMail({
      to: input.email,
      ...signUpConfirmationMail({
        locale: input.locale,
        confirmUrl: appLink(ctx, '/sign-up/confirm', link),
        expiresAt: new Date(now.getTime() + SIGN_UP_CONFIRMATION_LIFETIME_MS),
      }),
    });
    return { confirmationSent: true as const };
  });
