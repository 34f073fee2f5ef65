import { z } from 'zod';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { startTotpEnrolment } from '@bunkai/auth';
import { authedProcedure } from '../../trpc';

/** A new TOTP key for the authenticator app: the QR code's URI and the key for manual entry. */
export const startMfaEnrolment = authedProcedure
  .input(z.void())
  .output(z.object({ uri: z.string(), secret: z.string() }))
  .mutation(async ({ ctx }) => {
    const { key, uri } = await startTotpEnrolment(ctx.tx, ctx.user.id, ctx.now());
    return { uri, secret: encodeBase32UpperCaseNoPadding(key) };
  });
