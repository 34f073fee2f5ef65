import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATALOG_FILE_FORMATS,
  CATALOG_TEMPLATE_FORMATS,
  isOneOf,
  MAX_FILE_BYTES,
  VERSION_STATUSES,
  type CatalogFileFormat,
  type CatalogTemplateFormat,
} from '@bunkai/model';
import {
  Button,
  ButtonRow,
  Card,
  FactList,
  FileField,
  Form,
  FormError,
  MenuButton,
  Muted,
  Notice,
  PageHeader,
  SelectField,
  SubmitRow,
  TextField,
} from '@bunkai/ui';
import { ImportIssuesTable } from '../../../components/import-issues-table';
import { errorMessage, useFormErrors } from '../../../lib/errors';
import { useFileImport } from '../../../lib/file-import';
import { downloadFile } from '../../../lib/files';
import { useTRPC, useTRPCClient } from '../../../lib/trpc';
import type {
  CatalogFileInput,
  ImportIssue,
  ImportOutcome,
  ImportPreview,
} from '../../../lib/types';
import { RequireOrganization } from '../../../components/require-organization';
import { findVersion, useCatalogAccess, useCatalogs } from '../../../lib/catalog-data';
import { DiffView } from '../diff/diff-view';
import { StatusBadge, UnconfirmedBadge, useCatalogText } from '../../../components/catalog-labels';
import { StatusAction } from '../version/version-actions';
import '../catalogs.css';

const CSV_FIELDS = ['catalogCode', 'catalogTitleJa', 'catalogTitleEn', 'versionLabel'] as const;
type CsvMeta = Record<(typeof CSV_FIELDS)[number], string>;
const SHOWN_FIELDS = [
  'format',
  'fileName',
  'contentBase64',
  ...CSV_FIELDS.map((field) => `csvMeta.${field}`),
];

/** `/catalogs/import`: check a file (nothing is written), then import it as a draft. */
export function ImportPage() {
  const { t } = useTranslation();
  const access = useCatalogAccess();
  return (
    <>
      <p className="bk-back">
        <Link to="/catalogs">← {t('catalogs.browse.back')}</Link>
      </p>
      <PageHeader
        title={t('catalogs.importPage.title')}
        lead={
          access.platform
            ? t('catalogs.importPage.leadPlatform')
            : t('catalogs.importPage.leadPrivate')
        }
      />
      <RequireOrganization admin>{() => <ImportFlow />}</RequireOrganization>
    </>
  );
}

function ImportFlow() {
  const [round, setRound] = useState(0);
  return (
    <>
      <TemplateCard />
      <Importer
        key={round}
        onRestart={() => {
          setRound((value) => value + 1);
        }}
      />
    </>
  );
}

function TemplateCard() {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const download = useMutation({
    mutationFn: (format: CatalogTemplateFormat) => client.catalogs.template.query({ format }),
    onSuccess: downloadFile,
  });
  return (
    <Card title={t('catalogs.importPage.template')}>
      <Muted>{t('catalogs.importPage.templateLead')}</Muted>
      <MenuButton
        label={t('catalogs.importPage.template')}
        pending={download.isPending}
        items={CATALOG_TEMPLATE_FORMATS.map((format) => ({
          key: format,
          label: t(`catalogs.importPage.templateFormats.${format}`),
          onSelect: () => {
            download.mutate(format);
          },
        }))}
      />
      {download.isError ? <Notice tone="error">{errorMessage(download.error)}</Notice> : null}
    </Card>
  );
}

/** The format by the file's extension; a `.json` file is OSCAL when it looks like one. */
async function detectFormat(file: File): Promise<CatalogFileFormat | ''> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.oscal.json')) return 'oscal';
  if (!name.endsWith('.json')) return '';
  if (file.size > MAX_FILE_BYTES) return 'json';
  try {
    const doc: unknown = JSON.parse(await file.text());
    const catalog: unknown =
      typeof doc === 'object' && doc !== null && 'catalog' in doc ? doc.catalog : null;
    return typeof catalog === 'object' && catalog !== null && 'metadata' in catalog
      ? 'oscal'
      : 'json';
  } catch {
    return 'json';
  }
}

