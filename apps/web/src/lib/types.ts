import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@bunkai/api';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type Session = NonNullable<RouterOutputs['auth']['me']>;
export type MyOrganization = RouterOutputs['account']['organizations'][number];
export type MedicalSystem = RouterOutputs['systems']['list'][number];
export type Invitation = RouterOutputs['invitations']['list'][number];
export type Member = RouterOutputs['organization']['members'][number];
export type Workspace = RouterOutputs['workspaces']['list'][number];
export type AuditEntry = RouterOutputs['organization']['auditLog']['entries'][number];

// Guideline catalogs.
export type Catalog = RouterOutputs['catalogs']['list'][number];
export type CatalogVersion = Catalog['versions'][number];
export type Requirement = RouterOutputs['catalogs']['requirements']['items'][number];
export type RequirementFilter = RouterInputs['catalogs']['requirements'];
export type RequirementDetail = RouterOutputs['catalogs']['requirement'];
export type Counterpart = RequirementDetail['counterparts'][number];
export type RequirementParam = RequirementDetail['params'][number];
export type RequirementPart = RequirementDetail['parts'][number];
export type RequirementLink = RequirementDetail['links'][number];
export type VersionDiff = Pick<RouterOutputs['catalogs']['diff'], 'basis' | 'counts' | 'entries'>;
export type DiffEntry = VersionDiff['entries'][number];
export type CatalogFileInput = RouterInputs['catalogs']['importPreview'];
type PreviewResult = RouterOutputs['catalogs']['importPreview'];
export type ImportPreview = Extract<PreviewResult, { ok: true }>['preview'];
export type ImportIssue = Extract<PreviewResult, { ok: false }>['issues'][number];
export type ImportOutcome = Extract<RouterOutputs['catalogs']['import'], { ok: true }>['outcome'];
