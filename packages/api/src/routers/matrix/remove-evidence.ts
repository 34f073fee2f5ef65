import { z } from 'zod';
import { removeEvidence, RemoveEvidenceInput } from '@bunkai/core';
import { matrixProcedure } from './procedure';

export const removeEvidenceFromRow = matrixProcedure('member')
  .input(RemoveEvidenceInput)
  .output(z.void())
  .mutation(({ ctx, input }) => removeEvidence(ctx.exec, ctx.matrix, input));
