import { z } from 'zod';
import { EvidenceView, listEvidence, listRowActivity, RowActivity } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/** One row's history, comments and evidence, for the row panel. */
export const row = matrixProcedure('viewer')
  .input(z.object({ rowId: z.uuid() }))
  .output(z.object({ activity: z.array(RowActivity), evidence: z.array(EvidenceView) }))
  .query(async ({ ctx, input }) => ({
    activity: await listRowActivity(ctx.tx, ctx.matrix, input.rowId),
    evidence: await listEvidence(ctx.tx, ctx.matrix, input.rowId),
  }));
