import { getMatrix, MatrixSummary } from '@bunkai/core';
import { matrixProcedure } from './procedure';

export const get = matrixProcedure('viewer')
  .output(MatrixSummary)
  .query(({ ctx }) => getMatrix(ctx.tx, ctx.workspace, ctx.matrix.id));
