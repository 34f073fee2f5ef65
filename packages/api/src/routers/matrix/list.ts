import { z } from 'zod';
import { listMatrices, MatrixSummary } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

export const list = workspaceProcedure({ role: 'viewer', kinds: WORKSPACE_PARTY_KINDS })
  .output(z.array(MatrixSummary))
  .query(({ ctx }) => listMatrices(ctx.tx, ctx.workspace));
