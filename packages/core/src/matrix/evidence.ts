import { createHash } from 'node:crypto';
import { z } from 'zod';
import { and, asc, eq, schema, type Tx, type ExecutionContext } from '@bunkai/db';
import { DomainError, notFound } from '../errors';
import { FileContentBase64 } from '../files';
import { type MatrixAccess, recordMatrixAudit } from './matrices';
import {
  MAX_EVIDENCE_REFERENCE_LENGTH,
  MAX_EVIDENCE_TITLE_LENGTH,
  MAX_FILE_BYTES,
} from '@bunkai/model';
import { EvidenceKind } from '@bunkai/model/schemas';
import type { EvidenceView } from './model';
import {
  lockRows,
  recordRowEvents,
  reopened,
  reopenedStatus,
  RowRevision,
  type StoredRow,
} from './rows';

/** Accepted document types, recognized by their first bytes, never by the name alone. */
const SIGNATURES: { mediaType: string; extensions: string[]; magic: number[] }[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];

export function detectEvidenceType(fileName: string, bytes: Uint8Array): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const match = SIGNATURES.find(
    (s) => s.extensions.includes(extension) && s.magic.every((byte, i) => bytes[i] === byte),
  );
  return match?.mediaType ?? null;
}

export const EvidenceInput = z.object({
  row: RowRevision,
  kind: EvidenceKind,
  title: z
    .string()
    .trim()
    .min(1, '根拠の名前を入力してください / Give the evidence a title')
    .max(
      MAX_EVIDENCE_TITLE_LENGTH,
      `根拠の名前は${MAX_EVIDENCE_TITLE_LENGTH}文字以内です / The title is at most ${MAX_EVIDENCE_TITLE_LENGTH} characters`,
    ),
  reference: z
    .string()
    .trim()
    .max(
      MAX_EVIDENCE_REFERENCE_LENGTH,
      `参照先は${MAX_EVIDENCE_REFERENCE_LENGTH}文字以内です / The reference is at most ${MAX_EVIDENCE_REFERENCE_LENGTH} characters`,
    )
    .default(''),
  file: z
    .object({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: FileContentBase64,
    })
    .optional(),
});

/**
 * Attaches evidence (a contract or SLA clause, a disclosure answer, a link or an uploaded
 * document) to a row. Evidence is part of what both sides sign, so adding it reopens the row.
 */
