import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, isOneOf } from '@bunkai/model';

/** The recorded action and target in words; anything the model does not name is shown as recorded. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (action: string) =>
      isOneOf(AUDIT_ACTIONS, action) ? t(`audit.actions.${action}`) : action,
    target: (type: string) =>
      isOneOf(AUDIT_TARGET_TYPES, type) ? t(`audit.targets.${type}`) : type,
  };
}
