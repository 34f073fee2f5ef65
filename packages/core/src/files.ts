import { z } from 'zod';

/** Uploads travel as base64 inside JSON (mutations must be JSON, ADR-009), 10 MB at most. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const FileContentBase64 = z
  .base64('ファイルの内容が読み取れません / The file content is not valid base64')
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'ファイルは10MBまでです / Files are limited to 10 MB');
