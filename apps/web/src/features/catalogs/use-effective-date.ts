import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../lib/format';

/** An ISO date (YYYY-MM-DD) as a date in the current language; 「日付不明」 when unknown. */
export function useEffectiveDate() {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (value: string | null) => {
    if (!value) return t('catalogs.noDate');
    const date = new Date(`${value}T00:00:00+09:00`);
    return Number.isNaN(date.getTime()) ? value : format.date(date);
  };
}
