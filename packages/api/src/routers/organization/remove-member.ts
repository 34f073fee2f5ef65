import { z } from 'zod';
import { removeMember } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const removeMemberProcedure = organizationProcedure({ role: 'admin' })
  .input(z.object({ userId: z.uuid() }))
  .output(z.object({ removed: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await removeMember(
      ctx.exec,
      { organization: ctx.organization, role: ctx.membership.role },
      input.userId,
    );
    return { removed: true as const };
  });
