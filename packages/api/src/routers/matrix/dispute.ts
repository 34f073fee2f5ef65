import { z } from 'zod';
import { DisputeComment, disputeMatrixRow, MatrixRowView, RowRevision } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/** Disputes the other side's proposal (or an agreed row), with the reason as a comment. */
export const dispute = matrixProcedure('member')
  .input(z.object({ row: RowRevision, comment: DisputeComment }))
  .output(MatrixRowView)
  .mutation(({ ctx, input }) => disputeMatrixRow(ctx.exec, ctx.matrix, input.row, input.comment));
