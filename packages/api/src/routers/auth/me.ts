import { z } from 'zod';
import { publicProcedure, readSession } from '../../trpc';
import { SessionState } from './schemas';

/** The signed-in user, or null: the web app's guard. */
export const me = publicProcedure
  .input(z.void())
  .output(SessionState.nullable())
  .query(async ({ ctx }) => {
    const current = await readSession(ctx);
    if (!current) return null;
    return {
      user: current.user,
      mfaPending: current.user.mfaEnabled && !current.session.mfaVerifiedAt,
      activeOrganizationId: current.session.activeOrganizationId,
    };
  });
