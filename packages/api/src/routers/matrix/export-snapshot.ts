import { z } from 'zod';
import { exportSnapshot } from '@bunkai/core';
import { DownloadFile, downloadFile } from '../../files';
import { matrixProcedure } from './procedure';

/** The signed snapshot as a JSON file (content, hash and both signatures). */
export const exportSnapshotFile = matrixProcedure('viewer')
  .input(z.object({ snapshotId: z.uuid() }))
  .output(DownloadFile)
  .query(async ({ ctx, input }) => {
    const doc = await exportSnapshot(ctx.tx, ctx.matrix, input.snapshotId);
    return downloadFile(
      `matrix-snapshot-${doc.contentHash.slice(0, 12)}.json`,
      'application/json',
      JSON.stringify(doc, null, 2),
    );
  });
