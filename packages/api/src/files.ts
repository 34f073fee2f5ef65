import { z } from 'zod';

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
