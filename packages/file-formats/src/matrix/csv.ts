import { csvText, escapeFormula } from '../catalog/csv';
import { matrixRowCells } from './cells';
import { MATRIX_COLUMNS, SYSTEM_COLUMN } from './columns';
import type { MatrixFileDoc } from './model';

/**
 * Every matrix in one CSV: the 確認表 columns after a `システム` column naming each row's system.
 * UTF-8 with a BOM and CRLF, so Excel in Japan opens it as it is; cells Excel would run as
 * formulas get a leading `'`, which `parseMatrixFile` takes off again.
 */
export function renderMatrixCsv(docs: MatrixFileDoc[]): Uint8Array {
  const header = [SYSTEM_COLUMN.ja, ...MATRIX_COLUMNS.map((c) => c.ja)];
  const records = docs.flatMap((doc) =>
    doc.rows.map((row) => {
      const cells = matrixRowCells(row);
      return [doc.systemName, ...MATRIX_COLUMNS.map((c) => cells[c.name])].map(escapeFormula);
    }),
  );
  return new TextEncoder().encode(csvText([header, ...records]));
}
