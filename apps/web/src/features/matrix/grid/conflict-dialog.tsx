import { useTranslation } from 'react-i18next';
import { EDITABLE_FIELDS, statusAfterEdit } from '@bunkai/model';
import { Button, Dialog } from '@bunkai/ui';
import { useMatrixText } from '../labels';
import type { MatrixRow } from '../types';
import type { UpdateConflict } from '../state/use-matrix-writes';

const SHOWN_ROWS = 10;

/**
 * Someone else changed the rows first: the user's change (not saved) beside the current content
 * (just read again), to apply the change on the fresh rows or drop it.
 */
export function ConflictDialog({
  conflict,
  rows,
  onReapply,
  onDiscard,
}: {
  conflict: UpdateConflict;
  /** All rows as now loaded. */
  rows: readonly MatrixRow[];
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const changed = conflict.changedIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const fields = EDITABLE_FIELDS.filter((field) => conflict.changes[field] !== undefined);
  const seen = new Map(conflict.seen.map((row) => [row.id, row]));
  /** What the other person changed: the fields that differ from what the user saw. */
  const theirs = (row: MatrixRow) => {
    const before = seen.get(row.id);
    if (!before) return [];
    return [...EDITABLE_FIELDS, 'status' as const]
      .filter((field) => before[field] !== row[field])
      .map((field) => ({ field, from: before[field], to: row[field] }));
  };
  const reopens = changed.some((row) => statusAfterEdit(row.status) !== row.status);
  return (
    <Dialog
      wide
      title={t('matrix.conflict.title')}
      onClose={onDiscard}
      actions={
        <>
          <Button onClick={onReapply}>{t('matrix.conflict.reapply')}</Button>
          <Button variant="secondary" onClick={onDiscard}>
            {t('matrix.conflict.discard')}
          </Button>
        </>
      }
    >
      <p>{t('matrix.conflict.lead')}</p>
      {changed.slice(0, SHOWN_ROWS).map((row) => (
        <section key={row.id} className="bk-conflict-row" aria-label={row.code}>
          <h3>
            <span className="bk-mono">{row.code}</span> {text.title(row)}
          </h3>
          <p className="bk-muted">
            {t('matrix.conflict.currentStatus', { status: text.status(row.status) })}
          </p>
          {theirs(row).length > 0 ? (
            <>
              <p className="bk-sub">{t('matrix.conflict.theirs')}</p>
              <dl className="bk-changes">
                {theirs(row).map((change) => (
                  <div key={change.field}>
                    <dt>{text.field(change.field)}</dt>
                    <dd>
                      {t('matrix.history.change', {
                        from: text.value(change.field, change.from),
                        to: text.value(change.field, change.to),
                      })}
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <div className="bk-table-wrap">
            <table className="bk-table">
              <thead>
                <tr>
                  <th scope="col">{t('matrix.conflict.field')}</th>
                  <th scope="col">{t('matrix.conflict.yours')}</th>
                  <th scope="col">{t('matrix.conflict.current')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field}>
                    <th scope="row">{text.field(field)}</th>
                    <td className="bk-prose">{text.value(field, conflict.changes[field])}</td>
                    <td className="bk-prose">{text.value(field, row[field])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {changed.length > SHOWN_ROWS ? (
        <p className="bk-muted">
          {t('matrix.conflict.more', { count: changed.length - SHOWN_ROWS })}
        </p>
      ) : null}
      <p className="bk-muted">
        {t('matrix.conflict.reapplyNote')}
        {reopens ? ` ${t('matrix.reopenNote')}` : ''}
      </p>
    </Dialog>
  );
}
