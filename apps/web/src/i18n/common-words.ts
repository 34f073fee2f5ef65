import {
  HOSPITAL_AUDIENCE_LABELS,
  HOSPITAL_SIZE_CLASS_LABELS,
  labelsIn,
  MEMBERSHIP_ROLE_LABELS,
  ORGANIZATION_KIND_LABELS,
  SERVICE_TYPE_LABELS,
  SYSTEM_CATEGORY_LABELS,
  type Language,
} from '@bunkai/model';

/**
 * The model's names for organizations', members' and systems' values, for the `common` texts
 * (`t('role.admin')`).
 */
export function commonWords(language: Language) {
  return {
    orgKind: labelsIn(ORGANIZATION_KIND_LABELS, language),
    sizeClass: labelsIn(HOSPITAL_SIZE_CLASS_LABELS, language),
    role: labelsIn(MEMBERSHIP_ROLE_LABELS, language),
    audience: labelsIn(HOSPITAL_AUDIENCE_LABELS, language),
    category: labelsIn(SYSTEM_CATEGORY_LABELS, language),
    serviceType: labelsIn(SERVICE_TYPE_LABELS, language),
  };
}
