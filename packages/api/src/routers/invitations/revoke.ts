import { z } from 'zod';
import { Invitation, revokeInvitation } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const revoke = organizationProcedure({ role: 'admin' })
  .input(z.object({ invitationId: z.uuid() }))
  .output(Invitation)
  .mutation(({ ctx, input }) =>
    revokeInvitation(ctx.exec, ctx.organization.id, input.invitationId),
  );
