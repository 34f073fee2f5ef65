import { z } from 'zod';
import { listMatrices, MatrixSummary } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';

export const list = workspaceProcedure({ role: 'viewer', kinds: ['hospital', 'vendor'] })
  .output(z.array(MatrixSummary))
  .query(({ ctx }) => listMatrices(ctx.tx, ctx.workspace));
