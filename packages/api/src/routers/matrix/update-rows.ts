import { z } from 'zod';
import { MatrixRowChanges, MatrixRowView, RowSelection, updateMatrixRows } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/**
 * Inline edit (one row) or bulk edit (many rows, same changes). A row changed by someone else
 * since the caller loaded it is a CONFLICT and nothing is written.
 */
export const updateRows = matrixProcedure('member')
  .input(z.object({ rows: RowSelection, changes: MatrixRowChanges }))
  .output(z.array(MatrixRowView))
  .mutation(({ ctx, input }) => updateMatrixRows(ctx.exec, ctx.matrix, input.rows, input.changes));
