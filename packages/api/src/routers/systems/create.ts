import { createSystem, MedicalSystem, SystemFields } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const create = organizationProcedure({ role: 'admin', kinds: ['hospital'] })
  .input(SystemFields)
  .output(MedicalSystem)
  .mutation(({ ctx, input }) => createSystem(ctx.exec, ctx.organization.id, input));
