import { z } from 'zod';
import {
  EvidenceKind,
  MatrixOwnerSide,
  MatrixPhase,
  MatrixRowStatus,
} from '@bunkai/file-formats/matrix';
import { Audience } from '@bunkai/guidelines';

export { EvidenceKind, MatrixOwnerSide, MatrixPhase, MatrixRowStatus };

export const WorkspaceSide = z.enum(['hospital', 'vendor']);
export type WorkspaceSide = z.infer<typeof WorkspaceSide>;

/** Whose move it is on a row: the side that has not confirmed a proposal, or both. */
export const Awaiting = z.enum(['hospital', 'vendor', 'both', 'none']);
export type Awaiting = z.infer<typeof Awaiting>;

export const Confirmation = z.object({
  userId: z.uuid(),
  name: z.string(),
  at: z.date(),
});
export type Confirmation = z.infer<typeof Confirmation>;

export const MatrixRowView = z.object({
  id: z.uuid(),
  code: z.string(),
  position: z.number(),
  chapterCode: z.string().nullable(),
  chapterTitleJa: z.string().nullable(),
  chapterTitleEn: z.string().nullable(),
  titleJa: z.string(),
  titleEn: z.string(),
  textJa: z.string(),
  textEn: z.string(),
  audience: z.array(Audience),
  unconfirmed: z.boolean(),
  ownerSide: MatrixOwnerSide.nullable(),
  phase: MatrixPhase.nullable(),
  hospitalDuty: z.string(),
  vendorDuty: z.string(),
  dueDate: z.string().nullable(),
  status: MatrixRowStatus,
  awaiting: Awaiting,
  hospitalConfirmation: Confirmation.nullable(),
  vendorConfirmation: Confirmation.nullable(),
  evidenceCount: z.number(),
  commentCount: z.number(),
  revision: z.number(),
  updatedAt: z.date(),
});
export type MatrixRowView = z.infer<typeof MatrixRowView>;

/** An owner side, or `unset` while nobody has chosen one. */
export const OwnerBucket = z.enum(['hospital', 'vendor', 'shared', 'not_applicable', 'unset']);

export const MatrixSummaryCounts = z.object({
  total: z.number(),
  byOwner: z.record(OwnerBucket, z.number()),
  byStatus: z.record(MatrixRowStatus, z.number()),
  /** Whole percent of rows agreed by both sides. */
  agreedPercent: z.number(),
  waitingForHospital: z.number(),
  waitingForVendor: z.number(),
});
export type MatrixSummaryCounts = z.infer<typeof MatrixSummaryCounts>;

export const SignatureView = z.object({ name: z.string(), at: z.date() });

export const MatrixSummary = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  side: WorkspaceSide,
  hospital: z.object({ id: z.uuid(), name: z.string() }),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  system: z.object({
    id: z.uuid(),
    name: z.string(),
    category: z.string(),
    serviceType: z.enum(['on_premise', 'cloud', 'hybrid']),
  }),
  catalog: z.object({
    versionId: z.uuid(),
    code: z.string(),
    titleJa: z.string(),
    titleEn: z.string(),
    label: z.string(),
  }),
  counts: MatrixSummaryCounts,
  /** The latest snapshot signed by both sides, and whether the matrix still matches it. */
  signed: z
    .object({
      snapshotId: z.uuid(),
      contentHash: z.string(),
      hospital: SignatureView,
      vendor: SignatureView,
      current: z.boolean(),
    })
    .nullable(),
  createdAt: z.date(),
});
export type MatrixSummary = z.infer<typeof MatrixSummary>;

/** The fields either side may edit on a row. */
export const MatrixRowChanges = z
  .object({
    ownerSide: MatrixOwnerSide.nullable(),
    phase: MatrixPhase.nullable(),
    hospitalDuty: z
      .string()
      .trim()
      .max(4000, '医療機関の対応は4000文字以内です / The hospital duty is at most 4000 characters'),
    vendorDuty: z
      .string()
      .trim()
      .max(4000, '事業者の対応は4000文字以内です / The vendor duty is at most 4000 characters'),
    dueDate: z.iso
      .date('完了日は YYYY-MM-DD 形式の日付です / The due date must be a date as YYYY-MM-DD')
      .nullable(),
  })
  .partial();
export type MatrixRowChanges = z.infer<typeof MatrixRowChanges>;
export const EDITABLE_FIELDS = [
  'ownerSide',
  'phase',
  'hospitalDuty',
  'vendorDuty',
  'dueDate',
] as const satisfies readonly (keyof MatrixRowChanges)[];

export const FieldChange = z.object({ from: z.unknown(), to: z.unknown() });

export const RowActivity = z.object({
  id: z.uuid(),
  kind: z.enum(['event', 'comment']),
  /** Event action (created, updated, proposed, agreed, disputed, reopened, imported, evidence_added, evidence_removed) or `comment`. */
  action: z.string(),
  side: WorkspaceSide,
  actorName: z.string().nullable(),
  at: z.date(),
  changes: z.record(z.string(), FieldChange),
  body: z.string().nullable(),
  mentions: z.array(z.object({ userId: z.uuid(), name: z.string() })),
});
export type RowActivity = z.infer<typeof RowActivity>;

export const EvidenceView = z.object({
  id: z.uuid(),
  kind: EvidenceKind,
  title: z.string(),
  reference: z.string(),
  file: z
    .object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number(), sha256: z.string() })
    .nullable(),
  createdAt: z.date(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;