function Importer({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [meta, setMeta] = useState<CsvMeta>({
    catalogCode: '',
    catalogTitleJa: '',
    catalogTitleEn: '',
    versionLabel: '',
  });
  const preview = useMutation(trpc.catalogs.importPreview.mutationOptions());
  const importing = useMutation(
    trpc.catalogs.import.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.catalogs.pathKey() }),
    }),
  );
  const errors = useFormErrors(preview.error ?? importing.error, SHOWN_FIELDS);
  const { format, fileError, reading, checked, changed, chooseFile, chooseFormat, check } =
    useFileImport({
      preview,
      importing,
      detectFormat,
      toInput: (file, format: CatalogFileFormat, contentBase64): CatalogFileInput => ({
        format,
        fileName: file.name,
        contentBase64,
        ...(format === 'csv' ? { csvMeta: meta } : {}),
      }),
      messages: {
        noFile: t('catalogs.importPage.noFile'),
        tooLarge: t('catalogs.importPage.tooLarge'),
      },
    });

  const result = importing.data;
  if (result?.ok && checked && preview.data?.ok) {
    return <ImportDone preview={preview.data.preview} result={result} onRestart={onRestart} />;
  }
  const issues =
    result && !result.ok ? result.issues : preview.data?.ok === false ? preview.data.issues : null;

  return (
    <>
      <Card title={t('catalogs.importPage.formTitle')}>
        <Form
          label={t('catalogs.importPage.formTitle')}
          onSubmit={() => {
            void check();
          }}
        >
          <FormError message={errors.summary} />
          <FileField
            label={t('catalogs.importPage.file')}
            hint={t('catalogs.importPage.fileHint')}
            accept=".xlsx,.csv,.json"
            error={fileError ?? errors.field('contentBase64') ?? errors.field('fileName')}
            onChange={chooseFile}
          />
          <SelectField<CatalogFileFormat>
            label={t('catalogs.importPage.format')}
            value={format}
            placeholder={t('catalogs.diff.choose')}
            required
            error={errors.field('format')}
            options={CATALOG_FILE_FORMATS.map((value) => ({
              value,
              label: t(`catalogs.importPage.formats.${value}`),
            }))}
            onChange={chooseFormat}
          />
          {format === 'csv' ? (
            <fieldset className="bk-field bk-choices">
              <legend>{t('catalogs.importPage.csvLegend')}</legend>
              <p className="bk-field-hint">{t('catalogs.importPage.csvLead')}</p>
              <div className="bk-form">
                {CSV_FIELDS.map((field) => (
                  <TextField
                    key={field}
                    label={t(`catalogs.importPage.${field}`)}
                    hint={
                      field === 'catalogCode'
                        ? t('catalogs.importPage.catalogCodeHint')
                        : field === 'versionLabel'
                          ? t('catalogs.importPage.versionLabelHint')
                          : undefined
                    }
                    value={meta[field]}
                    required
                    error={errors.field(`csvMeta.${field}`)}
                    onChange={(value) => {
                      changed();
                      setMeta((current) => ({ ...current, [field]: value }));
                    }}
                  />
                ))}
              </div>
            </fieldset>
          ) : null}
          <SubmitRow
            label={t('catalogs.importPage.check')}
            pending={reading || preview.isPending}
            disabled={!format}
          />
        </Form>
      </Card>
      {issues ? <IssuesCard issues={issues} /> : null}
      {preview.data?.ok && checked ? (
        <PreviewCard
          preview={preview.data.preview}
          importing={importing.isPending}
          onImport={() => {
            importing.mutate(checked);
          }}
        />
      ) : null}
    </>
  );
}

function IssuesCard({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('catalogs.importPage.issuesTitle')} id="import-issues">
      <ImportIssuesTable
        issues={issues}
        lead={t('catalogs.importPage.issuesLead', { count: issues.length })}
      />
    </Card>
  );
}

