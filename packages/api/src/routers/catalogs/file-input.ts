import { z } from 'zod';
import { CATALOG_FILE_FORMATS, parseCatalogFile } from '@bunkai/catalogs';
import { FileContentBase64 } from '@bunkai/core';

export const CatalogFileInput = z.object({
  format: z.enum(CATALOG_FILE_FORMATS),
  fileName: z.string().trim().min(1).max(255),
  contentBase64: FileContentBase64,
  csvMeta: z
    .object({
      catalogCode: z.string().trim().max(64),
      catalogTitleJa: z.string().trim().max(300),
      catalogTitleEn: z.string().trim().max(300),
      versionLabel: z.string().trim().max(40),
    })
    .optional(),
});
export type CatalogFileInput = z.infer<typeof CatalogFileInput>;

export const ImportIssue = z.object({
  row: z.number().nullable(),
  column: z.string().nullable(),
  messages: z.object({ ja: z.string(), en: z.string() }),
});

/** The whole file, validated before anything is written. */
export function parseUpload(input: CatalogFileInput) {
  return parseCatalogFile(input.format, Buffer.from(input.contentBase64, 'base64'), input.csvMeta);
}
