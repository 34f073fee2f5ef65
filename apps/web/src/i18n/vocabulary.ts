import {
  labelsIn,
  COVERAGE_FINDING_LABELS,
  CROSSWALK_RELATION_LABELS,
  DIFF_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  HOSPITAL_AUDIENCE_LABELS,
  HOSPITAL_SIZE_CLASS_LABELS,
  INVITATION_KIND_LABELS,
  INVITATION_STATUS_LABELS,
  LIFECYCLE_PHASE_LABELS,
  MEMBERSHIP_ROLE_LABELS,
  ORGANIZATION_KIND_LABELS,
  OWNER_BUCKET_LABELS,
  OWNER_SIDE_LABELS,
  REQUIREMENT_AUDIENCE_LABELS,
  ROW_STATUS_LABELS,
  SERVICE_TYPE_LABELS,
  SYSTEM_CATEGORY_LABELS,
  VERSION_STATUS_LABELS,
  WORKSPACE_SIDE_LABELS,
  type Label,
  type Language,
} from '@bunkai/model';

/**
 * The model's names for its values, in one language. ja.ts and en.ts put each table under the key
 * the screens look it up by (`t('matrix.statuses.draft')`); the words themselves live in the model.
 */
export function vocabularyIn(language: Language) {
  const words = <K extends string>(labels: Readonly<Record<K, Label>>) =>
    labelsIn(labels, language);
  return {
    /** The organization's and the system's values, at the top of the resources. */
    organization: {
      orgKind: words(ORGANIZATION_KIND_LABELS),
      sizeClass: words(HOSPITAL_SIZE_CLASS_LABELS),
      role: words(MEMBERSHIP_ROLE_LABELS),
      audience: words(HOSPITAL_AUDIENCE_LABELS),
      category: words(SYSTEM_CATEGORY_LABELS),
      serviceType: words(SERVICE_TYPE_LABELS),
    },
    coverageFindings: words(COVERAGE_FINDING_LABELS),
    crosswalkRelations: words(CROSSWALK_RELATION_LABELS),
    diffKinds: words(DIFF_KIND_LABELS),
    evidenceKinds: words(EVIDENCE_KIND_LABELS),
    invitationKinds: words(INVITATION_KIND_LABELS),
    invitationStatuses: words(INVITATION_STATUS_LABELS),
    lifecyclePhases: words(LIFECYCLE_PHASE_LABELS),
    ownerBuckets: words(OWNER_BUCKET_LABELS),
    ownerSides: words(OWNER_SIDE_LABELS),
    requirementAudiences: words(REQUIREMENT_AUDIENCE_LABELS),
    rowStatuses: words(ROW_STATUS_LABELS),
    versionStatuses: words(VERSION_STATUS_LABELS),
    workspaceSides: words(WORKSPACE_SIDE_LABELS),
  };
}
