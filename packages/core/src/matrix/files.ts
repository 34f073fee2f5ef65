import { z } from 'zod';
import { renderCatalogFile } from '@bunkai/file-formats/catalog';
import type {
  ImportIssue,
  MatrixFileDoc,
  MatrixImportSheet,
  SspCatalogFile,
} from '@bunkai/file-formats/matrix';
import { and, asc, eq, inArray, schema, sql, type Tx, type ExecutionContext } from '@bunkai/db';
import { exportCatalogVersion } from '../catalogs/versions';
import { notFound } from '../errors';
import type { WorkspaceAccess } from '../workspaces/workspaces';
import { listMatrices, type MatrixAccess } from './matrices';
import { fieldChanges } from '@bunkai/model';
import { FieldChange, type MatrixRowChanges } from './model';
import { applyRowChanges, listMatrixRows, type StoredRow } from './rows';

/**
 * One matrix of the workspace (`only`), or all of them, in the format-neutral file shape. One
 * query for the summaries and one for all evidence; the rows are read per matrix.
 */
export async function matrixFileDocs(
  tx: Tx,
  workspace: WorkspaceAccess,
  now: Date,
  only?: string,
): Promise<MatrixFileDoc[]> {
  const summaries = await listMatrices(tx, workspace, only);
  if (only && summaries.length === 0) throw notFound({ ja: '責任分界表', en: 'Matrix' });
  const evidence =
    summaries.length === 0
      ? []
      : await tx
          .select({
            rowId: schema.matrixRowEvidence.rowId,
            kind: schema.matrixRowEvidence.kind,
            title: schema.matrixRowEvidence.title,
            reference: schema.matrixRowEvidence.reference,
          })
          .from(schema.matrixRowEvidence)
          .innerJoin(schema.matrixRow, eq(schema.matrixRow.id, schema.matrixRowEvidence.rowId))
          .where(
            inArray(
              schema.matrixRow.matrixId,
              summaries.map((m) => m.id),
            ),
          )
          .orderBy(asc(schema.matrixRowEvidence.createdAt));
  const evidenceByRow = new Map<string, MatrixFileDoc['rows'][number]['evidence']>();
  for (const { rowId, ...item } of evidence) {
    evidenceByRow.set(rowId, [...(evidenceByRow.get(rowId) ?? []), item]);
  }
  const docs: MatrixFileDoc[] = [];
  for (const summary of summaries) {
    const rows = await listMatrixRows(tx, {
      id: summary.id,
      workspace,
      systemId: summary.system.id,
      catalogVersionId: summary.catalog.versionId,
    });
    docs.push({
      hospitalName: summary.hospital.name,
      vendorName: summary.vendor.name,
      systemName: summary.system.name,
      serviceType: summary.system.serviceType,
      catalogCode: summary.catalog.code,
      catalogTitleJa: summary.catalog.titleJa,
      catalogTitleEn: summary.catalog.titleEn,
      versionLabel: summary.catalog.label,
      exportedAt: now.toISOString(),
      rows: rows.map((row) => ({
        code: row.code,
        chapterCode: row.chapterCode,
        chapterTitleJa: row.chapterTitleJa,
        titleJa: row.titleJa,
        titleEn: row.titleEn,
        textJa: row.textJa,
        textEn: row.textEn,
        unconfirmed: row.unconfirmed,
        ownerSide: row.ownerSide,
        phase: row.phase,
        hospitalDuty: row.hospitalDuty,
        vendorDuty: row.vendorDuty,
        dueDate: row.dueDate,
        status: row.status,
        hospitalConfirmation: row.hospitalConfirmation && {
          by: row.hospitalConfirmation.name,
          at: row.hospitalConfirmation.at.toISOString(),
        },
        vendorConfirmation: row.vendorConfirmation && {
          by: row.vendorConfirmation.name,
          at: row.vendorConfirmation.at.toISOString(),
        },
        evidence: evidenceByRow.get(row.id) ?? [],
      })),
    });
  }
  return docs;
}

/** What a matrix's OSCAL SSP is written against, besides its rows. */
export interface MatrixSspSources {
  /**
   * The OSCAL export of the matrix's catalog version, exactly as the catalog export writes it: the
   * SSP reads control and statement ids and parameter values from it and embeds it as the
   * resolved profile it imports.
   */
  catalogFile: SspCatalogFile;
  /** When the matrix last changed (its newest row change, else its creation). */
  lastModified: Date;
}

