import { useTranslation } from 'react-i18next';
import { SERVICE_TYPES, SYSTEM_CATEGORIES } from '@bunkai/model';

/** The category and service-type choices in the current language. */
export function useSystemOptions() {
  const { t } = useTranslation();
  return {
    categories: SYSTEM_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) })),
    serviceTypes: SERVICE_TYPES.map((value) => ({ value, label: t(`serviceType.${value}`) })),
  };
}
