import { z } from 'zod';
import { invalidateSession } from '@bunkai/auth';
import { clearSessionCookie } from '../../session-cookie';
import { publicProcedure, readSession } from '../../trpc';

/** Ends this session (a missing or expired one is fine: the cookie is cleared either way). */
export const signOut = publicProcedure
  .input(z.void())
  .output(z.object({ signedOut: z.literal(true) }))
  .mutation(async ({ ctx }) => {
    const current = await readSession(ctx);
    if (current) await invalidateSession(ctx.tx, current.session.id);
    clearSessionCookie(ctx);
    return { signedOut: true as const };
  });
