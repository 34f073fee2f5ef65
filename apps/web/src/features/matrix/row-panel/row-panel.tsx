import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canMove,
  DUE_DATE_MAX,
  DUE_DATE_MIN,
  effectiveChanges,
  hasChanges,
  isDueDate,
  isOneOf,
  LIFECYCLE_PHASES,
  MATRIX_OWNER_SIDES,
  MAX_COMMENT_LENGTH,
  MAX_DUTY_LENGTH,
  reopensOnEdit,
  type RowTransition,
  type WorkspaceSide,
} from '@bunkai/model';
import {
  Badge,
  Button,
  ButtonRow,
  Card,
  Dialog,
  FactList,
  Form,
  FormError,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
} from '@bunkai/ui';
import { errorData, errorMessage, fieldErrorsOf } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { UnconfirmedBadge } from '../../../components/catalog-labels';
import { RowHistory, RowComments } from './row-activity';
import { RowEvidence } from './row-evidence';
import { RowStatusBadge, useAwaitingText, useMatrixText } from '../labels';
import type { MatrixRow, RowChanges } from '../types';
import type { MatrixRef, MatrixWrites, Outcome } from '../state/use-matrix-writes';

/** Everything about one row: text, status and both confirmations, fields, evidence, talk, history. */
export function RowPanel({
  matrix,
  row,
  side,
  canEdit,
  writes,
  onClose,
}: {
  matrix: MatrixRef;
  row: MatrixRow;
  side: WorkspaceSide;
  canEdit: boolean;
  writes: MatrixWrites;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const text = useMatrixText();
  const detail = useQuery(trpc.matrix.row.queryOptions({ ...matrix, rowId: row.id }));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const chapter = text.chapter(row);
  const body = text.en ? row.textEn || row.textJa : row.textJa || row.textEn;
  const other = text.en ? row.textJa : row.textEn;
  return (
    <Card
      id="matrix-row"
      title={
        <>
          <span className="bk-mono">{row.code}</span> {text.title(row)}
        </>
      }
    >
      <ButtonRow>
        <Button variant="secondary" onClick={onClose}>
          {t('matrix.panel.close')}
        </Button>
      </ButtonRow>
      {chapter ? <p className="bk-sub">{chapter}</p> : null}
      <div className="bk-chips">
        {row.audience.map((audience) => (
          <Badge key={audience}>{t(`catalogs.audiences.${audience}`)}</Badge>
        ))}
        {row.unconfirmed ? <UnconfirmedBadge /> : null}
      </div>
      {row.unconfirmed ? (
        <Notice tone="warning">{t('catalogs.detail.unconfirmedNotice')}</Notice>
      ) : null}
      <h3>{t('matrix.panel.text')}</h3>
      <p className="bk-prose" lang={text.en && row.textEn ? 'en' : 'ja'}>
        {body || t('matrix.panel.noText')}
      </p>
      {other && other !== body ? (
        <details className="bk-details">
          <summary>{t('matrix.panel.otherLanguage')}</summary>
          <p className="bk-prose" lang={text.en ? 'ja' : 'en'}>
            {other}
          </p>
        </details>
      ) : null}

      <h3>{t('matrix.panel.workflow')}</h3>
      {outcome ? <Notice tone={outcome.tone}>{outcome.text}</Notice> : null}
      <StatusSection
        row={row}
        side={side}
        canEdit={canEdit}
        writes={writes}
        onOutcome={setOutcome}
      />

      <h3>{t('matrix.panel.edit')}</h3>
      <FieldsForm key={row.id} row={row} canEdit={canEdit} writes={writes} />

      <h3>{t('matrix.panel.evidence')}</h3>
      {detail.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : detail.isError ? (
        <Notice tone="error">
          {t('matrix.panel.loadError')}: {errorMessage(detail.error)}
        </Notice>
      ) : (
        <RowEvidence
          matrix={matrix}
          row={row}
          evidence={detail.data.evidence}
          canEdit={canEdit}
          writes={writes}
        />
      )}

      <h3>{t('matrix.panel.comments')}</h3>
      {detail.data ? (
        <RowComments matrix={matrix} row={row} activity={detail.data.activity} writes={writes} />
      ) : null}

      <h3>{t('matrix.panel.history')}</h3>
      {detail.data ? <RowHistory activity={detail.data.activity} /> : null}
    </Card>
  );
}

function StatusSection({
  row,
  side,
  canEdit,
  writes,
  onOutcome,
}: {
  row: MatrixRow;
  side: WorkspaceSide;
  canEdit: boolean;
  writes: MatrixWrites;
  onOutcome: (outcome: Outcome | null) => void;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const awaiting = useAwaitingText();
  const [disputing, setDisputing] = useState(false);
  const confirmation = (value: MatrixRow['hospitalConfirmation']) =>
    value
      ? t('matrix.panel.confirmed', { name: value.name, at: text.dateTime(value.at) })
      : t('matrix.panel.notConfirmed');
  const run = (action: RowTransition) => {
    onOutcome(null);
    writes.transition.mutate(
      { rows: [row], action },
      {
        onSuccess: () => {
          onOutcome({
            tone: 'success',
            text:
              action === 'propose'
                ? t('matrix.done.proposed', { count: 1 })
                : t('matrix.done.agreed', { count: 1 }),
          });
        },
        onError: (error) => {
          onOutcome({ tone: 'error', text: errorMessage(error) });
        },
      },
    );
  };
  const propose = canEdit && canMove(row, 'propose', side);
  const agree = canEdit && canMove(row, 'agree', side);
  const dispute = canEdit && canMove(row, 'dispute', side);
  let hint: string | null = null;
  if (!canEdit) hint = t('matrix.panel.hints.readOnly');
  else if (row.status === 'agreed') hint = t('matrix.panel.hints.agreed');
  else if (row.ownerSide === null && !agree) hint = t('matrix.panel.hints.ownerUnset');
  else if (!propose && !agree) hint = t('matrix.panel.hints.waitingOther');
  return (
    <>
      <FactList
        items={[
          {
            id: 'status',
            label: t('matrix.panel.status'),
            value: <RowStatusBadge status={row.status} />,
          },
          { id: 'awaiting', label: t('matrix.panel.awaiting'), value: awaiting(row, side) },
          {
            id: 'hospitalConfirmation',
            label: t('matrix.panel.hospitalConfirmation'),
            value: confirmation(row.hospitalConfirmation),
          },
          {
            id: 'vendorConfirmation',
            label: t('matrix.panel.vendorConfirmation'),
            value: confirmation(row.vendorConfirmation),
          },
        ]}
      />
      {hint ? <p className="bk-muted">{hint}</p> : null}
      {propose || agree || dispute ? (
        <ButtonRow>
          {propose ? (
            <Button
              pending={writes.transition.isPending}
              onClick={() => {
                run('propose');
              }}
            >
              {t('matrix.panel.propose')}
            </Button>
          ) : null}
          {agree ? (
            <Button
              pending={writes.transition.isPending}
              onClick={() => {
                run('agree');
              }}
            >
              {t('matrix.panel.agree')}
            </Button>
          ) : null}
          {dispute ? (
            <Button
              variant="danger"
              onClick={() => {
                onOutcome(null);
                setDisputing(true);
              }}
            >
              {t('matrix.panel.dispute')}
            </Button>
          ) : null}
        </ButtonRow>
      ) : null}
      {disputing ? (
        <DisputeDialog
          row={row}
          writes={writes}
          onDone={() => {
            setDisputing(false);
            onOutcome({ tone: 'success', text: t('matrix.done.disputed', { code: row.code }) });
          }}
          onCancel={() => {
            setDisputing(false);
          }}
        />
      ) : null}
    </>
  );
}

function DisputeDialog({
  row,
  writes,
  onDone,
  onCancel,
}: {
  row: MatrixRow;
  writes: MatrixWrites;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setError(null);
    writes.dispute.mutate(
      { row, comment: comment.trim() },
      { onSuccess: onDone, onError: setError },
    );
  };
  return (
    <Dialog
      title={t('matrix.dispute.title', { code: row.code })}
      onClose={onCancel}
      actions={
        <>
          <Button variant="danger" pending={writes.dispute.isPending} onClick={submit}>
            {t('matrix.dispute.submit')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <p>{t('matrix.dispute.lead')}</p>
      <FormError message={error ? errorMessage(error) : null} />
      <TextAreaField
        label={t('matrix.dispute.comment')}
        value={comment}
        required
        maxLength={MAX_COMMENT_LENGTH}
        rows={4}
        error={missing && !comment.trim() ? t('matrix.dispute.required') : null}
        onChange={setComment}
      />
    </Dialog>
  );
}

type Draft = Partial<Record<keyof RowChanges, string>>;

/**
 * The editable fields. Untouched fields follow the row as it changes (someone else's edit shows
 * up); touched ones keep what the user typed until saved or undone.
 */
function FieldsForm({
  row,
  canEdit,
  writes,
}: {
  row: MatrixRow;
  canEdit: boolean;
  writes: MatrixWrites;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const [draft, setDraft] = useState<Draft>({});
  const [confirmAgreed, setConfirmAgreed] = useState(false);
  /** The due date's error: typed out of range (never sent), or the server's refusal. */
  const [dueDateError, setDueDateError] = useState<string | null>(null);
  const shown = (field: keyof RowChanges): string => draft[field] ?? row[field] ?? '';
  const changes = effectiveChanges(row, {
    ...(draft.ownerSide !== undefined
      ? { ownerSide: isOneOf(MATRIX_OWNER_SIDES, draft.ownerSide) ? draft.ownerSide : null }
      : {}),
    ...(draft.phase !== undefined
      ? { phase: isOneOf(LIFECYCLE_PHASES, draft.phase) ? draft.phase : null }
      : {}),
    ...(draft.hospitalDuty !== undefined ? { hospitalDuty: draft.hospitalDuty.trim() } : {}),
    ...(draft.vendorDuty !== undefined ? { vendorDuty: draft.vendorDuty.trim() } : {}),
    ...(draft.dueDate !== undefined ? { dueDate: draft.dueDate || null } : {}),
  });
  const dirty = hasChanges(changes);
  const set = (field: keyof RowChanges) => (value: string) => {
    if (field === 'dueDate') setDueDateError(null);
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const save = () => {
    const sent = draft;
    writes.updateRows([row], changes, (error) => {
      // Keep what was typed, and say at the field what the server refused.
      setDraft(sent);
      const message = dueDateRefusal(error);
      if (message) setDueDateError(message);
    });
    setDraft({});
    setConfirmAgreed(false);
  };
  const dueDateInvalid = () =>
    draft.dueDate !== undefined && draft.dueDate !== '' && !isDueDate(draft.dueDate);
  const rangeText = t('matrix.dueDateRange', { min: DUE_DATE_MIN, max: DUE_DATE_MAX });
  const disabled = !canEdit;
  return (
    <Form
      label={t('matrix.panel.edit')}
      onSubmit={() => {
        if (dueDateInvalid()) {
          setDueDateError(rangeText);
          return;
        }
        if (!dirty) return;
        if (row.status === 'agreed') setConfirmAgreed(true);
        else save();
      }}
    >
      <SelectField
        label={t('matrix.fields.ownerSide')}
        value={shown('ownerSide')}
        disabled={disabled}
        options={[
          { value: '', label: text.owner(null) },
          ...MATRIX_OWNER_SIDES.map((value) => ({ value, label: text.owner(value) })),
        ]}
        onChange={set('ownerSide')}
      />
      <SelectField
        label={t('matrix.fields.phase')}
        value={shown('phase')}
        disabled={disabled}
        options={[
          { value: '', label: text.phase(null) },
          ...LIFECYCLE_PHASES.map((value) => ({ value, label: text.phase(value) })),
        ]}
        onChange={set('phase')}
      />
      <TextAreaField
        label={t('matrix.fields.hospitalDuty')}
        value={shown('hospitalDuty')}
        disabled={disabled}
        maxLength={MAX_DUTY_LENGTH}
        rows={4}
        onChange={set('hospitalDuty')}
      />
      <TextAreaField
        label={t('matrix.fields.vendorDuty')}
        value={shown('vendorDuty')}
        disabled={disabled}
        maxLength={MAX_DUTY_LENGTH}
        rows={4}
        onChange={set('vendorDuty')}
      />
      <TextField
        type="date"
        label={t('matrix.fields.dueDate')}
        hint={t('matrix.panel.dueDateHint')}
        min={DUE_DATE_MIN}
        max={DUE_DATE_MAX}
        value={shown('dueDate')}
        error={dueDateError}
        disabled={disabled}
        onChange={set('dueDate')}
      />
      {canEdit && dirty && reopensOnEdit(row.status) ? (
        <p className="bk-muted">{t('matrix.reopenNote')}</p>
      ) : null}
      {canEdit ? (
        <ButtonRow>
          <Button type="submit" disabled={!dirty}>
            {t('matrix.panel.save')}
          </Button>
          <Button
            variant="secondary"
            disabled={Object.keys(draft).length === 0}
            onClick={() => {
              setDraft({});
            }}
          >
            {t('matrix.panel.reset')}
          </Button>
        </ButtonRow>
      ) : null}
      {confirmAgreed ? (
        <Dialog
          title={t('matrix.editAgreed.title')}
          onClose={() => {
            setConfirmAgreed(false);
          }}
          actions={
            <>
              <Button onClick={save}>{t('matrix.editAgreed.confirm')}</Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirmAgreed(false);
                }}
              >
                {t('common.cancel')}
              </Button>
            </>
          }
        >
          <p>{t('matrix.editAgreed.body', { code: row.code })}</p>
        </Dialog>
      ) : null}
    </Form>
  );
}

/** The server's message about the due date of a refused edit, if it is about that field. */
function dueDateRefusal(error: unknown): string | null {
  const fields = fieldErrorsOf(error);
  const path = Object.keys(fields).find((key) => key === 'dueDate' || key.endsWith('.dueDate'));
  if (path) return fields[path] ?? null;
  const data = errorData(error);
  return data?.field === 'dueDate' ? errorMessage(error) : null;
}
