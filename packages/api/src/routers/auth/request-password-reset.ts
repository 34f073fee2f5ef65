import { z } from 'zod';
import { createPasswordResetToken, findUserByEmail } from '@bunkai/auth';
import { passwordResetMail } from '@bunkai/mail';
import { appLink } from '../../app-link';
import { publicProcedure } from '../../trpc';

/** Always answers the same, so it does not tell whether an address is registered. */
export const requestPasswordReset = publicProcedure
  .input(z.object({ email: z.string().trim().max(254) }))
  .output(z.object({ requested: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const user = await findUserByEmail(ctx.tx, input.email);
    if (user && !user.disabledAt) {
      const now = ctx.now();
      const token = await createPasswordResetToken(ctx.tx, user.id, now);
      const mail = passwordResetMail({
        locale: user.locale === 'en' ? 'en' : 'ja',
        resetUrl: appLink(ctx, '/reset-password', { token }),
        expiresAt: new Date(now.getTime() + 30 * 60 * 1000),
      });
      ctx.queueMail({ to: user.email, ...mail });
    }
    return { requested: true as const };
  });
