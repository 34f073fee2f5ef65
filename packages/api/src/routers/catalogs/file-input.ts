import { z } from 'zod';
import { type CatalogFileParser, type ImportResult } from '@bunkai/file-formats/catalog';
import type { CatalogVersionDoc } from '@bunkai/guidelines';
import { FileContentBase64, type ImportOptions } from '@bunkai/core';
import { CatalogFileFormat } from '@bunkai/model/schemas';

export const CatalogFileInput = z.object({
  format: CatalogFileFormat,
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

/**
 * The whole file, validated before anything is written, as the importer takes it: always a draft
 * (publishing is a separate, deliberate step), so the file's status is not compared either. A CSV
 * cannot carry the version's details: those of the stored version of its label are kept.
 */
export async function parseUpload(
  parseCatalogFile: CatalogFileParser,
  input: CatalogFileInput,
): Promise<ImportResult<{ doc: CatalogVersionDoc; options: ImportOptions }>> {
  const parsed = await parseCatalogFile(
    input.format,
    Buffer.from(input.contentBase64, 'base64'),
    input.csvMeta,
  );
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      doc: { ...parsed.value, version: { ...parsed.value.version, status: 'draft' } },
      options: { versionDetails: input.format === 'csv' ? 'stored' : 'file' },
    },
  };
}
