import { signMatrix, SnapshotView } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/** Signs the fully agreed matrix for the caller's organization (admins and owners). */
export const sign = matrixProcedure('admin')
  .output(SnapshotView)
  .mutation(({ ctx }) => signMatrix(ctx.exec, ctx.matrix));
