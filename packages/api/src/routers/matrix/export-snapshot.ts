import { z } from 'zod';
import { exportSnapshot } from '@bunkai/core';
import { matrixProcedure, MatrixFile } from './procedure';

/** The signed snapshot as a JSON file (content, hash and both signatures). */
export const exportSnapshotFile = matrixProcedure('viewer')
  .input(z.object({ snapshotId: z.uuid() }))
  .output(MatrixFile)
  .query(async ({ ctx, input }) => {
    const doc = await exportSnapshot(ctx.tx, ctx.matrix, input.snapshotId);
    return {
      fileName: `matrix-snapshot-${doc.contentHash.slice(0, 12)}.json`,
      mimeType: 'application/json',
      contentBase64: Buffer.from(JSON.stringify(doc, null, 2)).toString('base64'),
    };
  });
