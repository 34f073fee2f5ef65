import { z } from 'zod';
import { MatrixRowView, RowSelection, transitionMatrixRows } from '@bunkai/core';
import { RowTransition } from '@bunkai/model/schemas';
import { matrixProcedure } from './procedure';

/** Propose rows to the other side, or agree to the other side's proposal. */
export const transition = matrixProcedure('member')
  .input(z.object({ rows: RowSelection, action: RowTransition }))
  .output(z.array(MatrixRowView))
  .mutation(({ ctx, input }) =>
    transitionMatrixRows(ctx.exec, ctx.matrix, input.rows, input.action),
  );
