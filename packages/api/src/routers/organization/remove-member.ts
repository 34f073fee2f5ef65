import { z } from 'zod';
import { removeMember } from '@bunkai/core';
import { actorOf } from '../../actor';
import { organizationProcedure } from '../../trpc';

export const removeMemberProcedure = organizationProcedure({ role: 'admin' })
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ removed: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await removeMember(
      ctx.tx,
      actorOf(ctx, ctx.user.id),
      { organization: ctx.organization, role: ctx.membership.role },
      input.userId,
    );
    return { removed: true as const };
  });
