import { z } from 'zod';
import { readEvidenceFile } from '@bunkai/core';
import { matrixProcedure, MatrixFile } from './procedure';

/** An uploaded evidence document, downloaded as a file. */
export const evidenceFile = matrixProcedure('viewer')
  .input(z.object({ fileId: z.uuid() }))
  .output(MatrixFile)
  .query(async ({ ctx, input }) => {
    const file = await readEvidenceFile(ctx.tx, ctx.matrix, input.fileId);
    return {
      fileName: file.fileName,
      mimeType: file.mediaType,
      contentBase64: Buffer.from(file.content).toString('base64'),
    };
  });
