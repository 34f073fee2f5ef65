import { z } from 'zod';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { startTotpEnrolment } from '@bunkai/auth';
import { authedProcedure } from '../../trpc';
import { reauthenticate } from './reauthenticate';

/**
 * A new TOTP key for the authenticator app: the QR code's URI and the key for manual entry. Asks
 * for the current password, or (re-enrolment, MFA already on) a fresh code from the current app,
 * under the sign-in limits; a stolen session alone cannot move the second factor to another app.
 */
export const startMfaEnrolment = authedProcedure
  .input(
    z.object({
      currentPassword: z.string().max(1024).optional(),
      code: z.string().trim().max(32).optional(),
    }),
  )
  .output(z.object({ uri: z.string(), secret: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await reauthenticate(ctx, input);
    const { key, uri } = await startTotpEnrolment(ctx.tx, ctx.user.id, ctx.now());
    return { uri, secret: encodeBase32UpperCaseNoPadding(key) };
  });
