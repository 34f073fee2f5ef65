import { useTranslation } from 'react-i18next';
import { Notice, Table } from '@bunkai/ui';

/** A problem the server found in an imported file, by row and column where it has one. */
export interface FileIssue {
  row: number | null;
  column: string | null;
  messages: { ja: string; en: string };
}

/**
 * The problems of an imported file (catalog or matrix import): a count, then one line each with
 * its row (or 「ファイル全体」), column and message.
 */
export function ImportIssuesTable({
  issues,
  lead,
  columnName = (column) => column,
}: {
  issues: readonly FileIssue[];
  /** The notice above the table, e.g. how many problems there are and that nothing was written. */
  lead: string;
  /** How a column is shown; as the file names it unless given. */
  columnName?: (column: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  return (
    <>
      <Notice tone="error">{lead}</Notice>
      <Table<FileIssue & { key: string }>
        rows={issues.map((issue, index) => ({ ...issue, key: String(index) }))}
        rowKey={(issue) => issue.key}
        columns={[
          {
            key: 'row',
            header: t('fileImport.row'),
            cell: (issue) => issue.row ?? t('fileImport.wholeFile'),
            nowrap: true,
          },
          {
            key: 'column',
            header: t('fileImport.column'),
            cell: (issue) => (issue.column === null ? '—' : columnName(issue.column)),
          },
          {
            key: 'message',
            header: t('fileImport.message'),
            cell: (issue) => issue.messages[lang],
          },
        ]}
      />
    </>
  );
}
