import { Organization, OrganizationSettings, updateOrganizationSettings } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const updateSettings = organizationProcedure({ role: 'owner' })
  .input(OrganizationSettings)
  .output(Organization)
  .mutation(({ ctx, input }) => updateOrganizationSettings(ctx.exec, ctx.organization, input));