export async function matrixSspSources(
  tx: Tx,
  workspace: WorkspaceAccess,
  matrixId: string,
): Promise<MatrixSspSources> {
  const m = schema.matrix;
  const row = schema.matrixRow;
  const [matrix] = await tx
    .select({
      versionId: m.catalogVersionId,
      lastModified:
        sql`greatest(${m.createdAt}, (select max(${row.updatedAt}) from ${row} where ${row.matrixId} = ${m.id}))`.mapWith(
          m.createdAt,
        ),
    })
    .from(m)
    .where(and(eq(m.id, matrixId), eq(m.workspaceId, workspace.id)));
  if (!matrix) throw notFound({ ja: '責任分界表', en: 'Matrix' });
  const catalogFile = await renderCatalogFile(
    'oscal',
    await exportCatalogVersion(tx, matrix.versionId),
  );
  return { catalogFile, lastModified: matrix.lastModified };
}

export const ImportChange = z.object({
  row: z.number(),
  code: z.string(),
  fields: z.record(z.string(), FieldChange),
  /** The row was agreed: the import reopens it. */
  reopens: z.boolean(),
});

export const MatrixImportOutcome = z.object({
  ok: z.boolean(),
  issues: z.array(
    z.object({
      row: z.number().nullable(),
      column: z.string().nullable(),
      messages: z.object({ ja: z.string(), en: z.string() }),
    }),
  ),
  changes: z.array(ImportChange),
  unchanged: z.number(),
  applied: z.boolean(),
});
export type MatrixImportOutcome = z.infer<typeof MatrixImportOutcome>;

function issue(row: number | null, column: string | null, ja: string, en: string): ImportIssue {
  return { row, column, messages: { ja, en } };
}

/**
 * Checks a parsed file against the matrix and, when `apply` and nothing is wrong, writes the
 * changes. The file's sheet for this system is used (or its only sheet); every code must be a
 * row of the matrix. Nothing is written unless the whole file is valid.
 */
export async function importMatrixSheets(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  sheets: MatrixImportSheet[],
  apply: boolean,
): Promise<MatrixImportOutcome> {
  const { tx } = exec;
  const [system] = await tx
    .select({ name: schema.medicalSystem.name })
    .from(schema.medicalSystem)
    .where(eq(schema.medicalSystem.id, matrix.systemId));
  const sheet = sheets.length === 1 ? sheets[0] : sheets.find((s) => s.systemName === system?.name);
  const refuse = (issues: ImportIssue[]): MatrixImportOutcome => ({
    ok: false,
    issues,
    changes: [],
    unchanged: 0,
    applied: false,
  });
  if (!sheet) {
    return refuse([
      issue(
        null,
        null,
        `ファイルに「${system?.name ?? ''}」のシートがありません`,
        `The file has no sheet for "${system?.name ?? ''}"`,
      ),
    ]);
  }
  const stored = await tx
    .select()
    .from(schema.matrixRow)
    .where(eq(schema.matrixRow.matrixId, matrix.id))
    .for('update');
  const byCode = new Map(stored.map((row) => [row.requirementCode, row]));
  const issues = sheet.rows
    .filter((row) => !byCode.has(row.code))
    .map((row) =>
      issue(
        row.row,
        '項番',
        `項番 ${row.code} はこの責任分界表にありません`,
        `Code ${row.code} is not a row of this matrix`,
      ),
    );
  if (issues.length > 0) return refuse(issues);
  const planned: { row: StoredRow; changes: MatrixRowChanges }[] = [];
  const changes: z.infer<typeof ImportChange>[] = [];
  for (const imported of sheet.rows) {
    const row = byCode.get(imported.code);
    if (!row) continue;
    const fields = fieldChanges(row, imported);
    if (Object.keys(fields).length === 0) continue;
    changes.push({
      row: imported.row,
      code: imported.code,
      fields,
      reopens: row.status === 'agreed',
    });
    planned.push({ row, changes: imported });
  }
  if (apply && planned.length > 0) {
    await applyRowChanges(exec, matrix, planned, 'imported');
  }
  return {
    ok: true,
    issues: [],
    changes,
    unchanged: sheet.rows.length - changes.length,
    applied: apply && planned.length > 0,
  };
}
