import { z } from 'zod';
import { listSystems, MedicalSystem } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const list = organizationProcedure({ role: 'viewer', kinds: ['hospital'] })
  .input(z.void())
  .output(z.array(MedicalSystem))
  .query(({ ctx }) => listSystems(ctx.tx, ctx.organization.id));
