import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMMENT_LENGTH } from '@bunkai/model';
import {
  Badge,
  Form,
  FormError,
  Muted,
  Notice,
  SelectField,
  SubmitRow,
  TextAreaField,
} from '@bunkai/ui';
import { useFormErrors } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { useMatrixText } from '../labels';
import type { MatrixRow, Participant, RowActivity } from '../types';
import type { MatrixRef, MatrixWrites } from '../state/use-matrix-writes';

function Who({ entry }: { entry: RowActivity }) {
  const { t } = useTranslation();
  const text = useMatrixText();
  return (
    <span className="bk-activity-who">
      {t('matrix.history.by', {
        name: entry.actorName ?? t('matrix.history.unknownActor'),
        side: text.side(entry.side),
      })}
      <span className="bk-muted-inline"> · {text.dateTime(entry.at)}</span>
    </span>
  );
}

/** The comments on a row, oldest first (a conversation), and a form to add one. */
export function RowComments({
  matrix,
  row,
  activity,
  writes,
}: {
  matrix: MatrixRef;
  row: MatrixRow;
  activity: RowActivity[];
  writes: MatrixWrites;
}) {
  const { t } = useTranslation();
  const comments = activity.filter((entry) => entry.kind === 'comment');
  return (
    <>
      {comments.length === 0 ? (
        <Muted>{t('matrix.comments.empty')}</Muted>
      ) : (
        <ol className="bk-activity" aria-label={t('matrix.panel.comments')}>
          {comments.map((entry) => (
            <li key={entry.id}>
              <Who entry={entry} />
              {entry.mentions.length > 0 ? (
                <span className="bk-sub">
                  {t('matrix.comments.to')}:{' '}
                  {entry.mentions.map((m) => `@${m.name}`).join(t('common.listSeparator'))}
                </span>
              ) : null}
              <p className="bk-prose">{entry.body}</p>
            </li>
          ))}
        </ol>
      )}
      <CommentForm key={row.id} matrix={matrix} row={row} writes={writes} />
    </>
  );
}

function CommentForm({
  matrix,
  row,
  writes,
}: {
  matrix: MatrixRef;
  row: MatrixRow;
  writes: MatrixWrites;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const text = useMatrixText();
  const session = useSession();
  const participants = useQuery(
    trpc.matrix.participants.queryOptions({ workspaceId: matrix.workspaceId }),
  );
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Participant[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const { comment } = writes;
  const errors = useFormErrors(comment.error, ['body']);
  // Mentioning oneself would send oneself an e-mail the server skips anyway.
  const choices = (participants.data ?? []).filter(
    (p) => p.userId !== session?.user.id && !mentions.some((m) => m.userId === p.userId),
  );
  const label = (p: Participant) =>
    t('matrix.comments.participant', { name: p.name, side: text.side(p.side) });
  return (
    <Form
      label={t('matrix.comments.submit')}
      onSubmit={() => {
        setSent(null);
        comment.mutate(
          { rowId: row.id, body, mentionUserIds: mentions.map((m) => m.userId) },
          {
            onSuccess: ({ notified }) => {
              setBody('');
              setMentions([]);
              setSent(
                notified > 0
                  ? t('matrix.done.commentedNotified', { count: notified })
                  : t('matrix.done.commented'),
              );
            },
          },
        );
      }}
    >
      {sent ? <Notice tone="success">{sent}</Notice> : null}
      <FormError message={errors.summary} />
      <TextAreaField
        label={t('matrix.comments.body')}
        value={body}
        maxLength={MAX_COMMENT_LENGTH}
        rows={3}
        error={errors.field('body')}
        onChange={setBody}
      />
      <SelectField
        label={t('matrix.comments.mention')}
        value=""
        placeholder={t('matrix.comments.choose')}
        disabled={choices.length === 0}
        options={choices.map((p) => ({ value: p.userId, label: label(p) }))}
        onChange={(userId) => {
          const person = choices.find((p) => p.userId === userId);
          if (person) setMentions((current) => [...current, person]);
        }}
      />
      {mentions.length > 0 ? (
        <>
          <ul className="bk-chips bk-mentions" aria-label={t('matrix.comments.to')}>
            {mentions.map((person) => (
              <li key={person.userId}>
                <Badge tone="info">@{label(person)}</Badge>
                <button
                  type="button"
                  className="bk-chip-remove"
                  aria-label={t('matrix.comments.removeMention', { name: person.name })}
                  onClick={() => {
                    setMentions((current) => current.filter((m) => m.userId !== person.userId));
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <Notice>{t('matrix.comments.mentionNotice')}</Notice>
        </>
      ) : null}
      <SubmitRow
        label={t('matrix.comments.submit')}
        pending={comment.isPending}
        disabled={!body.trim()}
      />
    </Form>
  );
}

/** A row's events, newest first: who (which side) changed what from what to what, and when. */
export function RowHistory({ activity }: { activity: RowActivity[] }) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const events = activity.filter((entry) => entry.kind === 'event').reverse();
  if (events.length === 0) return <Muted>{t('matrix.history.empty')}</Muted>;
  return (
    <ol className="bk-activity" aria-label={t('matrix.panel.history')}>
      {events.map((entry) => (
        <li key={entry.id}>
          <strong>{text.action(entry.action)}</strong> <Who entry={entry} />
          {Object.keys(entry.changes).length > 0 ? (
            <dl className="bk-changes">
              {Object.entries(entry.changes).map(([field, change]) => (
                <div key={field}>
                  <dt>{text.field(field)}</dt>
                  <dd>
                    {t('matrix.history.change', {
                      from: text.value(field, change.from),
                      to: text.value(field, change.to),
                    })}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
