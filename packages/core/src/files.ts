import { z } from 'zod';
import { MAX_FILE_BYTES } from '@bunkai/model';

export const FileContentBase64 = z
  .base64('ファイルの内容が読み取れません / The file content is not valid base64')
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'ファイルは10MBまでです / Files are limited to 10 MB');
