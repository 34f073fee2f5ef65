import { z } from 'zod';
import { readEvidenceFile } from '@bunkai/core';
import { DownloadFile, downloadFile } from '../../files';
import { matrixProcedure } from './procedure';

/** An uploaded evidence document, downloaded as a file. */
export const evidenceFile = matrixProcedure('viewer')
  .input(z.object({ fileId: z.uuid() }))
  .output(DownloadFile)
  .query(async ({ ctx, input }) => {
    const file = await readEvidenceFile(ctx.tx, ctx.matrix, input.fileId);
    return downloadFile(file.fileName, file.mediaType, file.content);
  });
