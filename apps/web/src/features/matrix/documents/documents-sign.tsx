import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementOf, type MatrixSummaryCounts, type WorkspaceSide } from '@bunkai/model';
import { Badge, Button, ButtonRow, Dialog, FactList, Muted, Notice, Table } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { downloadFile } from '../../../lib/files';
import { useDateFormat } from '../../../lib/format';
import { useActiveOrganization } from '../../../lib/session';
import { useTRPC, useTRPCClient } from '../../../lib/trpc';
import {
  CloseButton,
  FieldChanges,
  type MatrixSnapshot,
  type SnapshotDifference,
} from './documents-labels';
import type { MatrixSummary } from '../types';

type Signature = MatrixSnapshot['hospital'];

/** The snapshot that matches the matrix as it is now, if any. */
export function currentSnapshot(snapshots: readonly MatrixSnapshot[]) {
  return snapshots.find((s) => s.current) ?? null;
}

/**
 * 「署名」: whether every row is agreed, the signatures on the current content (hash, who and
 * when on each side), 「署名する」 for administrators, and the signed records with a comparison
 * against the current content and a JSON export.
 */
export function MatrixSignDialog({
  workspaceId,
  matrixId,
  matrix,
  counts,
  onClose,
}: {
  workspaceId: string;
  matrixId: string;
  matrix: MatrixSummary;
  /** The counts the grid shows (the same rows the server checks when signing). */
  counts: Pick<MatrixSummaryCounts, 'total' | 'byStatus'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const ids = { workspaceId, matrixId };
  const snapshots = useQuery(trpc.matrix.snapshots.queryOptions(ids));
  const [comparing, setComparing] = useState<string | null>(null);
  const compared = snapshots.data?.find((s) => s.id === comparing) ?? null;
  return (
    <Dialog
      title={t('matrixDocs.signDialog.title')}
      actions={<CloseButton onClose={onClose} />}
      onClose={onClose}
      wide
    >
      <Muted>{t('matrixDocs.signDialog.lead')}</Muted>
      {snapshots.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : snapshots.isError ? (
        <Notice tone="error">{errorMessage(snapshots.error)}</Notice>
      ) : (
        <>
          <SignSection ids={ids} side={matrix.side} counts={counts} snapshots={snapshots.data} />
          <HistorySection
            ids={ids}
            snapshots={snapshots.data}
            comparing={comparing}
            onCompare={(id) => {
              setComparing((current) => (current === id ? null : id));
            }}
          />
          {compared ? <ComparisonSection ids={ids} snapshot={compared} /> : null}
        </>
      )}
    </Dialog>
  );
}

interface Ids {
  workspaceId: string;
  matrixId: string;
}

/** One side's signature in a table cell: side and name, the date and time under it. */
function SignatureCell({ side, signature }: { side: WorkspaceSide; signature: Signature }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const sideName = t(`matrix.sides.${side}`);
  return (
    <span className="bk-signature-line">
      {t('matrixDocs.signDialog.sideSignature', {
        side: sideName,
        name: signature ? signature.name : t('matrixDocs.signDialog.unsigned'),
      })}
      {signature ? <span className="bk-sub">{format.dateTime(signature.at)}</span> : null}
    </span>
  );
}

function useSignatureText() {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (signature: Signature) =>
    signature
      ? t('matrixDocs.signDialog.signedBy', {
          name: signature.name,
          at: format.dateTime(signature.at),
        })
      : t('matrixDocs.signDialog.unsigned');
}

function SignSection({
  ids,
  side,
  counts,
  snapshots,
}: {
  ids: Ids;
  side: WorkspaceSide;
  counts: Pick<MatrixSummaryCounts, 'total' | 'byStatus'>;
  snapshots: MatrixSnapshot[];
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useDateFormat();
  const signatureText = useSignatureText();
  const { isAdmin } = useActiveOrganization();
  const [done, setDone] = useState<string | null>(null);
  const signing = useMutation(
    trpc.matrix.sign.mutationOptions({
      onSuccess: async (snapshot) => {
        // The signatures shown above come from the refreshed records.
        await queryClient.invalidateQueries({ queryKey: trpc.matrix.pathKey() });
        setDone(
          snapshot.complete
            ? t('matrixDocs.signDialog.doneComplete')
            : t('matrixDocs.signDialog.done'),
        );
      },
    }),
  );
  const agreement = agreementOf(counts);
  const current = currentSnapshot(snapshots);
  const latest = snapshots[0] ?? null;
  const sideName = t(`matrix.sides.${side}`);
  const signedByUs = current !== null && current[side] !== null;
  return (
    <section aria-labelledby="matrix-sign-status">
      <h3 id="matrix-sign-status">{t('matrixDocs.signDialog.signature')}</h3>
      <FactList
        items={[
          {
            id: 'agreement',
            label: t('matrixDocs.signDialog.agreement'),
            value: agreement.all ? (
              <Badge tone="success">
                {t('matrixDocs.signDialog.allAgreed', { total: agreement.total })}
              </Badge>
            ) : (
              <span className="bk-warning-text">
                {t('matrixDocs.signDialog.notAllAgreed', {
                  open: agreement.open,
                  agreed: agreement.agreed,
                  total: agreement.total,
                })}
              </span>
            ),
          },
          ...(current
            ? [
                {
                  id: 'hash',
                  label: t('matrixDocs.signDialog.hash'),
                  value: <span className="bk-mono">{current.contentHash}</span>,
                },
                {
                  id: 'hospital',
                  label: t('matrix.sides.hospital'),
                  value: signatureText(current.hospital),
                },
                {
                  id: 'vendor',
                  label: t('matrix.sides.vendor'),
                  value: signatureText(current.vendor),
                },
                {
                  id: 'state',
                  label: t('matrixDocs.signDialog.state'),
                  value: current.complete ? (
                    <Badge tone="success">{t('matrixDocs.signDialog.complete')}</Badge>
                  ) : (
                    <Badge tone="warning">{t('matrixDocs.signDialog.waiting')}</Badge>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!current ? (
        <Notice>
          {latest
            ? t('matrixDocs.signDialog.latestChanged', {
                at: format.dateTime(latest.createdAt),
              })
            : t('matrixDocs.signDialog.noSignature')}
        </Notice>
      ) : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      {signing.isError ? <Notice tone="error">{errorMessage(signing.error)}</Notice> : null}
      {!isAdmin ? (
        <Muted>{t('matrixDocs.signDialog.adminOnly')}</Muted>
      ) : signedByUs ? (
        <Muted>{t('matrixDocs.signDialog.alreadySigned', { side: sideName })}</Muted>
      ) : (
        <>
          {agreement.all ? (
            <p>
              {t('matrixDocs.signDialog.submitLead', { side: sideName, count: agreement.total })}
            </p>
          ) : null}
          <ButtonRow>
            <Button
              pending={signing.isPending}
              disabled={!agreement.all}
              onClick={() => {
                setDone(null);
                signing.mutate(ids);
              }}
            >
              {t('matrixDocs.signDialog.submit')}
            </Button>
          </ButtonRow>
        </>
      )}
    </section>
  );
}

function HistorySection({
  ids,
  snapshots,
  comparing,
  onCompare,
}: {
  ids: Ids;
  snapshots: MatrixSnapshot[];
  comparing: string | null;
  onCompare: (snapshotId: string) => void;
}) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const format = useDateFormat();
  const exporting = useMutation({
    mutationFn: (snapshotId: string) => client.matrix.exportSnapshot.query({ ...ids, snapshotId }),
    onSuccess: downloadFile,
  });
  return (
    <section aria-labelledby="matrix-sign-history">
      <h3 id="matrix-sign-history">{t('matrixDocs.signDialog.history')}</h3>
      {exporting.isError ? (
        <Notice tone="error">
          {t('matrixDocs.signDialog.exportError', { message: errorMessage(exporting.error) })}
        </Notice>
      ) : null}
      <Table<MatrixSnapshot>
        rows={snapshots}
        rowKey={(s) => s.id}
        empty={t('matrixDocs.signDialog.historyEmpty')}
        columns={[
          {
            key: 'createdAt',
            header: t('matrixDocs.signDialog.createdAt'),
            cell: (s) => (
              <>
                {format.dateTime(s.createdAt)}
                <span className="bk-sub">
                  {t('matrixDocs.signDialog.rowCount', { count: s.rowCount })}
                </span>
              </>
            ),
            nowrap: true,
          },
          {
            key: 'hash',
            header: t('matrixDocs.signDialog.hashShort'),
            cell: (s) => (
              <span className="bk-mono" title={s.contentHash}>
                {s.contentHash.slice(0, 10)}…
              </span>
            ),
          },
          {
            key: 'signatures',
            header: t('matrixDocs.signDialog.signatures'),
            cell: (s) => (
              <>
                <SignatureCell side="hospital" signature={s.hospital} />
                <SignatureCell side="vendor" signature={s.vendor} />
              </>
            ),
          },
          {
            key: 'state',
            header: t('matrixDocs.signDialog.state'),
            cell: (s) => (
              <div className="bk-stack">
                {s.complete ? (
                  <Badge tone="success">{t('matrixDocs.signDialog.complete')}</Badge>
                ) : (
                  <Badge tone="warning">{t('matrixDocs.signDialog.waiting')}</Badge>
                )}
                {s.current ? (
                  <Badge tone="info">{t('matrixDocs.signDialog.matches')}</Badge>
                ) : (
                  <Badge tone="danger">{t('matrixDocs.signDialog.changed')}</Badge>
                )}
              </div>
            ),
          },
          {
            key: 'actions',
            header: t('matrixDocs.signDialog.actions'),
            cell: (s) => (
              <div className="bk-stack bk-actions-cell">
                <Button
                  variant="link"
                  aria-pressed={comparing === s.id}
                  onClick={() => {
                    onCompare(s.id);
                  }}
                >
                  {t('matrixDocs.signDialog.compare')}
                </Button>
                <Button
                  variant="link"
                  pending={exporting.isPending && exporting.variables === s.id}
                  onClick={() => {
                    exporting.mutate(s.id);
                  }}
                >
                  {t('matrixDocs.signDialog.exportRecord')}
                </Button>
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}

function ComparisonSection({ ids, snapshot }: { ids: Ids; snapshot: MatrixSnapshot }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useDateFormat();
  const comparison = useQuery(
    trpc.matrix.compareSnapshot.queryOptions({ ...ids, snapshotId: snapshot.id }),
  );
  return (
    <section aria-labelledby="matrix-sign-compare" aria-live="polite">
      <h3 id="matrix-sign-compare">
        {t('matrixDocs.signDialog.compareTitle', { at: format.dateTime(snapshot.createdAt) })}
      </h3>
      {comparison.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : comparison.isError ? (
        <Notice tone="error">{errorMessage(comparison.error)}</Notice>
      ) : comparison.data.differences.length === 0 ? (
        <Notice tone="success">{t('matrixDocs.signDialog.noDifferences')}</Notice>
      ) : (
        <>
          <p>
            {t('matrixDocs.signDialog.differences', {
              count: comparison.data.differences.length,
            })}
          </p>
          <Table<SnapshotDifference>
            rows={comparison.data.differences}
            rowKey={(d) => `${d.change}-${d.code}`}
            columns={[
              {
                key: 'code',
                header: t('matrix.grid.columns.code'),
                cell: (d) => <span className="bk-mono">{d.code}</span>,
                nowrap: true,
              },
              {
                key: 'change',
                header: t('matrixDocs.signDialog.change'),
                cell: (d) => (
                  <Badge
                    tone={
                      d.change === 'added'
                        ? 'success'
                        : d.change === 'removed'
                          ? 'danger'
                          : 'warning'
                    }
                  >
                    {t(`matrixDocs.signDialog.changeKinds.${d.change}`)}
                  </Badge>
                ),
                nowrap: true,
              },
              {
                key: 'details',
                header: t('matrixDocs.signDialog.details'),
                cell: (d) => <FieldChanges fields={d.fields} />,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
