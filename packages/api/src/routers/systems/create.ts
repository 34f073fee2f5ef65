import { createSystem, MedicalSystem, SystemFields } from '@bunkai/core';
import { actorOf } from '../../actor';
import { organizationProcedure } from '../../trpc';

export const create = organizationProcedure({ role: 'admin', kinds: ['hospital'] })
  .input(SystemFields)
  .output(MedicalSystem)
  .mutation(({ ctx, input }) =>
    createSystem(ctx.tx, actorOf(ctx, ctx.user.id), ctx.organization.id, input),
  );
