import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATRIX_FILE_FORMATS, type MatrixFileFormat } from '@bunkai/model';
import {
  Badge,
  Button,
  ButtonRow,
  Dialog,
  FileField,
  Form,
  FormError,
  Muted,
  Notice,
  SelectField,
  SubmitRow,
  Table,
} from '@bunkai/ui';
import { ImportIssuesTable, type FileIssue } from '../../../components/import-issues-table';
import { useFormErrors } from '../../../lib/errors';
import { useFileImport } from '../../../lib/file-import';
import { useTRPC } from '../../../lib/trpc';
import {
  CloseButton,
  FieldChanges,
  type MatrixImportChange,
  type MatrixImportOutcome,
  useDocsText,
} from './documents-labels';
import { useMatrixText } from '../labels';

const SHOWN_FIELDS = ['format', 'fileName', 'contentBase64'];

function formatOf(file: File): MatrixFileFormat | '' {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  return '';
}

/**
 * 「取り込み」: choose an edited 確認表 (XLSX or CSV), see its errors by row and column or the
 * changes it makes (and which agreed rows it reopens), then 「取り込む」.
 */
export function MatrixImportDialog({
  workspaceId,
  matrixId,
  onClose,
}: {
  workspaceId: string;
  matrixId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  return (
    <Dialog
      title={t('matrixDocs.importDialog.title')}
      actions={<CloseButton onClose={onClose} />}
      onClose={onClose}
      wide
    >
      <Importer
        key={round}
        workspaceId={workspaceId}
        matrixId={matrixId}
        onRestart={() => {
          setRound((value) => value + 1);
        }}
      />
    </Dialog>
  );
}

function Importer({
  workspaceId,
  matrixId,
  onRestart,
}: {
  workspaceId: string;
  matrixId: string;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.matrix.importPreview.mutationOptions());
  const importing = useMutation(
    trpc.matrix.import.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.matrix.pathKey() }),
    }),
  );
  const errors = useFormErrors(preview.error ?? importing.error, SHOWN_FIELDS);
  const { format, fileError, reading, checked, chooseFile, chooseFormat, check } = useFileImport({
    preview,
    importing,
    detectFormat: formatOf,
    toInput: (file, format: MatrixFileFormat, contentBase64) => ({
      workspaceId,
      matrixId,
      format,
      fileName: file.name,
      contentBase64,
    }),
    messages: {
      noFile: t('matrixDocs.importDialog.noFile'),
      tooLarge: t('matrixDocs.importDialog.tooLarge'),
    },
  });

  const result = importing.data;
  if (result?.ok) return <ImportDone result={result} onRestart={onRestart} />;
  // The import itself may still refuse the file (the matrix changed since the preview).
  const refused = result ?? preview.data;
  const issues = refused && !refused.ok ? refused.issues : null;

  return (
    <>
      <Muted>{t('matrixDocs.importDialog.lead')}</Muted>
      <Form
        label={t('matrixDocs.importDialog.title')}
        onSubmit={() => {
          void check();
        }}
      >
        <FormError message={errors.summary} />
        <FileField
          label={t('matrixDocs.importDialog.file')}
          hint={t('matrixDocs.importDialog.fileHint')}
          accept=".xlsx,.csv"
          error={fileError ?? errors.field('contentBase64') ?? errors.field('fileName')}
          onChange={chooseFile}
        />
        <SelectField<MatrixFileFormat>
          label={t('matrixDocs.importDialog.format')}
          value={format}
          placeholder={t('matrixDocs.importDialog.choose')}
          required
          error={errors.field('format')}
          options={MATRIX_FILE_FORMATS.map((value) => ({
            value,
            label: t(`matrixDocs.importDialog.formats.${value}`),
          }))}
          onChange={chooseFormat}
        />
        <SubmitRow
          label={t('matrixDocs.importDialog.check')}
          pending={reading || preview.isPending}
          disabled={!format}
        />
      </Form>
      {issues ? <IssuesSection issues={issues} /> : null}
      {preview.data?.ok && checked ? (
        <PreviewSection
          workspaceId={workspaceId}
          matrixId={matrixId}
          outcome={preview.data}
          importing={importing.isPending}
          onImport={() => {
            importing.mutate(checked);
          }}
        />
      ) : null}
    </>
  );
}

