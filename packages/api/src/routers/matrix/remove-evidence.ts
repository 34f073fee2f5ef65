import { z } from 'zod';
import { removeEvidence, RemoveEvidenceInput } from '@bunkai/core';
import { actorOf } from '../../actor';
import { matrixProcedure } from './procedure';

export const removeEvidenceFromRow = matrixProcedure('member')
  .input(RemoveEvidenceInput)
  .output(z.void())
  .mutation(({ ctx, input }) =>
    removeEvidence(ctx.tx, actorOf(ctx, ctx.user.id), ctx.matrix, input),
  );
