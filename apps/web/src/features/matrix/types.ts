import type { RouterInputs, RouterOutputs } from '../../lib/types';

export type MatrixSummary = RouterOutputs['matrix']['list'][number];
export type MatrixRow = RouterOutputs['matrix']['rows'][number];
export type WorkspaceSide = MatrixSummary['side'];
export type MatrixOwner = NonNullable<MatrixRow['ownerSide']>;
/** An owner side, or `unset` while nobody has chosen one (as the server counts them). */
export type OwnerBucket = MatrixOwner | 'unset';
export type MatrixPhase = NonNullable<MatrixRow['phase']>;
export type RowStatus = MatrixRow['status'];
export type RowAudience = MatrixRow['audience'][number];
export type RowChanges = RouterInputs['matrix']['updateRows']['changes'];
export type EditableField = keyof RowChanges;
export type RowTransition = RouterInputs['matrix']['transition']['action'];
export type RowDetail = RouterOutputs['matrix']['row'];
export type RowActivity = RowDetail['activity'][number];
export type Evidence = RowDetail['evidence'][number];
export type EvidenceKind = Evidence['kind'];
export type Participant = RouterOutputs['matrix']['participants'][number];

export const MATRIX_OWNERS = [
  'hospital',
  'vendor',
  'shared',
  'not_applicable',
] as const satisfies readonly MatrixOwner[];
export const OWNER_BUCKETS = [...MATRIX_OWNERS, 'unset'] as const satisfies readonly OwnerBucket[];
export const MATRIX_PHASES = [
  'pre_contract',
  'build',
  'operate',
  'incident',
  'exit',
] as const satisfies readonly MatrixPhase[];
/** In workflow order. */
export const ROW_STATUSES = [
  'draft',
  'proposed',
  'disputed',
  'needs_review',
  'agreed',
] as const satisfies readonly RowStatus[];
export const ROW_AUDIENCES = [
  'management',
  'admin',
  'staff',
  'vendor',
] as const satisfies readonly RowAudience[];
export const EVIDENCE_KINDS = [
  'disclosure_answer',
  'document',
  'contract_clause',
  'sla_clause',
  'link',
] as const satisfies readonly EvidenceKind[];
export const EDITABLE_FIELDS = [
  'ownerSide',
  'phase',
  'hospitalDuty',
  'vendorDuty',
  'dueDate',
] as const satisfies readonly EditableField[];
