import { z } from 'zod';
import { listSnapshots, SnapshotView } from '@bunkai/core';
import { matrixProcedure } from './procedure';

export const snapshots = matrixProcedure('viewer')
  .output(z.array(SnapshotView))
  .query(({ ctx }) => listSnapshots(ctx.tx, ctx.matrix));
