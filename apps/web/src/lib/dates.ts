/** The range a due date may take in the app's date fields (min/max on the inputs too). */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2100-12-31';

/**
 * Whether `value` is a real calendar date written YYYY-MM-DD within DATE_MIN..DATE_MAX. The
 * browser's date field lets one type a year such as 70331; nothing like that is sent.
 */
export function isSaneDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && value >= DATE_MIN && value <= DATE_MAX;
}
