import { z } from 'zod';
import {
  alias,
  and,
  desc,
  eq,
  schema,
  sql,
  type Tx,
  type ExecutionContext,
  type PersonPrincipal,
} from '@bunkai/db';
import { DomainError, notFound } from '../errors';
import {
  SnapshotContent,
  contentHash,
  currentContentHashes,
  snapshotContents,
  type SnapshotRow,
} from './content';
import { type MatrixAccess, recordMatrixAudit } from './matrices';
import { FieldChange, SignatureView } from './model';

const SNAPSHOT = { ja: '署名済みの版', en: 'Snapshot' };

export const SnapshotView = z.object({
  id: z.uuid(),
  contentHash: z.string(),
  rowCount: z.number(),
  hospital: SignatureView.nullable(),
  vendor: SignatureView.nullable(),
  /** Signed by both sides. */
  complete: z.boolean(),
  /** The matrix still has exactly this content. */
  current: z.boolean(),
  createdAt: z.date(),
});
export type SnapshotView = z.infer<typeof SnapshotView>;

const hospitalSigner = alias(schema.appUser, 'hospital_signer');
const vendorSigner = alias(schema.appUser, 'vendor_signer');

export async function listSnapshots(
  tx: Tx,
  matrix: MatrixAccess,
  only?: string,
): Promise<SnapshotView[]> {
  const s = schema.matrixSnapshot;
  const rows = await tx
    .select({
      id: s.id,
      contentHash: s.contentHash,
      rowCount: s.rowCount,
      hospitalName: hospitalSigner.displayName,
      hospitalAt: s.hospitalSignedAt,
      vendorName: vendorSigner.displayName,
      vendorAt: s.vendorSignedAt,
      createdAt: s.createdAt,
    })
    .from(s)
    .leftJoin(hospitalSigner, eq(hospitalSigner.id, s.hospitalSignedBy))
    .leftJoin(vendorSigner, eq(vendorSigner.id, s.vendorSignedBy))
    .where(and(eq(s.matrixId, matrix.id), only ? eq(s.id, only) : undefined))
    .orderBy(desc(s.createdAt));
  const current = (await currentContentHashes(tx, [matrix.id])).get(matrix.id);
  return rows.map((row) => {
    const hospital =
      row.hospitalAt && row.hospitalName ? { name: row.hospitalName, at: row.hospitalAt } : null;
    const vendor =
      row.vendorAt && row.vendorName ? { name: row.vendorName, at: row.vendorAt } : null;
    return {
      id: row.id,
      contentHash: row.contentHash,
      rowCount: row.rowCount,
      hospital,
      vendor,
      complete: hospital !== null && vendor !== null,
      current: row.contentHash === current,
      createdAt: row.createdAt,
    };
  });
}

/**
 * Signs the matrix as it is now for the caller's side. Every row must be agreed. The first side
 * creates the snapshot (content and hash); the other side's signature completes it, but only
 * while the matrix still has that content — a change in between needs a new snapshot.
 */
