import {
  COVERAGE_FINDING_LABELS,
  EVIDENCE_KIND_LABELS,
  labelsIn,
  OWNER_BUCKET_LABELS,
  ROW_STATUS_LABELS,
  WORKSPACE_SIDE_LABELS,
  type Language,
} from '@bunkai/model';

/** The model's names for the matrix's values, for the `matrix` texts (`t('matrix.statuses.draft')`). */
export function matrixWords(language: Language) {
  return {
    owners: labelsIn(OWNER_BUCKET_LABELS, language),
    statuses: labelsIn(ROW_STATUS_LABELS, language),
    sides: labelsIn(WORKSPACE_SIDE_LABELS, language),
    evidenceKinds: labelsIn(EVIDENCE_KIND_LABELS, language),
    findings: labelsIn(COVERAGE_FINDING_LABELS, language),
  };
}
