import { z } from 'zod';
import { MAX_DUTY_LENGTH, type EditableField } from '@bunkai/model';
import {
  Awaiting,
  EvidenceKind,
  MatrixOwnerSide,
  MatrixPhase,
  MatrixRowStatus,
  MatrixSummaryCounts,
  RequirementAudience,
  ServiceType,
  WorkspaceSide,
} from '@bunkai/model/schemas';

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
  audience: z.array(RequirementAudience),
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
    serviceType: ServiceType,
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

/** The fields either side may edit on a row: exactly the model's `EDITABLE_FIELDS`. */
export const MatrixRowChanges = z
  .object({
    ownerSide: MatrixOwnerSide.nullable(),
    phase: MatrixPhase.nullable(),
    hospitalDuty: z
      .string()
      .trim()
      .max(
        MAX_DUTY_LENGTH,
        `医療機関の対応は${MAX_DUTY_LENGTH}文字以内です / The hospital duty is at most ${MAX_DUTY_LENGTH} characters`,
      ),
    vendorDuty: z
      .string()
      .trim()
      .max(
        MAX_DUTY_LENGTH,
        `事業者の対応は${MAX_DUTY_LENGTH}文字以内です / The vendor duty is at most ${MAX_DUTY_LENGTH} characters`,
      ),
    dueDate: z.iso
      .date('完了日は YYYY-MM-DD 形式の日付です / The due date must be a date as YYYY-MM-DD')
      .nullable(),
  } satisfies Record<EditableField, z.ZodType>)
  .partial();
export type MatrixRowChanges = z.infer<typeof MatrixRowChanges>;

export const FieldChange = z.object({ from: z.unknown(), to: z.unknown() });

export const RowActivity = z.object({
  id: z.uuid(),
  kind: z.enum(['event', 'comment']),
  /** A row event's action (`RowEventAction`) or `comment`; older records are shown as stored. */
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
