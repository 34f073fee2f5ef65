import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MatrixExportFormat } from '@bunkai/model';
import { MenuButton, Notice } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { downloadFile } from '../../../lib/files';
import { useTRPCClient } from '../../../lib/trpc';

/** The menu's choices: this system's matrix in each format, or the whole workspace. */
const CHOICES = [
  { key: 'xlsx', format: 'xlsx', wholeWorkspace: false },
  { key: 'csv', format: 'csv', wholeWorkspace: false },
  { key: 'workspaceXlsx', format: 'xlsx', wholeWorkspace: true },
  { key: 'oscal', format: 'oscal', wholeWorkspace: false },
] as const satisfies readonly {
  key: string;
  format: MatrixExportFormat;
  wholeWorkspace: boolean;
}[];
type Choice = (typeof CHOICES)[number];

/** 「書き出し」: the 確認表 as XLSX or CSV, the whole workspace as XLSX, or an OSCAL SSP. */
export function MatrixExportMenu({
  workspaceId,
  matrixId,
}: {
  workspaceId: string;
  matrixId: string;
}) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const exporting = useMutation({
    mutationFn: (choice: Choice) =>
      client.matrix.export.query({
        workspaceId,
        format: choice.format,
        ...(choice.wholeWorkspace ? {} : { matrixId }),
      }),
    onSuccess: downloadFile,
  });
  return (
    <>
      <MenuButton
        label={t('matrixDocs.export')}
        pending={exporting.isPending}
        items={CHOICES.map((choice) => ({
          key: choice.key,
          label: t(`matrixDocs.exportFormats.${choice.key}`),
          onSelect: () => {
            exporting.mutate(choice);
          },
        }))}
      />
      {exporting.isError ? (
        <Notice tone="error">
          {t('matrixDocs.exportError', { message: errorMessage(exporting.error) })}
        </Notice>
      ) : null}
    </>
  );
}