function IssuesSection({ issues }: { issues: FileIssue[] }) {
  const { t } = useTranslation();
  const text = useDocsText();
  return (
    <section aria-labelledby="matrix-import-issues">
      <h3 id="matrix-import-issues">{t('matrixDocs.importDialog.issuesTitle')}</h3>
      <ImportIssuesTable
        issues={issues}
        lead={t('matrixDocs.importDialog.issuesLead', { count: issues.length })}
        columnName={text.column}
      />
    </section>
  );
}

function PreviewSection({
  workspaceId,
  matrixId,
  outcome,
  importing,
  onImport,
}: {
  workspaceId: string;
  matrixId: string;
  outcome: MatrixImportOutcome;
  importing: boolean;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const text = useMatrixText();
  // The grid has these already; used for the titles beside the codes.
  const rows = useQuery(trpc.matrix.rows.queryOptions({ workspaceId, matrixId }));
  const titles = new Map((rows.data ?? []).map((row) => [row.code, text.title(row)]));
  const reopening = outcome.changes.filter((change) => change.reopens).length;
  return (
    <section aria-labelledby="matrix-import-preview">
      <h3 id="matrix-import-preview">{t('matrixDocs.importDialog.previewTitle')}</h3>
      <p>
        {t('matrixDocs.importDialog.counts', {
          changed: outcome.changes.length,
          unchanged: outcome.unchanged,
        })}
      </p>
      {reopening > 0 ? (
        <Notice tone="warning">
          {t('matrixDocs.importDialog.reopenWarning', { count: reopening })}
        </Notice>
      ) : null}
      {outcome.changes.length === 0 ? (
        <Notice>{t('matrixDocs.importDialog.noChanges')}</Notice>
      ) : (
        <Table<MatrixImportChange>
          rows={outcome.changes}
          rowKey={(change) => `${String(change.row)}-${change.code}`}
          rowClassName={(change) => (change.reopens ? 'bk-row-warning' : undefined)}
          columns={[
            {
              key: 'row',
              header: t('fileImport.row'),
              cell: (change) => change.row,
              nowrap: true,
            },
            {
              key: 'code',
              header: t('matrix.grid.columns.code'),
              cell: (change) => (
                <>
                  <span className="bk-mono">{change.code}</span>
                  {titles.has(change.code) ? (
                    <span className="bk-sub">{titles.get(change.code)}</span>
                  ) : null}
                </>
              ),
            },
            {
              key: 'changes',
              header: t('matrixDocs.importDialog.changes'),
              cell: (change) => (
                <>
                  <FieldChanges fields={change.fields} />
                  {change.reopens ? (
                    <Badge tone="warning">{t('matrixDocs.importDialog.reopens')}</Badge>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
      <ButtonRow>
        <Button pending={importing} disabled={outcome.changes.length === 0} onClick={onImport}>
          {t('matrixDocs.importDialog.submit')}
        </Button>
      </ButtonRow>
    </section>
  );
}

function ImportDone({ result, onRestart }: { result: MatrixImportOutcome; onRestart: () => void }) {
  const { t } = useTranslation();
  const reopened = result.changes.filter((change) => change.reopens).length;
  return (
    <>
      <Notice tone="success">
        {result.applied
          ? t('matrixDocs.importDialog.done', { count: result.changes.length })
          : t('matrixDocs.importDialog.doneNothing')}
        {result.applied && reopened > 0
          ? ` ${t('matrixDocs.importDialog.doneReopened', { count: reopened })}`
          : null}
      </Notice>
      <ButtonRow>
        <Button variant="secondary" onClick={onRestart}>
          {t('matrixDocs.importDialog.another')}
        </Button>
      </ButtonRow>
    </>
  );
}
