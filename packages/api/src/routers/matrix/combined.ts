import { z } from 'zod';
import { CombinedSystemView, combinedSystemView } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

/** The hospital's view of one system across all its vendors' matrices: gaps and overlaps. */
export const combined = organizationProcedure({ role: 'viewer', kinds: ['hospital'] })
  .input(z.object({ systemId: z.uuid() }))
  .output(CombinedSystemView)
  .query(({ ctx, input }) => combinedSystemView(ctx.tx, ctx.organization.id, input.systemId));
