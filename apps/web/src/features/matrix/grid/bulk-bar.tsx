import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  everyValueOf,
  isOneOf,
  OWNER_BUCKETS,
  type OwnerBucket,
  type RowRefusal,
  type RowTransition,
  type WorkspaceSide,
} from '@bunkai/model';
import { Button, ButtonRow, Dialog, FormError, Notice, RadioGroup } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { useMatrixText } from '../labels';
import type { MatrixRow } from '../types';
import type { MatrixWrites } from '../state/use-matrix-writes';
import { partitionForTransition } from '../state/workflow';

/** Why rows of a bulk proposal or agreement are left out, in the order the notice lists them. */
type SkipReason = Exclude<RowRefusal, 'notDisputable'>;
const SKIP_REASONS = everyValueOf<SkipReason>()([
  'ownerUnset',
  'alreadyProposed',
  'agreed',
  'ownProposal',
  'notProposed',
]);

/** "N rows will not be sent: 3 without an owner, 2 agreed" */
function useSkippedText() {
  const { t } = useTranslation();
  return (skipped: Partial<Record<RowRefusal, number>>): string | null => {
    const parts = SKIP_REASONS.flatMap((reason) => {
      const count = skipped[reason] ?? 0;
      return count > 0 ? [t(`matrix.bulk.skipReasons.${reason}`, { count })] : [];
    });
    if (parts.length === 0) return null;
    const total = Object.values(skipped).reduce((sum, count) => sum + count, 0);
    return `${t('matrix.bulk.skipped', { count: total })}${parts.join(t('common.listSeparator'))}`;
  };
}

/** Select rows, then set their owner, propose them or agree to them in one go. */
export function BulkBar({
  selected,
  hiddenSelected,
  shown,
  side,
  canEdit,
  writes,
  onSelectAll,
  onClear,
}: {
  /** The selected rows the filters show: bulk actions apply to these only. */
  selected: MatrixRow[];
  hiddenSelected: number;
  shown: number;
  side: WorkspaceSide;
  canEdit: boolean;
  writes: MatrixWrites;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'owner' | RowTransition | null>(null);
  const none = selected.length === 0;
  return (
    <div className="bk-bulk" role="region" aria-label={t('matrix.bulk.label')}>
      <p className="bk-bulk-count" aria-live="polite">
        {t('matrix.bulk.selected', { count: selected.length })}
        {hiddenSelected > 0 ? (
          <span className="bk-sub">{t('matrix.bulk.hidden', { count: hiddenSelected })}</span>
        ) : null}
      </p>
      <ButtonRow>
        <Button variant="secondary" onClick={onSelectAll} disabled={shown === 0}>
          {t('matrix.bulk.selectAll', { count: shown })}
        </Button>
        <Button variant="secondary" onClick={onClear} disabled={none && hiddenSelected === 0}>
          {t('matrix.bulk.clear')}
        </Button>
        {canEdit ? (
          <>
            <Button
              variant="secondary"
              disabled={none}
              onClick={() => {
                setDialog('owner');
              }}
            >
              {t('matrix.bulk.setOwner')}
            </Button>
            <Button
              variant="secondary"
              disabled={none}
              onClick={() => {
                setDialog('propose');
              }}
            >
              {t('matrix.bulk.propose')}
            </Button>
            <Button
              variant="secondary"
              disabled={none}
              onClick={() => {
                setDialog('agree');
              }}
            >
              {t('matrix.bulk.agree')}
            </Button>
          </>
        ) : null}
      </ButtonRow>
      {dialog === 'owner' ? (
        <OwnerDialog
          rows={selected}
          writes={writes}
          onClose={() => {
            setDialog(null);
          }}
        />
      ) : dialog ? (
        <TransitionDialog
          action={dialog}
          rows={selected}
          side={side}
          writes={writes}
          onClose={() => {
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}

function OwnerDialog({
  rows,
  writes,
  onClose,
}: {
  rows: MatrixRow[];
  writes: MatrixWrites;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const [owner, setOwner] = useState<OwnerBucket | ''>('');
  const target = owner === '' ? undefined : owner === 'unset' ? null : owner;
  const changing = target === undefined ? [] : rows.filter((row) => row.ownerSide !== target);
  const agreed = changing.filter((row) => row.status === 'agreed').length;
  return (
    <Dialog
      title={t('matrix.bulk.setOwner')}
      onClose={onClose}
      actions={
        <>
          <Button
            disabled={target === undefined || changing.length === 0}
            onClick={() => {
              if (target === undefined) return;
              writes.updateRows(changing, { ownerSide: target });
              onClose();
            }}
          >
            {t('matrix.bulk.ownerApply')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <p>{t('matrix.bulk.ownerLead', { count: rows.length })}</p>
      <RadioGroup
        legend={t('matrix.bulk.ownerChoice')}
        name="bulk-owner"
        value={owner}
        options={OWNER_BUCKETS.map((value) => ({
          value,
          label: value === 'unset' ? text.owner(null) : text.owner(value),
        }))}
        onChange={(value) => {
          setOwner(isOneOf(OWNER_BUCKETS, value) ? value : '');
        }}
      />
      {target !== undefined && changing.length < rows.length ? (
        <p className="bk-muted">
          {t('matrix.bulk.ownerUnchanged', { count: rows.length - changing.length })}
        </p>
      ) : null}
      {agreed > 0 ? (
        <Notice tone="warning">{t('matrix.bulk.agreedWarning', { count: agreed })}</Notice>
      ) : null}
    </Dialog>
  );
}

function TransitionDialog({
  action,
  rows,
  side,
  writes,
  onClose,
}: {
  action: RowTransition;
  rows: MatrixRow[];
  side: WorkspaceSide;
  writes: MatrixWrites;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const skippedText = useSkippedText();
  const [error, setError] = useState<unknown>(null);
  const { eligible, skipped } = partitionForTransition(rows, action, side);
  const skippedLine = skippedText(skipped);
  const propose = action === 'propose';
  return (
    <Dialog
      title={propose ? t('matrix.bulk.proposeTitle') : t('matrix.bulk.agreeTitle')}
      onClose={onClose}
      actions={
        <>
          {eligible.length > 0 ? (
            <Button
              pending={writes.transition.isPending}
              onClick={() => {
                setError(null);
                writes.transition.mutate(
                  { rows: eligible, action },
                  {
                    onSuccess: ({ result }) => {
                      const done = propose
                        ? t('matrix.done.proposed', { count: result.length })
                        : t('matrix.done.agreed', { count: result.length });
                      writes.setOutcome({
                        tone: 'success',
                        text: skippedLine ? `${done} ${skippedLine}` : done,
                      });
                      onClose();
                    },
                    onError: setError,
                  },
                );
              }}
            >
              {propose ? t('matrix.bulk.proposeConfirm') : t('matrix.bulk.agreeConfirm')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      {eligible.length > 0 ? (
        <p>
          {propose
            ? t('matrix.bulk.proposeCount', { count: eligible.length })
            : t('matrix.bulk.agreeCount', { count: eligible.length })}
        </p>
      ) : (
        <Notice tone="warning">{t('matrix.bulk.noneEligible')}</Notice>
      )}
      {skippedLine ? <p className="bk-muted">{skippedLine}</p> : null}
      <FormError message={error ? errorMessage(error) : null} />
    </Dialog>
  );
}
