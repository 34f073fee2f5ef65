import { signMatrix, SnapshotView } from '@bunkai/core';
import { actorOf } from '../../actor';
import { matrixProcedure } from './procedure';

/** Signs the fully agreed matrix for the caller's organization (admins and owners). */
export const sign = matrixProcedure('admin')
  .output(SnapshotView)
  .mutation(({ ctx }) => signMatrix(ctx.tx, actorOf(ctx, ctx.user.id), ctx.matrix));