export async function addEvidence(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  input: z.infer<typeof EvidenceInput>,
): Promise<EvidenceView> {
  const { tx, actor } = exec;
  const [row] = await lockRows(tx, matrix, [input.row]);
  if (!row) throw notFound({ ja: '行', en: 'Row' });
  let file: EvidenceView['file'] = null;
  if (input.file) {
    const bytes = Buffer.from(input.file.contentBase64, 'base64');
    const mediaType = detectEvidenceType(input.file.fileName, bytes);
    if (!mediaType) {
      throw new DomainError(
        'BAD_REQUEST',
        'file_type_not_allowed',
        {
          ja: 'PDF・PNG・JPEG・XLSX・DOCX のファイルを選んでください（内容と拡張子が一致しません）',
          en: 'Choose a PDF, PNG, JPEG, XLSX or DOCX file (its content and extension must match)',
        },
        'file',
      );
    }
    if (bytes.byteLength > MAX_FILE_BYTES) {
      throw new DomainError(
        'BAD_REQUEST',
        'file_too_large',
        { ja: 'ファイルは10MBまでです', en: 'Files are limited to 10 MB' },
        'file',
      );
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [stored] = await tx
      .insert(schema.evidenceFile)
      .values({
        workspaceId: matrix.workspace.id,
        fileName: input.file.fileName,
        mediaType,
        sizeBytes: bytes.byteLength,
        sha256,
        content: bytes,
        uploadedBy: actor.userId,
        createdAt: actor.now,
      })
      .returning({ id: schema.evidenceFile.id });
    if (!stored) throw new Error('file not stored');
    file = { id: stored.id, fileName: input.file.fileName, sizeBytes: bytes.byteLength, sha256 };
  }
  const reference = input.reference || (file?.fileName ?? '');
  const [evidence] = await tx
    .insert(schema.matrixRowEvidence)
    .values({
      workspaceId: matrix.workspace.id,
      rowId: row.id,
      kind: input.kind,
      title: input.title,
      reference,
      fileId: file?.id ?? null,
      createdBy: actor.userId,
      createdAt: actor.now,
    })
    .returning({ id: schema.matrixRowEvidence.id, createdAt: schema.matrixRowEvidence.createdAt });
  if (!evidence) throw new Error('evidence not inserted');
  const added = { kind: input.kind, title: input.title, reference, sha256: file?.sha256 ?? null };
  await recordEvidenceChange(exec, matrix, row, { from: null, to: added });
  return {
    id: evidence.id,
    kind: input.kind,
    title: input.title,
    reference,
    file,
    createdAt: evidence.createdAt,
  };
}

export const RemoveEvidenceInput = z.object({ row: RowRevision, evidenceId: z.uuid() });

export async function removeEvidence(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  input: z.infer<typeof RemoveEvidenceInput>,
): Promise<void> {
  const { tx } = exec;
  const [row] = await lockRows(tx, matrix, [input.row]);
  if (!row) throw notFound({ ja: '行', en: 'Row' });
  const [removed] = await tx
    .delete(schema.matrixRowEvidence)
    .where(
      and(
        eq(schema.matrixRowEvidence.id, input.evidenceId),
        eq(schema.matrixRowEvidence.rowId, row.id),
      ),
    )
    .returning({
      kind: schema.matrixRowEvidence.kind,
      title: schema.matrixRowEvidence.title,
      reference: schema.matrixRowEvidence.reference,
    });
  if (!removed) throw notFound({ ja: '根拠', en: 'Evidence' });
  await recordEvidenceChange(exec, matrix, row, { from: removed, to: null });
}

/**
 * Evidence is part of what both sides agree to: a change reopens the row, and is kept in its
 * history and in both audit chains.
 */
async function recordEvidenceChange(
  exec: ExecutionContext,
  matrix: MatrixAccess,
  row: StoredRow,
  change: { from: object | null; to: object | null },
): Promise<void> {
  const { tx, actor } = exec;
  const added = change.from === null;
  await tx.update(schema.matrixRow).set(reopened(actor)).where(eq(schema.matrixRow.id, row.id));
  await recordRowEvents(exec, matrix, [
    {
      rowId: row.id,
      action: added ? 'evidence_added' : 'evidence_removed',
      changes: { evidence: change, ...reopenedStatus(row.status) },
    },
  ]);
  await recordMatrixAudit(
    exec,
    matrix.workspace,
    added ? 'matrix.evidence.add' : 'matrix.evidence.remove',
    { type: 'matrix_row', id: row.id },
    added
      ? { after: { code: row.requirementCode, ...change.to } }
      : { before: { code: row.requirementCode, ...change.from } },
  );
}

export async function listEvidence(
  tx: Tx,
  matrix: MatrixAccess,
  rowId: string,
): Promise<EvidenceView[]> {
  const e = schema.matrixRowEvidence;
  const f = schema.evidenceFile;
  const rows = await tx
    .select({
      id: e.id,
      kind: e.kind,
      title: e.title,
      reference: e.reference,
      fileId: f.id,
      fileName: f.fileName,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      createdAt: e.createdAt,
    })
    .from(e)
    .innerJoin(schema.matrixRow, eq(schema.matrixRow.id, e.rowId))
    .leftJoin(f, eq(f.id, e.fileId))
    .where(and(eq(e.rowId, rowId), eq(schema.matrixRow.matrixId, matrix.id)))
    .orderBy(asc(e.createdAt));
  return rows.map(({ fileId, fileName, sizeBytes, sha256, ...row }) => ({
    ...row,
    file:
      fileId && fileName && sizeBytes !== null && sha256
        ? { id: fileId, fileName, sizeBytes, sha256 }
        : null,
  }));
}

/** An uploaded document of the workspace, to be served as an attachment. */
export async function readEvidenceFile(tx: Tx, matrix: MatrixAccess, fileId: string) {
  const [file] = await tx
    .select({
      fileName: schema.evidenceFile.fileName,
      mediaType: schema.evidenceFile.mediaType,
      content: schema.evidenceFile.content,
    })
    .from(schema.evidenceFile)
    .where(
      and(
        eq(schema.evidenceFile.id, fileId),
        eq(schema.evidenceFile.workspaceId, matrix.workspace.id),
      ),
    );
  if (!file) throw notFound({ ja: 'ファイル', en: 'File' });
  return file;
}
