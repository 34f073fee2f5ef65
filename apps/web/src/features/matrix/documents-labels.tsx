import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone, Button } from '@bunkai/ui';
import { ja } from '../../i18n/ja';
import type { RouterInputs, RouterOutputs } from '../../lib/types';

// Types of the documents side of the matrix (export, import, signing, print, combined view).
export type MatrixSummary = RouterOutputs['matrix']['get'];
export type MatrixRow = RouterOutputs['matrix']['rows'][number];
export type MatrixOwner = NonNullable<MatrixRow['ownerSide']>;
export type OwnerBucket = MatrixOwner | 'unset';
export type MatrixStatus = MatrixRow['status'];
export type MatrixPhase = NonNullable<MatrixRow['phase']>;
export type MatrixExportFormat = RouterInputs['matrix']['export']['format'];
export type MatrixImportInput = RouterInputs['matrix']['importPreview'];
export type MatrixImportFormat = MatrixImportInput['format'];
export type MatrixImportOutcome = RouterOutputs['matrix']['importPreview'];
export type MatrixImportIssue = MatrixImportOutcome['issues'][number];
export type MatrixImportChange = MatrixImportOutcome['changes'][number];
export type MatrixSnapshot = RouterOutputs['matrix']['snapshots'][number];
export type SnapshotComparison = RouterOutputs['matrix']['compareSnapshot'];
export type SnapshotDifference = SnapshotComparison['differences'][number];
export type CombinedView = RouterOutputs['matrix']['combined'];
export type CombinedRow = CombinedView['rows'][number];
export type CoverageFinding = CombinedRow['finding'];

export const OWNER_BUCKETS = [
  'hospital',
  'vendor',
  'shared',
  'not_applicable',
  'unset',
] as const satisfies readonly OwnerBucket[];
export const MATRIX_STATUSES = [
  'agreed',
  'proposed',
  'draft',
  'disputed',
  'needs_review',
] as const satisfies readonly MatrixStatus[];
export const IMPORT_FORMATS = ['xlsx', 'csv'] as const satisfies readonly MatrixImportFormat[];
/** In the order a hospital wants to read them: what needs action first. */
export const COVERAGE_FINDINGS = [
  'gap',
  'overlap',
  'covered',
  'not_applicable',
] as const satisfies readonly CoverageFinding[];

const PHASES = [
  'pre_contract',
  'build',
  'operate',
  'incident',
  'exit',
] as const satisfies readonly MatrixPhase[];
const FIELDS = ['ownerSide', 'phase', 'hospitalDuty', 'vendorDuty', 'dueDate', 'evidence'] as const;
type FileColumn = keyof typeof ja.matrixDocs.fileColumns;

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

const STATUS_TONE: Record<MatrixStatus, BadgeTone> = {
  agreed: 'success',
  proposed: 'info',
  draft: 'neutral',
  disputed: 'danger',
  needs_review: 'warning',
};

export function RowStatusBadge({ status }: { status: MatrixStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`matrixDocs.statuses.${status}`)}</Badge>;
}

const FINDING_TONE: Record<CoverageFinding, BadgeTone> = {
  gap: 'danger',
  overlap: 'warning',
  covered: 'success',
  not_applicable: 'neutral',
};

export function FindingBadge({ finding }: { finding: CoverageFinding }) {
  const { t } = useTranslation();
  return (
    <Badge
      tone={FINDING_TONE[finding]}
      title={t(`matrixDocs.combinedPage.findingHints.${finding}`)}
    >
      {t(`matrixDocs.combinedPage.findings.${finding}`)}
    </Badge>
  );
}

interface Titled {
  titleJa: string;
  titleEn: string;
}

/** Labels for owners, phases, changed fields and file columns, in the current language. */
export function useDocsText() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const owner = (value: MatrixOwner | null) => t(`matrixDocs.owners.${value ?? 'unset'}`);
  const phase = (value: MatrixPhase | null) => (value ? t(`catalogs.phases.${value}`) : '');
  /** A changed field's value (from an import preview or a snapshot comparison) as text. */
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return t('matrixDocs.blank');
    if (field === 'ownerSide' && isOneOf(OWNER_BUCKETS, raw)) return t(`matrixDocs.owners.${raw}`);
    if (field === 'phase' && isOneOf(PHASES, raw)) return t(`catalogs.phases.${raw}`);
    if (field === 'evidence' && Array.isArray(raw)) {
      const titles = raw.map((item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        'title' in item &&
        typeof item.title === 'string'
          ? item.title
          : '',
      );
      return titles.length === 0
        ? t('matrixDocs.blank')
        : `${t('matrixDocs.evidenceCount', { count: titles.length })}: ${titles.join(t('common.listSeparator'))}`;
    }
    if (typeof raw === 'string') return raw;
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    return JSON.stringify(raw);
  };
  return {
    en,
    title: (item: Titled) => (en && item.titleEn ? item.titleEn : item.titleJa),
    owner,
    phase,
    field: (name: string) => (isOneOf(FIELDS, name) ? t(`matrixDocs.fields.${name}`) : name),
    value,
    /**
     * A column of an imported file as the file names it (its Japanese header), with the English
     * name beside it when the page is in English.
     */
    column: (header: string): string => {
      const columns = ja.matrixDocs.fileColumns;
      const key = (Object.keys(columns) as FileColumn[]).find((k) => columns[k] === header);
      if (!en || !key) return header;
      return t('matrixDocs.importDialog.columnWithName', {
        column: header,
        name: t(`matrixDocs.fileColumns.${key}`),
      });
    },
  };
}

export type ChangedFields = Record<string, { from?: unknown; to?: unknown }>;

/** Each changed field as 「label: before → after」. */
export function FieldChanges({ fields }: { fields: ChangedFields }) {
  const text = useDocsText();
  const entries = Object.entries(fields);
  if (entries.length === 0) return null;
  return (
    <ul className="bk-list bk-changes">
      {entries.map(([field, change]) => (
        <li key={field} className="bk-change">
          <span className="bk-change-label">{text.field(field)}</span>
          <span className="bk-change-from">{text.value(field, change.from)}</span>
          <span>→</span>
          <span className="bk-change-to">{text.value(field, change.to)}</span>
        </li>
      ))}
    </ul>
  );
}

/** 「閉じる」 at the bottom of a dialog (Escape closes it too). */
export function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="secondary" onClick={onClose}>
      {t('matrixDocs.close')}
    </Button>
  );
}
