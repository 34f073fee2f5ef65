import { z } from 'zod';
import { diffVersions, VersionDiff } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const diff = organizationProcedure({ role: 'viewer' })
  .input(z.object({ fromVersionId: z.uuid(), toVersionId: z.uuid() }))
  .output(VersionDiff)
  .query(({ ctx, input }) => diffVersions(ctx.tx, input.fromVersionId, input.toVersionId));