export async function signMatrix(
  exec: ExecutionContext<PersonPrincipal>,
  matrix: MatrixAccess,
): Promise<SnapshotView> {
  const { tx, actor } = exec;
  const [open] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(schema.matrixRow)
    .where(
      and(eq(schema.matrixRow.matrixId, matrix.id), sql`${schema.matrixRow.status} <> 'agreed'`),
    );
  const content = (await snapshotContents(tx, [matrix.id])).get(matrix.id);
  if (!content || (open?.count ?? 0) > 0) {
    throw new DomainError('BAD_REQUEST', 'matrix_not_agreed', {
      ja: `すべての行が合意済みになってから署名できます（未合意 ${String(open?.count ?? 0)} 行）`,
      en: `Every row must be agreed before signing (${String(open?.count ?? 0)} not agreed)`,
    });
  }
  const hash = contentHash(content);
  const side = matrix.workspace.side;
  const signature =
    side === 'hospital'
      ? { hospitalSignedBy: actor.userId, hospitalSignedAt: actor.now }
      : { vendorSignedBy: actor.userId, vendorSignedAt: actor.now };
  const s = schema.matrixSnapshot;
  const [existing] = await tx
    .select({ id: s.id, hospitalSignedAt: s.hospitalSignedAt, vendorSignedAt: s.vendorSignedAt })
    .from(s)
    .where(and(eq(s.matrixId, matrix.id), eq(s.contentHash, hash)))
    .for('update');
  let snapshotId: string;
  if (existing) {
    if ((side === 'hospital' ? existing.hospitalSignedAt : existing.vendorSignedAt) !== null) {
      throw new DomainError('CONFLICT', 'already_signed', {
        ja: 'この内容には既に署名しています',
        en: 'Your side has already signed this content',
      });
    }
    await tx.update(s).set(signature).where(eq(s.id, existing.id));
    snapshotId = existing.id;
  } else {
    const [created] = await tx
      .insert(s)
      .values({
        workspaceId: matrix.workspace.id,
        matrixId: matrix.id,
        content,
        contentHash: hash,
        rowCount: content.rows.length,
        createdAt: actor.now,
        ...signature,
      })
      .returning({ id: s.id });
    if (!created) throw new Error('snapshot not inserted');
    snapshotId = created.id;
  }
  await recordMatrixAudit(
    exec,
    matrix.workspace,
    'matrix.sign',
    { type: 'matrix_snapshot', id: snapshotId },
    { after: { matrixId: matrix.id, side, contentHash: hash, rowCount: content.rows.length } },
  );
  const [view] = await listSnapshots(tx, matrix, snapshotId);
  if (!view) throw notFound(SNAPSHOT);
  return view;
}

export const SnapshotDifference = z.object({
  code: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.record(z.string(), FieldChange),
});

export const SnapshotComparison = z.object({
  snapshot: SnapshotView,
  current: z.boolean(),
  differences: z.array(SnapshotDifference),
});
export type SnapshotComparison = z.infer<typeof SnapshotComparison>;

async function requireSnapshot(tx: Tx, matrix: MatrixAccess, snapshotId: string) {
  const [row] = await tx
    .select({ content: schema.matrixSnapshot.content })
    .from(schema.matrixSnapshot)
    .where(
      and(eq(schema.matrixSnapshot.id, snapshotId), eq(schema.matrixSnapshot.matrixId, matrix.id)),
    );
  const [view] = await listSnapshots(tx, matrix, snapshotId);
  if (!row || !view) throw notFound(SNAPSHOT);
  return { view, content: SnapshotContent.parse(row.content) };
}

/** What changed since a snapshot was signed, row by row and field by field. */
export async function compareSnapshot(
  tx: Tx,
  matrix: MatrixAccess,
  snapshotId: string,
): Promise<SnapshotComparison> {
  const { view, content } = await requireSnapshot(tx, matrix, snapshotId);
  const now = (await snapshotContents(tx, [matrix.id])).get(matrix.id)?.rows ?? [];
  const before = new Map(content.rows.map((row) => [row.code, row]));
  const after = new Map(now.map((row) => [row.code, row]));
  const differences: z.infer<typeof SnapshotDifference>[] = [];
  for (const [code, old] of before) {
    const current = after.get(code);
    if (!current) {
      differences.push({ code, change: 'removed', fields: {} });
      continue;
    }
    const fields: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(old) as (keyof SnapshotRow)[]) {
      if (key !== 'code' && JSON.stringify(old[key]) !== JSON.stringify(current[key])) {
        fields[key] = { from: old[key], to: current[key] };
      }
    }
    if (Object.keys(fields).length > 0) differences.push({ code, change: 'changed', fields });
  }
  for (const code of after.keys()) {
    if (!before.has(code)) differences.push({ code, change: 'added', fields: {} });
  }
  return { snapshot: view, current: view.current, differences };
}

/** The signed record as a self-contained JSON file for the audit binder. */
export async function exportSnapshot(tx: Tx, matrix: MatrixAccess, snapshotId: string) {
  const { view, content } = await requireSnapshot(tx, matrix, snapshotId);
  return {
    format: 'bunkai-matrix-snapshot/1',
    snapshotId: view.id,
    contentHash: view.contentHash,
    hashAlgorithm: 'SHA-256 of the JSON text of `content`',
    signatures: { hospital: view.hospital, vendor: view.vendor },
    createdAt: view.createdAt,
    content,
  };
}
