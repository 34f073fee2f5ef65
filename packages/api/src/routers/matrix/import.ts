import { z } from 'zod';
import { MATRIX_FILE_FORMATS, parseMatrixFile } from '@bunkai/catalogs/matrix';
import { importMatrixSheets, MatrixImportOutcome } from '@bunkai/core';
import { actorOf } from '../../actor';
import { matrixProcedure } from './procedure';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

const MatrixFileInput = z.object({
  format: z.enum(MATRIX_FILE_FORMATS),
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .base64('ファイルの内容が読み取れません / The file content is not valid base64')
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'ファイルは10MBまでです / Files are limited to 10 MB'),
});

async function run(
  ctx: Parameters<Parameters<ReturnType<typeof matrixProcedure>['query']>[0]>[0]['ctx'],
  input: z.infer<typeof MatrixFileInput>,
  apply: boolean,
) {
  const parsed = await parseMatrixFile(input.format, Buffer.from(input.contentBase64, 'base64'));
  if (!parsed.ok) {
    return { ok: false, issues: parsed.issues, changes: [], unchanged: 0, applied: false };
  }
  return importMatrixSheets(ctx.tx, actorOf(ctx, ctx.user.id), ctx.matrix, parsed.value, apply);
}

/** Validates a 確認表 XLSX or CSV against the matrix and lists what it would change. */
export const importPreview = matrixProcedure('member')
  .input(MatrixFileInput)
  .output(MatrixImportOutcome)
  .mutation(({ ctx, input }) => run(ctx, input, false));

/** Writes the file's changes, only if the whole file is valid; agreed rows it changes reopen. */
export const importFile = matrixProcedure('member')
  .input(MatrixFileInput)
  .output(MatrixImportOutcome)
  .mutation(({ ctx, input }) => run(ctx, input, true));
