import { z } from 'zod';
import { Invitation, revokeInvitation } from '@bunkai/core';
import { actorOf } from '../../actor';
import { organizationProcedure } from '../../trpc';

export const revoke = organizationProcedure({ role: 'admin' })
  .input(z.object({ invitationId: z.uuid() }))
  .output(Invitation)
  .mutation(({ ctx, input }) =>
    revokeInvitation(ctx.tx, actorOf(ctx, ctx.user.id), ctx.organization.id, input.invitationId),
  );
