import { z } from 'zod';
import { catalogTemplate } from '@bunkai/file-formats/catalog';
import { CatalogTemplateFormat } from '@bunkai/model/schemas';
import { authedProcedure } from '../../trpc';
import { DownloadFile, downloadFile } from '../../files';

/** The documented import layout with an example, to fill in. */
export const template = authedProcedure
  .input(z.object({ format: CatalogTemplateFormat }))
  .output(DownloadFile)
  .query(async ({ input }) => {
    const file = await catalogTemplate(input.format);
    return downloadFile(file.fileName, file.mimeType, file.content);
  });
