import { useTranslation } from 'react-i18next';
import { startOfJapanDay } from '@bunkai/model';
import { useDateFormat } from '../../lib/format';

/** An ISO date (YYYY-MM-DD) as a date in the current language; 「日付不明」 when unknown. */
export function useEffectiveDate() {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (value: string | null) => {
    if (!value) return t('catalogs.noDate');
    const date = new Date(startOfJapanDay(value));
    return Number.isNaN(date.getTime()) ? value : format.date(date);
  };
}
