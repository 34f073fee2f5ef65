import {
  EVIDENCE_KIND_LABELS,
  MARK,
  type MatrixColumnName,
  PHASE_LABELS,
  STATUS_LABELS,
} from './columns';
import type { MatrixFileRow } from './model';

/** One row of the 確認表 as the text of each cell, shared by the XLSX and CSV writers. */
export type MatrixCells = Record<MatrixColumnName, string>;

// The parties are in Japan: a confirmation at 23:30 UTC is dated the next day there.
const TOKYO = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function tokyoParts(iso: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(
    TOKYO.formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  );
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

/** An ISO timestamp as the date in Japan, YYYY-MM-DD; anything unreadable as it is. */
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

/** The later of the two confirmations, the day the row was agreed; blank until it is. */
export function confirmedOn(row: MatrixFileRow): string {
  if (row.status !== 'agreed') return '';
  const times = [row.hospitalConfirmation, row.vendorConfirmation]
    .flatMap((c) => (c === null ? [] : [c.at]))
    .filter((at) => !Number.isNaN(Date.parse(at)))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const last = times[times.length - 1];
  return last === undefined ? '' : tokyoDate(last);
}

export function evidenceText(row: MatrixFileRow): string {
  return row.evidence
    .map((e) => {
      const reference = e.reference.trim() === '' ? '' : ` (${e.reference})`;
      return `${EVIDENCE_KIND_LABELS[e.kind]}: ${e.title}${reference}`;
    })
    .join('\n');
}

export function matrixRowCells(row: MatrixFileRow): MatrixCells {
  const owner = row.ownerSide;
  const mark = (on: boolean) => (on ? MARK : '');
  return {
    code: row.code,
    chapter: [row.chapterCode, row.chapterTitleJa]
      .filter((s): s is string => s !== null && s !== '')
      .join(' '),
    title: row.titleJa,
    text: row.textJa,
    hospital: mark(owner === 'hospital' || owner === 'shared'),
    vendor: mark(owner === 'vendor' || owner === 'shared'),
    not_applicable: mark(owner === 'not_applicable'),
    phase: row.phase === null ? '' : PHASE_LABELS[row.phase],
    hospital_duty: row.hospitalDuty,
    vendor_duty: row.vendorDuty,
    first_confirmation: row.status === 'agreed' ? 'はい' : 'いいえ',
    confirmed_on: confirmedOn(row),
    due_date: row.dueDate ?? '',
    status: STATUS_LABELS[row.status],
    hospital_confirmed_by: row.hospitalConfirmation?.by ?? '',
    vendor_confirmed_by: row.vendorConfirmation?.by ?? '',
    evidence: evidenceText(row),
    unconfirmed: mark(row.unconfirmed),
  };
}
