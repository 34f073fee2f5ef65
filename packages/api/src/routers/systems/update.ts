import { z } from 'zod';
import { MedicalSystem, SystemFields, updateSystem } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const update = organizationProcedure({ role: 'admin', kinds: ['hospital'] })
  .input(SystemFields.extend({ systemId: z.uuid() }))
  .output(MedicalSystem)
  .mutation(({ ctx, input: { systemId, ...fields } }) =>
    updateSystem(ctx.exec, ctx.organization.id, systemId, fields),
  );
