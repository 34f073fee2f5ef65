import { useTranslation } from 'react-i18next';

const OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

function formatters(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, OPTIONS);
  const withSeconds = new Intl.DateTimeFormat(locale, { ...OPTIONS, second: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  /** Never throws: a value that is no real date is shown as it came, or as —. */
  const safe =
    (format: Intl.DateTimeFormat) =>
    (value: Date | string | null | undefined): string => {
      if (value === null || value === undefined || value === '') return '—';
      const parsed = value instanceof Date ? value : new Date(value);
      if (Number.isNaN(parsed.getTime())) return typeof value === 'string' ? value : '—';
      try {
        return format.format(parsed);
      } catch {
        return typeof value === 'string' ? value : '—';
      }
    };
  return {
    dateTime: safe(dateTime),
    dateTimeSeconds: safe(withSeconds),
    date: safe(date),
  };
}

// Creating Intl formatters is slow; big tables call this hook for every render.
const byLocale = new Map<string, ReturnType<typeof formatters>>();

/** Dates and times are shown in Japan time (the service's users are in Japan). */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-CA' : 'ja-JP';
  let cached = byLocale.get(locale);
  if (!cached) {
    cached = formatters(locale);
    byLocale.set(locale, cached);
  }
  return cached;
}
