import { Organization, OrganizationSettings, updateOrganizationSettings } from '@bunkai/core';
import { actorOf } from '../../actor';
import { organizationProcedure } from '../../trpc';

export const updateSettings = organizationProcedure({ role: 'owner' })
  .input(OrganizationSettings)
  .output(Organization)
  .mutation(({ ctx, input }) =>
    updateOrganizationSettings(ctx.tx, actorOf(ctx, ctx.user.id), ctx.organization, input),
  );
