import { z } from 'zod';
import { listParticipants, Participant } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';

/** The people of both parties, for mentions. */
export const participants = workspaceProcedure({ role: 'viewer', kinds: ['hospital', 'vendor'] })
  .output(z.array(Participant))
  .query(async ({ ctx }) =>
    (await listParticipants(ctx.tx, ctx)).map(({ userId, name, side }) => ({ userId, name, side })),
  );
