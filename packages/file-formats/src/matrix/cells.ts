import { sidesCarrying, tokyoDate } from '@bunkai/model';
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
    hospital: mark(sidesCarrying(owner).includes('hospital')),
    vendor: mark(sidesCarrying(owner).includes('vendor')),
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
