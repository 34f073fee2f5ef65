import { listRequirements, RequirementFilter, RequirementPage } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

/** A page of a version's requirements in document order; search and filters. */
export const requirements = organizationProcedure({ role: 'viewer' })
  .input(RequirementFilter)
  .output(RequirementPage)
  .query(({ ctx, input }) => listRequirements(ctx.tx, input));
