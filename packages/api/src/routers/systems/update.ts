import { z } from 'zod';
import { MedicalSystem, SystemFields, updateSystem } from '@bunkai/core';
import { actorOf } from '../../actor';
import { organizationProcedure } from '../../trpc';

export const update = organizationProcedure({ role: 'admin', kinds: ['hospital'] })
  .input(SystemFields.extend({ systemId: z.uuid() }))
  .output(MedicalSystem)
  .mutation(({ ctx, input: { systemId, ...fields } }) =>
    updateSystem(ctx.tx, actorOf(ctx, ctx.user.id), ctx.organization.id, systemId, fields),
  );
