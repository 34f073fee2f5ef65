import type { Label, ToneLabel } from './labels';
import { HOSPITAL_SIZE_CLASSES } from './organizations';

/** Whom a requirement addresses: the guideline's three parts, or the vendor. */
export const REQUIREMENT_AUDIENCES = ['management', 'admin', 'staff', 'vendor'] as const;
export type RequirementAudience = (typeof REQUIREMENT_AUDIENCES)[number];

export const REQUIREMENT_AUDIENCE_LABELS: Record<RequirementAudience, Label> = {
  management: { ja: '経営層', en: 'Management' },
  admin: { ja: '企画管理者', en: 'IT planning' },
  staff: { ja: 'システム運用担当者', en: 'System operations' },
  vendor: { ja: '事業者', en: 'Vendor' },
};

/** The hospitals a requirement applies to, by their size class. */
export const FACILITY_SIZES = HOSPITAL_SIZE_CLASSES;
export type FacilitySize = (typeof FACILITY_SIZES)[number];

/** Who carries a requirement by default, as the catalog says (a matrix row may also say N/A). */
export const OWNER_SIDES = ['hospital', 'vendor', 'shared'] as const;
export type OwnerSide = (typeof OWNER_SIDES)[number];

export const OWNER_SIDE_LABELS: Record<OwnerSide, Label> = {
  hospital: { ja: '病院', en: 'Hospital' },
  vendor: { ja: '事業者', en: 'Vendor' },
  shared: { ja: '共同', en: 'Shared' },
};

/** When a duty applies, from before the contract to its end. */
export const LIFECYCLE_PHASES = ['pre_contract', 'build', 'operate', 'incident', 'exit'] as const;
export type LifecyclePhase = (typeof LIFECYCLE_PHASES)[number];

export const LIFECYCLE_PHASE_LABELS: Record<LifecyclePhase, Label> = {
  pre_contract: { ja: '契約前', en: 'Pre-contract' },
  build: { ja: '導入・構築', en: 'Build' },
  operate: { ja: '運用', en: 'Operation' },
  incident: { ja: 'インシデント対応', en: 'Incident response' },
  exit: { ja: '契約終了・移行', en: 'Exit' },
};

/** An OSCAL group (a section heading, never a matrix row) or a control/enhancement. */
export const REQUIREMENT_KINDS = ['group', 'requirement'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_LABELS: Record<VersionStatus, ToneLabel> = {
  draft: { ja: '下書き', en: 'Draft', tone: 'warning' },
  published: { ja: '公開中', en: 'Published', tone: 'success' },
  retired: { ja: '廃止', en: 'Retired', tone: 'neutral' },
};

/** What an operator or admin may set a version to; a version starts as a draft. */
export const SETTABLE_VERSION_STATUSES = ['published', 'retired'] as const;
export type SettableVersionStatus = (typeof SETTABLE_VERSION_STATUSES)[number];

/** A retired version is final; a draft may be published or retired, a published one retired. */
export function versionStatusChangeAllowed(from: VersionStatus, to: SettableVersionStatus) {
  return from === to || from !== 'retired';
}

/** The step the catalog page offers next: publish a draft, retire a published version. */
export function nextVersionStatus(status: VersionStatus): SettableVersionStatus | null {
  if (status === 'draft') return 'published';
  return status === 'published' ? 'retired' : null;
}

/** How a requirement of one version maps to the other's in a crosswalk. */
export const CROSSWALK_RELATIONS = [
  'equal',
  'subset',
  'superset',
  'intersect',
  'added',
  'removed',
] as const;
export type CrosswalkRelation = (typeof CROSSWALK_RELATIONS)[number];

export const CROSSWALK_RELATION_LABELS: Record<CrosswalkRelation, Label> = {
  equal: { ja: '同一', en: 'Equal' },
  subset: { ja: '一部', en: 'Part of' },
  superset: { ja: '包含', en: 'Contains' },
  intersect: { ja: '部分的に重複', en: 'Overlaps' },
  added: { ja: '新設', en: 'New' },
  removed: { ja: '削除', en: 'Removed' },
};

/** The kinds of change between two versions, in the order a reader wants them. */
export const DIFF_KINDS = ['added', 'removed', 'changed', 'split', 'merged', 'unchanged'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export const DIFF_KIND_LABELS: Record<DiffKind, ToneLabel> = {
  added: { ja: '新設', en: 'Added', tone: 'success' },
  removed: { ja: '削除', en: 'Removed', tone: 'danger' },
  changed: { ja: '変更', en: 'Changed', tone: 'warning' },
  split: { ja: '分割', en: 'Split', tone: 'info' },
  merged: { ja: '統合', en: 'Merged', tone: 'info' },
  unchanged: { ja: '変更なし', en: 'Unchanged', tone: 'neutral' },
};

/** Files a catalog version is exported to and imported from. */
export const CATALOG_FILE_FORMATS = ['xlsx', 'csv', 'json', 'oscal'] as const;
export type CatalogFileFormat = (typeof CATALOG_FILE_FORMATS)[number];

/** The import template (the flat column layout) comes in these. */
export const CATALOG_TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;
export type CatalogTemplateFormat = (typeof CATALOG_TEMPLATE_FORMATS)[number];
