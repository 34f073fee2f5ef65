import { z } from 'zod';
import { createMatrix, CreateMatrixInput } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

/** A new matrix for one of the workspace's systems, from a published catalog version. */
export const create = workspaceProcedure({ role: 'member', kinds: WORKSPACE_PARTY_KINDS })
  .input(CreateMatrixInput)
  .output(z.object({ matrixId: z.uuid(), rowCount: z.number() }))
  .mutation(({ ctx, input }) => createMatrix(ctx.exec, ctx.workspace, input));
