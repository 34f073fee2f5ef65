import { z } from 'zod';
import { createMatrix, CreateMatrixInput } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';

/** A new matrix for one of the workspace's systems, from a published catalog version. */
export const create = workspaceProcedure({ role: 'member', kinds: ['hospital', 'vendor'] })
  .input(CreateMatrixInput)
  .output(z.object({ matrixId: z.uuid(), rowCount: z.number() }))
  .mutation(({ ctx, input }) => createMatrix(ctx.exec, ctx.workspace, input));
