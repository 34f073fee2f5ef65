import { z } from 'zod';
import { getRequirement, RequirementDetail } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

/** One requirement with its counterparts in earlier and later versions. */
export const requirement = organizationProcedure({ role: 'viewer' })
  .input(z.object({ versionId: z.uuid(), code: z.string().min(1).max(64) }))
  .output(RequirementDetail)
  .query(({ ctx, input }) => getRequirement(ctx.tx, input.versionId, input.code));
