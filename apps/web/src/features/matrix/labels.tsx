import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_KINDS,
  isOneOf,
  LIFECYCLE_PHASES,
  looksLikeIsoDate,
  MATRIX_OWNER_SIDES,
  ROW_ACTIVITY_ACTIONS,
  ROW_HISTORY_FIELDS,
  ROW_STATUS_LABELS,
  ROW_STATUSES,
  startOfJapanDay,
  type MatrixRowStatus,
  type WorkspaceSide,
} from '@bunkai/model';
import { Badge } from '@bunkai/ui';
import { useDateFormat } from '../../lib/format';
import type { MatrixRow } from './types';

interface Titled {
  titleJa: string;
  titleEn: string;
}

/** Labels of the matrix's values in the current language (one object per language). */
export function useMatrixText() {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const en = i18n.language === 'en';
  return useMemo(() => matrixText(t, en, format), [t, en, format]);
}

function matrixText(t: TFunction, en: boolean, format: ReturnType<typeof useDateFormat>) {
  // A stored value that is no real date is shown as it is (never thrown on).
  const dueDate = (date: string | null) =>
    date ? (looksLikeIsoDate(date) ? format.date(startOfJapanDay(date)) : date) : '';
  const title = (item: Titled) => (en && item.titleEn ? item.titleEn : item.titleJa);
  const owner = (value: string | null) =>
    value === null
      ? t('matrix.owners.unset')
      : isOneOf(MATRIX_OWNER_SIDES, value)
        ? t(`matrix.owners.${value}`)
        : value;
  const phase = (value: string | null) =>
    value === null
      ? t('matrix.unset')
      : isOneOf(LIFECYCLE_PHASES, value)
        ? t(`catalogs.phases.${value}`)
        : value;
  const status = (value: string) =>
    isOneOf(ROW_STATUSES, value) ? t(`matrix.statuses.${value}`) : value;
  const side = (value: WorkspaceSide) => t(`matrix.sides.${value}`);
  const evidenceKind = (value: string) =>
    isOneOf(EVIDENCE_KINDS, value) ? t(`matrix.evidence.kinds.${value}`) : value;

  /** A history value as text: labels for enumerations, "(none)" for nothing. */
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') {
      return field === 'ownerSide' || field === 'phase' || field === 'dueDate'
        ? t('matrix.unset')
        : t('matrix.empty');
    }
    if (field === 'ownerSide' && typeof raw === 'string') return owner(raw);
    if (field === 'phase' && typeof raw === 'string') return phase(raw);
    if (field === 'status' && typeof raw === 'string') return status(raw);
    if (field === 'dueDate' && typeof raw === 'string') return dueDate(raw);
    if (field === 'evidence' && typeof raw === 'object' && 'title' in raw) {
      const kind = 'kind' in raw && typeof raw.kind === 'string' ? evidenceKind(raw.kind) : '';
      return `${kind}「${String(raw.title)}」`;
    }
    return typeof raw === 'string' ? raw : JSON.stringify(raw);
  };

  return {
    en,
    title,
    /** The row's chapter as "code title", or nothing. */
    chapter: (row: Pick<MatrixRow, 'chapterCode' | 'chapterTitleJa' | 'chapterTitleEn'>) =>
      row.chapterCode
        ? `${row.chapterCode} ${title({ titleJa: row.chapterTitleJa ?? '', titleEn: row.chapterTitleEn ?? '' })}`.trim()
        : '',
    owner,
    phase,
    status,
    side,
    evidenceKind,
    field: (name: string) =>
      isOneOf(ROW_HISTORY_FIELDS, name) ? t(`matrix.fields.${name}`) : name,
    action: (name: string) =>
      isOneOf(ROW_ACTIVITY_ACTIONS, name) ? t(`matrix.history.actions.${name}`) : name,
    value,
    /** A YYYY-MM-DD date as the user's locale writes it. */
    dueDate,
    dateTime: format.dateTime,
  };
}

export type MatrixText = ReturnType<typeof matrixText>;

export function RowStatusBadge({ status }: { status: MatrixRowStatus }) {
  const { t } = useTranslation();
  return <Badge tone={ROW_STATUS_LABELS[status].tone}>{t(`matrix.statuses.${status}`)}</Badge>;
}

/** Whose move it is, from my side's point of view. */
export function useAwaitingText() {
  const { t } = useTranslation();
  return (row: Pick<MatrixRow, 'awaiting'>, mySide: WorkspaceSide) => {
    if (row.awaiting === 'none') return t('matrix.awaiting.none');
    if (row.awaiting === 'both') return t('matrix.awaiting.both');
    return row.awaiting === mySide ? t('matrix.awaiting.mine') : t('matrix.awaiting.theirs');
  };
}
