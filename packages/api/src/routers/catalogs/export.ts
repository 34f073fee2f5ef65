import { z } from 'zod';
import { renderCatalogFile } from '@bunkai/file-formats/catalog';
import { CatalogFileFormat } from '@bunkai/model/schemas';
import { exportCatalogVersion } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';
import { DownloadFile, downloadFile } from '../../files';

/** A version as XLSX, CSV, JSON or OSCAL catalog JSON. */
export const exportVersion = organizationProcedure({ role: 'viewer' })
  .input(z.object({ versionId: z.uuid(), format: CatalogFileFormat }))
  .output(DownloadFile)
  .query(async ({ ctx, input }) => {
    const file = await renderCatalogFile(
      input.format,
      await exportCatalogVersion(ctx.tx, input.versionId),
    );
    return downloadFile(file.fileName, file.mimeType, file.content);
  });
