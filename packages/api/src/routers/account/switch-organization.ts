import { z } from 'zod';
import { setActiveOrganization } from '@bunkai/auth';
import { listMyOrganizations, notFound } from '@bunkai/core';
import { authedProcedure } from '../../trpc';

export const switchOrganization = authedProcedure
  .input(z.object({ organizationId: z.uuid() }))
  .output(z.object({ activeOrganizationId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const mine = await listMyOrganizations(ctx.tx, ctx.user.id);
    if (!mine.some((o) => o.id === input.organizationId)) {
      throw notFound({ ja: '組織', en: 'Organization' });
    }
    await setActiveOrganization(ctx.tx, ctx.session.id, input.organizationId);
    return { activeOrganizationId: input.organizationId };
  });
