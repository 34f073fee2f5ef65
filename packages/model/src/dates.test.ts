import { describe, expect, it } from 'vitest';
import {
  dateFormatsIn,
  formatJst,
  isDueDate,
  startOfJapanDay,
  tokyoDate,
  tokyoDateTime,
} from './dates';

describe('dates in Japan time', () => {
  it('dates a timestamp by the day in Japan (23:30 UTC is the next day there)', () => {
    expect(tokyoDate('2025-02-12T23:30:00.000Z')).toBe('2025-02-13');
    expect(tokyoDateTime('2025-02-12T23:30:00.000Z')).toBe('2025-02-13 08:30');
    expect(tokyoDate('not a date')).toBe('not a date');
  });

  it('writes a mail’s deadline in each language', () => {
    const d = new Date('2026-03-31T23:30:00Z');
    expect(formatJst(d, 'ja')).toBe('2026年4月1日 08:30 (JST)');
    expect(formatJst(d, 'en')).toBe('April 1, 2026, 08:30 (JST)');
  });

  it('shows dates on screen in Japan time, and what is no date as it came', () => {
    const ja = dateFormatsIn('ja');
    const en = dateFormatsIn('en');
    expect(ja.date(startOfJapanDay('2025-04-01'))).toBe('2025/04/01');
    expect(en.date(startOfJapanDay('2025-04-01'))).toBe('2025-04-01');
    expect(ja.dateTime('2025-02-12T23:30:00.000Z')).toBe('2025/02/13 08:30');
    expect(ja.dateTime(null)).toBe('—');
    expect(ja.date('70331-01-01x')).toBe('70331-01-01x');
    expect(dateFormatsIn('ja')).toBe(ja);
  });
});

describe('isDueDate: what a due date field may send', () => {
  it('accepts real calendar dates from 2000 to 2100 only', () => {
    expect(isDueDate('2026-02-28')).toBe(true);
    expect(isDueDate('2100-12-31')).toBe(true);
    expect(isDueDate('2026-02-30')).toBe(false);
    expect(isDueDate('1999-12-31')).toBe(false);
    expect(isDueDate('70331-01-01')).toBe(false);
    expect(isDueDate('2026-2-3')).toBe(false);
  });
});
