import type { Language } from './labels';

/**
 * Dates as the parties read them: in Japan time (the service's users are in Japan; JST has no
 * daylight saving time, so it is always UTC+9).
 */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';

/** The first instant of a YYYY-MM-DD day in Japan, as ISO 8601 (`2025-04-01T00:00:00+09:00`). */
export function startOfJapanDay(date: string): string {
  return `${date}T00:00:00+09:00`;
}

const MINUTES: Intl.DateTimeFormatOptions = {
  timeZone: JAPAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

let parts: Intl.DateTimeFormat | undefined;

function tokyoParts(iso: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  // Made on first use: the screens never need it, only the files.
  parts ??= new Intl.DateTimeFormat('en-US', MINUTES);
  const byType = Object.fromEntries(
    parts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  );
  return {
    year: byType.year ?? '',
    month: byType.month ?? '',
    day: byType.day ?? '',
    hour: byType.hour ?? '',
    minute: byType.minute ?? '',
  };
}

/** An ISO timestamp as the date in Japan, YYYY-MM-DD (23:30 UTC is the next day there). */
export function tokyoDate(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const p = tokyoParts(iso);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An ISO timestamp as date and time in Japan, `YYYY-MM-DD HH:mm`. */
export function tokyoDateTime(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const p = tokyoParts(iso);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2026年12月2日 15:04 (JST)` / `December 2, 2026, 15:04 (JST)`, as mails write a deadline. */
export function formatJst(date: Date, language: Language): string {
  const jst = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  const y = jst.getUTCFullYear();
  const mo = jst.getUTCMonth();
  const d = jst.getUTCDate();
  const time = `${String(jst.getUTCHours()).padStart(2, '0')}:${String(jst.getUTCMinutes()).padStart(2, '0')}`;
  return language === 'ja'
    ? `${y}年${mo + 1}月${d}日 ${time} (JST)`
    : `${EN_MONTHS[mo] ?? ''} ${d}, ${y}, ${time} (JST)`;
}

// English words with dates written year-month-day (en-CA).
const INTL_LOCALES: Record<Language, string> = { ja: 'ja-JP', en: 'en-CA' };

export interface DateFormats {
  dateTime: (value: Date | string | null | undefined) => string;
  dateTimeSeconds: (value: Date | string | null | undefined) => string;
  date: (value: Date | string | null | undefined) => string;
}

function dateFormats(language: Language): DateFormats {
  const locale = INTL_LOCALES[language];
  const dateTime = new Intl.DateTimeFormat(locale, MINUTES);
  const withSeconds = new Intl.DateTimeFormat(locale, { ...MINUTES, second: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: JAPAN_TIME_ZONE,
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
  return { dateTime: safe(dateTime), dateTimeSeconds: safe(withSeconds), date: safe(date) };
}

// Creating Intl formatters is slow; big tables format every cell of every render.
const byLanguage = new Map<Language, DateFormats>();

/** Dates and times on screen, in Japan time, written the language's way. */
export function dateFormatsIn(language: Language): DateFormats {
  let formats = byLanguage.get(language);
  if (!formats) {
    formats = dateFormats(language);
    byLanguage.set(language, formats);
  }
  return formats;
}

/** The range a due date (完了日) may take in the app's date fields. */
export const DUE_DATE_MIN = '2000-01-01';
export const DUE_DATE_MAX = '2100-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is written YYYY-MM-DD (not whether that day exists). */
export function looksLikeIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/**
 * Whether `value` is a real calendar date written YYYY-MM-DD within DUE_DATE_MIN..DUE_DATE_MAX.
 * The browser's date field lets one type a year such as 70331; nothing like that is sent.
 */
export function isDueDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && value >= DUE_DATE_MIN && value <= DUE_DATE_MAX;
}
