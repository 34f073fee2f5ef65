import {
  CROSSWALK_RELATION_LABELS,
  DIFF_KIND_LABELS,
  labelsIn,
  LIFECYCLE_PHASE_LABELS,
  OWNER_SIDE_LABELS,
  REQUIREMENT_AUDIENCE_LABELS,
  VERSION_STATUS_LABELS,
  type Language,
} from '@bunkai/model';

/** The model's names for the catalogs' values, for the `catalogs` texts (`t('catalogs.phases.build')`). */
export function catalogWords(language: Language) {
  return {
    statuses: labelsIn(VERSION_STATUS_LABELS, language),
    audiences: labelsIn(REQUIREMENT_AUDIENCE_LABELS, language),
    owners: labelsIn(OWNER_SIDE_LABELS, language),
    phases: labelsIn(LIFECYCLE_PHASE_LABELS, language),
    relations: labelsIn(CROSSWALK_RELATION_LABELS, language),
    diffKinds: labelsIn(DIFF_KIND_LABELS, language),
  };
}
