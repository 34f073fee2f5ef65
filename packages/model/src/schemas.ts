import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  AWAITING,
  CATALOG_FILE_FORMATS,
  CATALOG_TEMPLATE_FORMATS,
  COVERAGE_FINDINGS,
  CROSSWALK_RELATIONS,
  DIFF_KINDS,
  EVIDENCE_KINDS,
  FACILITY_SIZES,
  HOSPITAL_AUDIENCES,
  HOSPITAL_SIZE_CLASSES,
  INVITATION_KINDS,
  INVITATION_STATUSES,
  LANGUAGES,
  LIFECYCLE_PHASES,
  MATRIX_EXPORT_FORMATS,
  MATRIX_FILE_FORMATS,
  MATRIX_OWNER_SIDES,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  OWNER_BUCKETS,
  OWNER_SIDES,
  REQUIREMENT_AUDIENCES,
  REQUIREMENT_KINDS,
  ROW_ACTIVITY_ACTIONS,
  ROW_STATUSES,
  ROW_TRANSITIONS,
  SERVICE_TYPES,
  SETTABLE_VERSION_STATUSES,
  SYSTEM_CATEGORIES,
  TENANT_KINDS,
  VERSION_STATUSES,
  WORKSPACE_SIDES,
} from './index';

// The model's vocabularies as zod enums, for the API's input and output schemas and the file
// readers. Server-side only in practice: the web app imports `@bunkai/model` and never loads zod.

export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
export const OrganizationKind = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKind>;
export const TenantKind = z.enum(TENANT_KINDS);
export type TenantKind = z.infer<typeof TenantKind>;
export const HospitalSizeClass = z.enum(HOSPITAL_SIZE_CLASSES);
export type HospitalSizeClass = z.infer<typeof HospitalSizeClass>;
export const MembershipRole = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof MembershipRole>;
export const HospitalAudience = z.enum(HOSPITAL_AUDIENCES);
export type HospitalAudience = z.infer<typeof HospitalAudience>;
export const SystemCategory = z.enum(SYSTEM_CATEGORIES);
export type SystemCategory = z.infer<typeof SystemCategory>;
export const ServiceType = z.enum(SERVICE_TYPES);
export type ServiceType = z.infer<typeof ServiceType>;
export const InvitationKind = z.enum(INVITATION_KINDS);
export type InvitationKind = z.infer<typeof InvitationKind>;
export const InvitationStatus = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatus>;
export const RequirementAudience = z.enum(REQUIREMENT_AUDIENCES);
export type RequirementAudience = z.infer<typeof RequirementAudience>;
export const FacilitySize = z.enum(FACILITY_SIZES);
export type FacilitySize = z.infer<typeof FacilitySize>;
export const OwnerSide = z.enum(OWNER_SIDES);
export type OwnerSide = z.infer<typeof OwnerSide>;
export const LifecyclePhase = z.enum(LIFECYCLE_PHASES);
export type LifecyclePhase = z.infer<typeof LifecyclePhase>;
export const RequirementKind = z.enum(REQUIREMENT_KINDS);
export type RequirementKind = z.infer<typeof RequirementKind>;
export const VersionStatus = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatus>;
export const SettableVersionStatus = z.enum(SETTABLE_VERSION_STATUSES);
export type SettableVersionStatus = z.infer<typeof SettableVersionStatus>;
export const CrosswalkRelation = z.enum(CROSSWALK_RELATIONS);
export type CrosswalkRelation = z.infer<typeof CrosswalkRelation>;
export const DiffKind = z.enum(DIFF_KINDS);
export type DiffKind = z.infer<typeof DiffKind>;
export const CatalogFileFormat = z.enum(CATALOG_FILE_FORMATS);
export type CatalogFileFormat = z.infer<typeof CatalogFileFormat>;
export const CatalogTemplateFormat = z.enum(CATALOG_TEMPLATE_FORMATS);
export type CatalogTemplateFormat = z.infer<typeof CatalogTemplateFormat>;
export const WorkspaceSide = z.enum(WORKSPACE_SIDES);
export type WorkspaceSide = z.infer<typeof WorkspaceSide>;
export const Awaiting = z.enum(AWAITING);
export type Awaiting = z.infer<typeof Awaiting>;
export const MatrixOwnerSide = z.enum(MATRIX_OWNER_SIDES);
export type MatrixOwnerSide = z.infer<typeof MatrixOwnerSide>;
export const OwnerBucket = z.enum(OWNER_BUCKETS);
export type OwnerBucket = z.infer<typeof OwnerBucket>;
export const MatrixPhase = LifecyclePhase;
export type MatrixPhase = z.infer<typeof MatrixPhase>;
export const MatrixRowStatus = z.enum(ROW_STATUSES);
export type MatrixRowStatus = z.infer<typeof MatrixRowStatus>;
export const RowTransition = z.enum(ROW_TRANSITIONS);
export type RowTransition = z.infer<typeof RowTransition>;
export const RowActivityAction = z.enum(ROW_ACTIVITY_ACTIONS);
export type RowActivityAction = z.infer<typeof RowActivityAction>;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
export const CoverageFinding = z.enum(COVERAGE_FINDINGS);
export type CoverageFinding = z.infer<typeof CoverageFinding>;
export const MatrixFileFormat = z.enum(MATRIX_FILE_FORMATS);
export type MatrixFileFormat = z.infer<typeof MatrixFileFormat>;
export const MatrixExportFormat = z.enum(MATRIX_EXPORT_FORMATS);
export type MatrixExportFormat = z.infer<typeof MatrixExportFormat>;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** The counts of a matrix, as `summarizeRows` makes them. */
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
