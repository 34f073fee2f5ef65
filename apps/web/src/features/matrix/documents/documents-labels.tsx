import { useTranslation } from 'react-i18next';
import {
  COVERAGE_FINDING_LABELS,
  isOneOf,
  LIFECYCLE_PHASES,
  OWNER_BUCKETS,
  type CoverageFinding,
} from '@bunkai/model';
import { Badge, Button } from '@bunkai/ui';
// The Japanese headers of the 確認表 files, which an import's issues name whatever the language.
import jaMatrix from '../../../i18n/ja/matrix';
import { useMatrixText } from '../labels';
import type { RouterInputs, RouterOutputs } from '../../../lib/types';

// Types of the documents side of the matrix (export, import, signing, print, combined view); the
// matrix, its rows, owners, phases and statuses are those of ./types.
export type MatrixImportInput = RouterInputs['matrix']['importPreview'];
export type MatrixImportOutcome = RouterOutputs['matrix']['importPreview'];
export type MatrixImportChange = MatrixImportOutcome['changes'][number];
export type MatrixSnapshot = RouterOutputs['matrix']['snapshots'][number];
export type SnapshotComparison = RouterOutputs['matrix']['compareSnapshot'];
export type SnapshotDifference = SnapshotComparison['differences'][number];
export type CombinedView = RouterOutputs['matrix']['combined'];
export type CombinedRow = CombinedView['rows'][number];

type FileColumn = keyof typeof jaMatrix.matrixDocs.fileColumns;

export function FindingBadge({ finding }: { finding: CoverageFinding }) {
  const { t } = useTranslation();
  return (
    <Badge
      tone={COVERAGE_FINDING_LABELS[finding].tone}
      title={t(`matrixDocs.combinedPage.findingHints.${finding}`)}
    >
      {t(`matrixDocs.combinedPage.findings.${finding}`)}
    </Badge>
  );
}

/**
 * Labels of changed fields and file columns, in the current language, as the 確認表 words them:
 * the owner is its 「担当」 column, an empty value 「（空欄）」.
 */
export function useDocsText() {
  const { t } = useTranslation();
  const text = useMatrixText();
  /** A changed field's value (from an import preview or a snapshot comparison) as text. */
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return t('matrixDocs.blank');
    if (field === 'ownerSide' && isOneOf(OWNER_BUCKETS, raw)) return t(`matrix.owners.${raw}`);
    if (field === 'phase' && isOneOf(LIFECYCLE_PHASES, raw)) return t(`catalogs.phases.${raw}`);
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
    field: (name: string) =>
      name === 'ownerSide' ? t('matrixDocs.fileColumns.owner') : text.field(name),
    value,
    /**
     * A column of an imported file as the file names it (its Japanese header), with the English
     * name beside it when the page is in English.
     */
    column: (header: string): string => {
      const columns = jaMatrix.matrixDocs.fileColumns;
      const key = (Object.keys(columns) as FileColumn[]).find((k) => columns[k] === header);
      if (!text.en || !key) return header;
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