function PreviewCard({
  preview,
  importing,
  onImport,
}: {
  preview: ImportPreview;
  importing: boolean;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const blocked = preview.outcome === 'conflict' || preview.outcome === 'unchanged';
  const previous = preview.previous;
  return (
    <>
      <Card title={t('catalogs.importPage.previewTitle')} id="import-preview">
        <FactList
          items={[
            {
              id: 'catalog',
              label: t('catalogs.importPage.catalog'),
              value: (
                <>
                  {text.title(preview.catalog)}{' '}
                  <span className="bk-mono">({preview.catalog.code})</span>
                </>
              ),
            },
            {
              id: 'version',
              label: t('catalogs.importPage.version'),
              value: preview.version.label,
            },
            {
              id: 'requirementCount',
              label: t('catalogs.importPage.requirementCount'),
              value: t('catalogs.requirementCount', { count: preview.requirementCount }),
            },
            {
              id: 'unconfirmedCount',
              label: t('catalogs.importPage.unconfirmedCount'),
              value: (
                <>
                  {t('catalogs.requirementCount', { count: preview.unconfirmedCount })}{' '}
                  {preview.unconfirmedCount > 0 ? <UnconfirmedBadge /> : null}
                </>
              ),
            },
            {
              id: 'previous',
              label: t('catalogs.importPage.previous'),
              value: previous ? (
                <>
                  <Link to="/catalogs/$versionId" params={{ versionId: previous.versionId }}>
                    {text.versionName(preview.catalog, previous.label)}
                  </Link>{' '}
                  {isOneOf(VERSION_STATUSES, previous.status) ? (
                    <StatusBadge status={previous.status} />
                  ) : null}
                </>
              ) : (
                t('catalogs.importPage.noPrevious')
              ),
            },
            {
              id: 'outcome',
              label: t('catalogs.importPage.outcome'),
              value: t(`catalogs.importPage.outcomes.${preview.outcome}`),
            },
          ]}
        />
        {preview.outcome === 'conflict' ? (
          <Notice tone="warning">{t('catalogs.importPage.outcomes.conflict')}</Notice>
        ) : null}
        <ButtonRow>
          <Button pending={importing} disabled={blocked} onClick={onImport}>
            {t('catalogs.importPage.submit')}
          </Button>
          {preview.outcome === 'unchanged' && previous ? (
            <Link
              to="/catalogs/$versionId"
              params={{ versionId: previous.versionId }}
              className="bk-button bk-button-secondary"
            >
              {t('catalogs.importPage.openExisting')}
            </Link>
          ) : null}
        </ButtonRow>
      </Card>
      {preview.diff && previous ? (
        <Card
          title={t('catalogs.importPage.diffTitle', { label: previous.label })}
          id="import-diff"
        >
          <DiffView
            diff={preview.diff}
            fromName={previous.label}
            toName={preview.version.label}
            fromVersionId={previous.versionId}
          />
        </Card>
      ) : null}
    </>
  );
}

function ImportDone({
  preview,
  result,
  onRestart,
}: {
  preview: ImportPreview;
  result: { versionId: string; outcome: ImportOutcome };
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const catalogs = useCatalogs();
  const name = text.versionName(preview.catalog, preview.version.label);
  const found = findVersion(catalogs.data, result.versionId);
  return (
    <Card id="import-done">
      <Notice tone="success">{t(`catalogs.importPage.done.${result.outcome}`, { name })}</Notice>
      <ButtonRow>
        <Link
          to="/catalogs/$versionId"
          params={{ versionId: result.versionId }}
          className="bk-button bk-button-primary"
        >
          {t('catalogs.importPage.open')}
        </Link>
        {found ? (
          <StatusAction catalog={found.catalog} version={found.version} name={name} />
        ) : null}
        <Button variant="secondary" onClick={onRestart}>
          {t('catalogs.importPage.another')}
        </Button>
      </ButtonRow>
    </Card>
  );
}
