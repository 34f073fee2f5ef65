import { addEvidence, EvidenceInput, EvidenceView } from '@bunkai/core';
import { matrixProcedure } from './procedure';

/** Attaches a clause, a link, a disclosure answer or an uploaded document to a row. */
export const addEvidenceToRow = matrixProcedure('member')
  .meta({ upload: true })
  .input(EvidenceInput)
  .output(EvidenceView)
  .mutation(({ ctx, input }) => addEvidence(ctx.exec, ctx.matrix, input));
