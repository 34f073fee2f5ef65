import { z } from 'zod';
import { CATALOG_FILE_FORMATS, parseCatalogFile } from '@bunkai/catalogs';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const CatalogFileInput = z.object({
  format: z.enum(CATALOG_FILE_FORMATS),
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .base64('ファイルの内容が読み取れません / The file content is not valid base64')
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'ファイルは10MBまでです / Files are limited to 10 MB'),
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

export const CatalogFileOutput = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
});
