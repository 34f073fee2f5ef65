import { z } from 'zod';
import { invalidateUserSessions } from '@bunkai/auth';
import { recordAccountAudit } from '@bunkai/core';
import { authedProcedure } from '../../trpc';

/** "Sign out everywhere else": every session but this one ends. */
export const signOutOthers = authedProcedure
  .input(z.void())
  .output(z.object({ signedOut: z.literal(true) }))
  .mutation(async ({ ctx }) => {
    await invalidateUserSessions(ctx.tx, ctx.user.id, { except: ctx.session.id });
    await recordAccountAudit(ctx.exec, 'account.sign_out_others');
    return { signedOut: true as const };
  });
