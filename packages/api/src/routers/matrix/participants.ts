import { z } from 'zod';
import { listParticipants, Participant } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

/** The people of both parties, for mentions. */
export const participants = workspaceProcedure({ role: 'viewer', kinds: WORKSPACE_PARTY_KINDS })
  .output(z.array(Participant))
  .query(async ({ ctx }) =>
    (await listParticipants(ctx.tx, ctx)).map(({ userId, name, side }) => ({ userId, name, side })),
  );
