import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@bunkai/api';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type Session = NonNullable<RouterOutputs['auth']['me']>;
export type MyOrganization = RouterOutputs['account']['organizations'][number];
export type OrganizationKind = MyOrganization['kind'];
/** What someone may sign up as; the platform organization is created by the system. */
export type TenantKind = NonNullable<RouterInputs['auth']['signUp']['organization']>['kind'];
export type MembershipRole = MyOrganization['role'];
export type HospitalAudience = NonNullable<MyOrganization['audience']>;
export type HospitalSizeClass = NonNullable<MyOrganization['sizeClass']>;
export type MedicalSystem = RouterOutputs['systems']['list'][number];
export type SystemCategory = MedicalSystem['category'];
export type ServiceType = MedicalSystem['serviceType'];
export type Invitation = RouterOutputs['invitations']['list'][number];
export type InvitationStatus = Invitation['status'];
export type Member = RouterOutputs['organization']['members'][number];
export type Workspace = RouterOutputs['workspaces']['list'][number];
export type AuditEntry = RouterOutputs['organization']['auditLog']['entries'][number];

// Option lists for forms (the values the API accepts; labels come from i18n).
export const ORGANIZATION_KINDS = [
  'hospital',
  'vendor',
  'coordinator',
] as const satisfies readonly TenantKind[];
export const SIZE_CLASSES = [
  'large_hospital',
  'medium_hospital',
  'small_hospital',
  'clinic',
  'pharmacy',
] as const satisfies readonly HospitalSizeClass[];
export const ROLES = [
  'owner',
  'admin',
  'member',
  'viewer',
] as const satisfies readonly MembershipRole[];
export const AUDIENCES = [
  'management',
  'admin',
  'staff',
] as const satisfies readonly HospitalAudience[];
export const SYSTEM_CATEGORIES = [
  'ehr',
  'pacs',
  'departmental',
  'accounting',
  'network',
  'medical_device',
  'other',
] as const satisfies readonly SystemCategory[];
export const SERVICE_TYPES = [
  'on_premise',
  'cloud',
  'hybrid',
] as const satisfies readonly ServiceType[];

// Guideline catalogs.
export type Catalog = RouterOutputs['catalogs']['list'][number];
export type CatalogVersion = Catalog['versions'][number];
export type VersionStatus = CatalogVersion['status'];
export type Requirement = RouterOutputs['catalogs']['requirements']['items'][number];
export type RequirementAudience = Requirement['audience'][number];
export type OwnerSide = NonNullable<Requirement['defaultOwner']>;
export type LifecyclePhase = NonNullable<Requirement['phase']>;
export type RequirementFilter = RouterInputs['catalogs']['requirements'];
export type FacilitySize = NonNullable<RequirementFilter['facilitySize']>;
export type RequirementDetail = RouterOutputs['catalogs']['requirement'];
export type Counterpart = RequirementDetail['counterparts'][number];
export type RequirementParam = RequirementDetail['params'][number];
export type RequirementPart = RequirementDetail['parts'][number];
export type RequirementLink = RequirementDetail['links'][number];
export type CrosswalkRelation = Counterpart['relation'];
export type VersionDiff = Pick<RouterOutputs['catalogs']['diff'], 'basis' | 'counts' | 'entries'>;
export type DiffEntry = VersionDiff['entries'][number];
export type DiffKind = DiffEntry['kind'];
export type CatalogFileFormat = RouterInputs['catalogs']['export']['format'];
export type CatalogFileInput = RouterInputs['catalogs']['importPreview'];
type PreviewResult = RouterOutputs['catalogs']['importPreview'];
export type ImportPreview = Extract<PreviewResult, { ok: true }>['preview'];
export type ImportIssue = Extract<PreviewResult, { ok: false }>['issues'][number];
export type ImportOutcome = Extract<RouterOutputs['catalogs']['import'], { ok: true }>['outcome'];

export const REQUIREMENT_AUDIENCES = [
  'management',
  'admin',
  'staff',
  'vendor',
] as const satisfies readonly RequirementAudience[];
export const OWNER_SIDES = ['hospital', 'vendor', 'shared'] as const satisfies readonly OwnerSide[];
export const FACILITY_SIZES = SIZE_CLASSES satisfies readonly FacilitySize[];
export const CATALOG_FILE_FORMATS = [
  'xlsx',
  'csv',
  'json',
  'oscal',
] as const satisfies readonly CatalogFileFormat[];
/** In the order a reader wants them: what is new, gone, changed, then what stayed. */
export const DIFF_KINDS = [
  'added',
  'removed',
  'changed',
  'split',
  'merged',
  'unchanged',
] as const satisfies readonly DiffKind[];

/** Narrows a value to one of a list of literals (enum values sent by the server, select options). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
