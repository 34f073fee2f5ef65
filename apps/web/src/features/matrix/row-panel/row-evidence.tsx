import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_KINDS,
  isOneOf,
  MAX_EVIDENCE_REFERENCE_LENGTH,
  MAX_EVIDENCE_TITLE_LENGTH,
  MAX_FILE_BYTES,
  reopensOnEdit,
  type EvidenceKind,
} from '@bunkai/model';
import {
  Badge,
  Button,
  ConfirmDialog,
  FileField,
  Form,
  FormError,
  Muted,
  Notice,
  SelectField,
  SubmitRow,
  TextField,
} from '@bunkai/ui';
import { errorMessage, useFormErrors } from '../../../lib/errors';
import { downloadFile, readFileBase64 } from '../../../lib/files';
import { useTRPCClient } from '../../../lib/trpc';
import { Linkified } from '../../../components/linkified';
import { useMatrixText } from '../labels';
import type { Evidence, MatrixRow } from '../types';
import type { MatrixRef, MatrixWrites } from '../state/use-matrix-writes';

const FILE_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'xlsx', 'docx'];

/** The evidence of a row (clauses, links, disclosure answers, documents): list, add, remove. */
export function RowEvidence({
  matrix,
  row,
  evidence,
  canEdit,
  writes,
}: {
  matrix: MatrixRef;
  row: MatrixRow;
  evidence: Evidence[];
  canEdit: boolean;
  writes: MatrixWrites;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const client = useTRPCClient();
  const [removing, setRemoving] = useState<Evidence | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);

  const download = async (fileId: string) => {
    setNotice(null);
    setDownloading(fileId);
    try {
      downloadFile(await client.matrix.evidenceFile.query({ ...matrix, fileId }));
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) });
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      {evidence.length === 0 ? (
        <Muted>{t('matrix.evidence.empty')}</Muted>
      ) : (
        <ul className="bk-evidence" aria-label={t('matrix.panel.evidence')}>
          {evidence.map((item) => (
            <li key={item.id}>
              <div>
                <Badge tone="info">{text.evidenceKind(item.kind)}</Badge>{' '}
                <strong>{item.title}</strong>
              </div>
              {item.reference ? (
                <p className="bk-sub">
                  <Linkified text={item.reference} />
                </p>
              ) : null}
              <div className="bk-button-row">
                {item.file ? (
                  <Button
                    variant="link"
                    aria-label={t('matrix.evidence.downloadOf', { name: item.file.fileName })}
                    pending={downloading === item.file.id}
                    onClick={() => {
                      if (item.file) void download(item.file.id);
                    }}
                  >
                    {item.file.fileName} (
                    {t('matrix.evidence.sizeKb', {
                      size: Math.max(1, Math.round(item.file.sizeBytes / 1024)),
                    })}
                    )
                  </Button>
                ) : null}
                {canEdit ? (
                  <Button
                    variant="danger"
                    aria-label={t('matrix.evidence.removeOf', { title: item.title })}
                    onClick={() => {
                      setNotice(null);
                      setRemoving(item);
                    }}
                  >
                    {t('matrix.evidence.remove')}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details className="bk-details">
          <summary>{t('matrix.evidence.add')}</summary>
          <EvidenceForm
            key={row.id}
            row={row}
            writes={writes}
            onAdded={() => {
              setNotice({ tone: 'success', text: t('matrix.done.evidenceAdded') });
            }}
          />
        </details>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('matrix.evidence.removeTitle', { title: removing.title })}
          confirmLabel={t('matrix.evidence.remove')}
          cancelLabel={t('common.cancel')}
          pending={writes.removeEvidence.isPending}
          onCancel={() => {
            setRemoving(null);
          }}
          onConfirm={() => {
            writes.removeEvidence.mutate(
              { row, evidenceId: removing.id },
              {
                onSuccess: () => {
                  setRemoving(null);
                  setNotice({ tone: 'success', text: t('matrix.done.evidenceRemoved') });
                },
                onError: (error) => {
                  setRemoving(null);
                  setNotice({ tone: 'error', text: errorMessage(error) });
                },
              },
            );
          }}
        >
          {reopensOnEdit(row.status) ? t('matrix.evidence.removeBody') : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function EvidenceForm({
  row,
  writes,
  onAdded,
}: {
  row: MatrixRow;
  writes: MatrixWrites;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const [kind, setKind] = useState<EvidenceKind>('document');
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // The file input cannot be cleared by state: a new key replaces it after a successful add.
  const [fileKey, setFileKey] = useState(0);
  const { addEvidence } = writes;
  const errors = useFormErrors(addEvidence.error, ['title', 'reference', 'file']);

  const chooseFile = (chosen: File | null) => {
    setFileError(null);
    setFile(chosen);
    if (!chosen) return;
    const extension = chosen.name.toLowerCase().split('.').pop() ?? '';
    if (!FILE_EXTENSIONS.includes(extension)) setFileError(t('matrix.evidence.fileType'));
    else if (chosen.size > MAX_FILE_BYTES) setFileError(t('matrix.evidence.fileTooLarge'));
  };

  const submit = async () => {
    if (fileError) return;
    const upload = file
      ? { fileName: file.name, contentBase64: await readFileBase64(file) }
      : undefined;
    addEvidence.mutate(
      { row, kind, title, reference, ...(upload ? { file: upload } : {}) },
      {
        onSuccess: () => {
          setTitle('');
          setReference('');
          setFile(null);
          setFileKey((key) => key + 1);
          onAdded();
        },
      },
    );
  };

  return (
    <Form
      label={t('matrix.evidence.add')}
      onSubmit={() => {
        void submit();
      }}
    >
      <FormError message={errors.summary} />
      <SelectField
        label={t('matrix.evidence.kind')}
        value={kind}
        options={EVIDENCE_KINDS.map((value) => ({ value, label: text.evidenceKind(value) }))}
        onChange={(value) => {
          if (isOneOf(EVIDENCE_KINDS, value)) setKind(value);
        }}
      />
      <TextField
        label={t('matrix.evidence.title')}
        value={title}
        maxLength={MAX_EVIDENCE_TITLE_LENGTH}
        required
        error={errors.field('title')}
        onChange={setTitle}
      />
      <TextField
        label={t('matrix.evidence.reference')}
        hint={t('matrix.evidence.referenceHint')}
        value={reference}
        maxLength={MAX_EVIDENCE_REFERENCE_LENGTH}
        error={errors.field('reference')}
        onChange={setReference}
      />
      <FileField
        key={fileKey}
        label={t('matrix.evidence.file')}
        hint={t('matrix.evidence.fileHint')}
        accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx"
        error={fileError ?? errors.field('file')}
        onChange={chooseFile}
      />
      {reopensOnEdit(row.status) ? (
        <p className="bk-muted">{t('matrix.evidence.addNote')}</p>
      ) : null}
      <SubmitRow
        label={t('matrix.evidence.submit')}
        pending={addEvidence.isPending}
        disabled={!title.trim() || fileError !== null}
      />
    </Form>
  );
}
