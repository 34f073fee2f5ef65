import { z } from 'zod';
import { listUserSessions } from '@bunkai/auth';
import { authedProcedure } from '../../trpc';

/** The caller's sessions; `current` marks this one. Ids are hashes, safe to show. */
export const sessions = authedProcedure
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        current: z.boolean(),
        createdAt: z.date(),
        lastSeenAt: z.date(),
        ipAddress: z.string().nullable(),
        userAgent: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) =>
    (await listUserSessions(ctx.tx, ctx.user.id)).map((s) => ({
      ...s,
      current: s.id === ctx.session.id,
    })),
  );
