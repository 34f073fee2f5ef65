import { z } from 'zod';
import { parseMatrixFile } from '@bunkai/file-formats/matrix';
import { MatrixFileFormat } from '@bunkai/model/schemas';
import { FileContentBase64, importMatrixSheets, MatrixImportOutcome } from '@bunkai/core';
import { matrixProcedure } from './procedure';

const MatrixFileInput = z.object({
  format: MatrixFileFormat,
  fileName: z.string().trim().min(1).max(255),
  contentBase64: FileContentBase64,
});

/** Preview (`apply` false) or import: the whole file is validated before anything is written. */
function importProcedure(apply: boolean) {
  return matrixProcedure('member')
    .meta({ upload: true })
    .input(MatrixFileInput)
    .output(MatrixImportOutcome)
    .mutation(async ({ ctx, input }) => {
      const parsed = await parseMatrixFile(
        input.format,
        Buffer.from(input.contentBase64, 'base64'),
      );
      if (!parsed.ok) {
        return { ok: false, issues: parsed.issues, changes: [], unchanged: 0, applied: false };
      }
      return importMatrixSheets(ctx.exec, ctx.matrix, parsed.value, apply);
    });
}

/** Validates a 確認表 XLSX or CSV against the matrix and lists what it would change. */
export const importPreview = importProcedure(false);

/** Writes the file's changes, only if the whole file is valid; agreed rows it changes reopen. */
export const importFile = importProcedure(true);
