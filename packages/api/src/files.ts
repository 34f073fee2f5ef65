import { z } from 'zod';

/** Uploads and downloads travel as base64 inside JSON (mutations must be JSON, ADR-009). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const FileContentBase64 = z
  .base64('ファイルの内容が読み取れません / The file content is not valid base64')
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'ファイルは10MBまでです / Files are limited to 10 MB');

/** A file for the browser to save. */
export const DownloadFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
});

export function downloadFile(
  fileName: string,
  mimeType: string,
  content: Uint8Array | string,
): z.infer<typeof DownloadFile> {
  return { fileName, mimeType, contentBase64: Buffer.from(content).toString('base64') };
}
