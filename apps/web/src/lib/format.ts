import { useTranslation } from 'react-i18next';
import { dateFormatsIn } from '@bunkai/model';

/** Dates and times in Japan time (the service's users are in Japan), as the language writes them. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  return dateFormatsIn(i18n.language === 'en' ? 'en' : 'ja');
}
