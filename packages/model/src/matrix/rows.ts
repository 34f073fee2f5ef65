import type { LifecyclePhase } from '../catalogs';
import type { Label, ToneLabel } from '../labels';

/** Who carries a requirement for one system: the matrix adds `not_applicable` to the catalog's. */
export const MATRIX_OWNER_SIDES = ['hospital', 'vendor', 'shared', 'not_applicable'] as const;
export type MatrixOwnerSide = (typeof MATRIX_OWNER_SIDES)[number];

/** An owner side, or `unset` while nobody has chosen one (as the summary counts them). */
export const OWNER_BUCKETS = [...MATRIX_OWNER_SIDES, 'unset'] as const;
export type OwnerBucket = (typeof OWNER_BUCKETS)[number];

export const MATRIX_OWNER_SIDE_LABELS: Record<MatrixOwnerSide, Label> = {
  hospital: { ja: '医療機関', en: 'Hospital' },
  vendor: { ja: '事業者', en: 'Vendor' },
  shared: { ja: '共同', en: 'Shared' },
  not_applicable: { ja: '対象外', en: 'Not applicable' },
};

export const OWNER_BUCKET_LABELS: Record<OwnerBucket, Label> = {
  ...MATRIX_OWNER_SIDE_LABELS,
  unset: { ja: '未設定', en: 'Not set' },
};

export function ownerBucketOf(ownerSide: MatrixOwnerSide | null): OwnerBucket {
  return ownerSide ?? 'unset';
}

/** A row's phase is the catalog's lifecycle phase. */
export type MatrixPhase = LifecyclePhase;

export const EVIDENCE_KINDS = [
  'disclosure_answer',
  'document',
  'contract_clause',
  'sla_clause',
  'link',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, Label> = {
  disclosure_answer: { ja: '開示書の回答', en: 'Disclosure answer' },
  document: { ja: '文書', en: 'Document' },
  contract_clause: { ja: '契約条項', en: 'Contract clause' },
  sla_clause: { ja: 'SLA条項', en: 'SLA clause' },
  link: { ja: 'リンク', en: 'Link' },
};

/** The fields either side may edit on a row (status and confirmations change by actions only). */
export const EDITABLE_FIELDS = [
  'ownerSide',
  'phase',
  'hospitalDuty',
  'vendorDuty',
  'dueDate',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface EditableRowFields {
  ownerSide: MatrixOwnerSide | null;
  phase: MatrixPhase | null;
  hospitalDuty: string;
  vendorDuty: string;
  /** YYYY-MM-DD: the date the split is to be in place (確認表 完了日). */
  dueDate: string | null;
}
export type RowChanges = Partial<EditableRowFields>;

/** The part of `changes` that differs from the row: the rest changes nothing and is not recorded. */
export function effectiveChanges(row: EditableRowFields, changes: RowChanges): RowChanges {
  const result: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    const next = changes[field];
    if (next !== undefined && next !== row[field]) result[field] = next;
  }
  return result;
}

/** The fields `changes` changes on the row, each with its value before and after, as history keeps them. */
export function fieldChanges(
  row: EditableRowFields,
  changes: RowChanges,
): Partial<Record<EditableField, { from: unknown; to: unknown }>> {
  const effective = effectiveChanges(row, changes);
  return Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => field in effective).map((field) => [
      field,
      { from: row[field], to: effective[field] },
    ]),
  );
}

export function hasChanges(changes: RowChanges): boolean {
  return EDITABLE_FIELDS.some((field) => changes[field] !== undefined);
}

/** The fields a row's history names: the editable ones, its status and its evidence. */
export const ROW_HISTORY_FIELDS = [...EDITABLE_FIELDS, 'status', 'evidence'] as const;
export type RowHistoryField = (typeof ROW_HISTORY_FIELDS)[number];

/** What a row's history records. */
export const ROW_EVENT_ACTIONS = [
  'updated',
  'proposed',
  'agreed',
  'disputed',
  'reopened',
  'imported',
  'evidence_added',
  'evidence_removed',
] as const;
export type RowEventAction = (typeof ROW_EVENT_ACTIONS)[number];

/** A row's activity: its history events and its comments. */
export const ROW_ACTIVITY_ACTIONS = [...ROW_EVENT_ACTIONS, 'comment'] as const;
export type RowActivityAction = (typeof ROW_ACTIVITY_ACTIONS)[number];

/** A hospital's system across its vendors' matrices, per requirement (most urgent first). */
export const COVERAGE_FINDINGS = ['gap', 'overlap', 'covered', 'not_applicable'] as const;
export type CoverageFinding = (typeof COVERAGE_FINDINGS)[number];

export const COVERAGE_FINDING_LABELS: Record<CoverageFinding, ToneLabel> = {
  gap: { ja: '空白（担当なし）', en: 'Gap (no owner)', tone: 'danger' },
  overlap: { ja: '重複', en: 'Overlap', tone: 'warning' },
  covered: { ja: '対応済み', en: 'Covered', tone: 'success' },
  not_applicable: { ja: '対象外', en: 'Not applicable', tone: 'neutral' },
};

/** The 確認表 files a matrix is imported from. */
export const MATRIX_FILE_FORMATS = ['xlsx', 'csv'] as const;
export type MatrixFileFormat = (typeof MATRIX_FILE_FORMATS)[number];

/** …and exported to, besides an OSCAL system security plan. */
export const MATRIX_EXPORT_FORMATS = [...MATRIX_FILE_FORMATS, 'oscal'] as const;
export type MatrixExportFormat = (typeof MATRIX_EXPORT_FORMATS)[number];
