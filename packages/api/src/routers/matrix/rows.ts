import { z } from 'zod';
import { listMatrixRows, MatrixRowView } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/** Every row, for the grid (which filters and virtualizes on the client). */
export const rows = matrixProcedure('viewer')
  .output(z.array(MatrixRowView))
  .query(({ ctx }) => listMatrixRows(ctx.tx, ctx.matrix));
