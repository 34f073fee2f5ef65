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
  return {
    dateTime: (value: Date) => dateTime.format(value),
    dateTimeSeconds: (value: Date) => withSeconds.format(value),
    date: (value: Date) => date.format(value),
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
