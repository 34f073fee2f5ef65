import { createHash } from 'node:crypto';
import { z } from 'zod';
import { asc, eq, schema, sql, type Tx } from '@bunkai/db';
import { EvidenceKind, MatrixOwnerSide, MatrixPhase } from '@bunkai/model/schemas';

// The content a signature covers and its hash: signing stores it, the matrix list and the
// snapshots compare it with the matrix as it is now.

/** What both sides sign: the agreed content of every row, without who-clicked-when. */
export const SnapshotRow = z.object({
  code: z.string(),
  ownerSide: MatrixOwnerSide.nullable(),
  phase: MatrixPhase.nullable(),
  hospitalDuty: z.string(),
  vendorDuty: z.string(),
  dueDate: z.string().nullable(),
  evidence: z.array(
    z.object({
      kind: EvidenceKind,
      title: z.string(),
      reference: z.string(),
      sha256: z.string().nullable(),
    }),
  ),
});
export type SnapshotRow = z.infer<typeof SnapshotRow>;

export const SnapshotContent = z.object({
  matrixId: z.uuid(),
  systemId: z.uuid(),
  catalogVersionId: z.uuid(),
  rows: z.array(SnapshotRow),
});
export type SnapshotContent = z.infer<typeof SnapshotContent>;

export async function snapshotContents(
  tx: Tx,
  matrixIds: string[],
): Promise<Map<string, SnapshotContent>> {
  const m = schema.matrixRow;
  const rows = await tx
    .select({
      matrixId: m.matrixId,
      systemId: schema.matrix.systemId,
      catalogVersionId: schema.matrix.catalogVersionId,
      code: m.requirementCode,
      ownerSide: m.ownerSide,
      phase: m.phase,
      hospitalDuty: m.hospitalDuty,
      vendorDuty: m.vendorDuty,
      dueDate: m.dueDate,
      evidence: sql<SnapshotRow['evidence']>`coalesce((
        select json_agg(json_build_object('kind', e.kind, 'title', e.title, 'reference', e.reference,
                                          'sha256', f.sha256) order by e.kind, e.title, e.reference)
        from ${schema.matrixRowEvidence} e left join ${schema.evidenceFile} f on f.id = e.file_id
        where e.row_id = ${m.id}), '[]'::json)`,
    })
    .from(m)
    .innerJoin(schema.matrix, eq(schema.matrix.id, m.matrixId))
    .where(sql`${m.matrixId} = any(${sql.param(matrixIds)}::uuid[])`)
    .orderBy(asc(m.requirementCode));
  const contents = new Map<string, SnapshotContent>();
  for (const { matrixId, systemId, catalogVersionId, ...row } of rows) {
    const content = contents.get(matrixId) ?? { matrixId, systemId, catalogVersionId, rows: [] };
    content.rows.push(row);
    contents.set(matrixId, content);
  }
  return contents;
}

export function contentHash(content: SnapshotContent): string {
  return createHash('sha256')
    .update(JSON.stringify(SnapshotContent.parse(content)))
    .digest('hex');
}

export async function currentContentHashes(
  tx: Tx,
  matrixIds: string[],
): Promise<Map<string, string>> {
  const contents = await snapshotContents(tx, matrixIds);
  return new Map([...contents].map(([id, content]) => [id, contentHash(content)]));
}
