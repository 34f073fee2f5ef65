import { z } from 'zod';
import { compareSnapshot, SnapshotComparison } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/** What changed since a signed snapshot. */
export const compareWithSnapshot = matrixProcedure('viewer')
  .input(z.object({ snapshotId: z.uuid() }))
  .output(SnapshotComparison)
  .query(({ ctx, input }) => compareSnapshot(ctx.tx, ctx.matrix, input.snapshotId));
