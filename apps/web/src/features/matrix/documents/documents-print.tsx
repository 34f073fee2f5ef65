import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPEN_ROW_STATUSES_AS_PRINTED,
  OWNER_BUCKETS,
  sidesCarrying,
  WORKSPACE_SIDES,
  type WorkspaceSide,
} from '@bunkai/model';
import { Button, Notice } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { useDateFormat } from '../../../lib/format';
import { useTRPC } from '../../../lib/trpc';
import type { MatrixSnapshot } from './documents-labels';
import { useMatrixText } from '../labels';
import type { MatrixRow, MatrixSummary } from '../types';
import '../matrix.css';

/**
 * `/matrix/$workspaceId/$matrixId/print`: the whole matrix as an audit-binder document (title,
 * parties, counts, signatures, then the 確認表 by chapter), with 「印刷」. The print styles hide the
 * app's navigation; `bk-doc-landscape` prints it on A4 landscape pages.
 */
export function MatrixPrintPage({
  workspaceId,
  matrixId,
}: {
  workspaceId: string;
  matrixId: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const ids = { workspaceId, matrixId };
  const matrix = useQuery(trpc.matrix.get.queryOptions(ids));
  const rows = useQuery(trpc.matrix.rows.queryOptions(ids));
  const snapshots = useQuery(trpc.matrix.snapshots.queryOptions(ids));
  const error = matrix.error ?? rows.error ?? snapshots.error;
  return (
    <>
      <div className="bk-button-row bk-page-actions no-print">
        <Link to="/matrix/$workspaceId/$matrixId" params={ids}>
          {t('matrixDocs.print.back')}
        </Link>
        <Button
          disabled={!matrix.data || !rows.data || !snapshots.data}
          onClick={() => {
            window.print();
          }}
        >
          {t('matrixDocs.print.print')}
        </Button>
      </div>
      <p className="bk-muted no-print">{t('matrixDocs.print.hint')}</p>
      {error ? (
        <Notice tone="error">{errorMessage(error)}</Notice>
      ) : matrix.data && rows.data && snapshots.data ? (
        <PrintDocument matrix={matrix.data} rows={rows.data} snapshots={snapshots.data} />
      ) : (
        <Notice>{t('common.loading')}</Notice>
      )}
    </>
  );
}

function PrintDocument({
  matrix,
  rows,
  snapshots,
}: {
  matrix: MatrixSummary;
  rows: MatrixRow[];
  snapshots: MatrixSnapshot[];
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const text = useMatrixText();
  const [printedAt] = useState(() => new Date());
  const title = t('matrixDocs.print.title');
  // The browser names the PDF and heads the pages after the document title.
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} ${matrix.system.name}`;
    return () => {
      document.title = previous;
    };
  }, [title, matrix.system.name]);
  const meta = [
    { id: 'hospital', label: text.side('hospital'), value: matrix.hospital.name },
    { id: 'vendor', label: text.side('vendor'), value: matrix.vendor.name },
    { id: 'system', label: t('matrixDocs.print.system'), value: matrix.system.name },
    {
      id: 'catalog',
      label: t('matrixDocs.print.catalog'),
      value: t('catalogs.name', {
        catalog: text.title(matrix.catalog),
        version: matrix.catalog.label,
      }),
    },
    { id: 'printedAt', label: t('matrixDocs.print.printedAt'), value: format.dateTime(printedAt) },
  ];
  return (
    <article className="bk-doc bk-doc-landscape" aria-labelledby="matrix-print-title">
      <h1 id="matrix-print-title">{title}</h1>
      <dl className="bk-doc-meta">
        {meta.map((item) => (
          <div key={item.id} data-fact={item.id}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      <Counts matrix={matrix} />
      <Signatures snapshots={snapshots} />
      <MatrixTable rows={rows} />
    </article>
  );
}

function Counts({ matrix }: { matrix: MatrixSummary }) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const { counts } = matrix;
  return (
    <section aria-labelledby="matrix-print-summary">
      <h2 id="matrix-print-summary">{t('matrix.summary.label')}</h2>
      <ul className="bk-doc-counts">
        <li>
          <strong>{t('matrixDocs.print.total', { count: counts.total })}</strong>
        </li>
        <li>
          <strong>
            {t('matrixDocs.print.agreed', {
              count: counts.byStatus.agreed,
              percent: counts.agreedPercent,
            })}
          </strong>
        </li>
      </ul>
      <ul className="bk-doc-counts" aria-label={t('matrixDocs.print.owners')}>
        {OWNER_BUCKETS.map((owner) => (
          <li key={owner}>
            {t('matrixDocs.print.count', {
              label: t(`matrix.owners.${owner}`),
              count: counts.byOwner[owner],
            })}
          </li>
        ))}
      </ul>
      <ul className="bk-doc-counts" aria-label={t('matrixDocs.print.statuses')}>
        {OPEN_ROW_STATUSES_AS_PRINTED.map((status) => (
          <li key={status}>
            {t('matrixDocs.print.count', {
              label: text.status(status),
              count: counts.byStatus[status],
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The signatures on the current content, else on the latest fully signed content. */
function Signatures({ snapshots }: { snapshots: MatrixSnapshot[] }) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const format = useDateFormat();
  const shown = snapshots.find((s) => s.current) ?? snapshots.find((s) => s.complete) ?? null;
  return (
    <section aria-labelledby="matrix-print-signatures">
      <h2 id="matrix-print-signatures">{t('matrixDocs.print.signatures')}</h2>
      <div className="bk-signatures">
        {WORKSPACE_SIDES.map((side) => {
          const signature = shown?.[side] ?? null;
          return (
            <div key={side} className="bk-signature" data-side={side}>
              <h3>{t('matrixDocs.print.signatureOf', { side: text.side(side) })}</h3>
              <dl>
                <dt>{t('matrixDocs.print.signer')}</dt>
                <dd>{signature ? signature.name : t('matrixDocs.print.unsigned')}</dd>
                <dt>{t('matrixDocs.print.signedAt')}</dt>
                <dd>
                  {signature ? format.dateTime(signature.at) : t('matrixDocs.print.unsigned')}
                </dd>
              </dl>
            </div>
          );
        })}
      </div>
      <p>
        {t('matrixDocs.print.hash')}:{' '}
        <span className="bk-mono">{shown ? shown.contentHash : t('matrixDocs.print.noHash')}</span>
      </p>
      {shown && !shown.current ? <p>{t('matrixDocs.print.notCurrent')}</p> : null}
      {shown?.current && !shown.complete ? <p>{t('matrixDocs.print.waiting')}</p> : null}
    </section>
  );
}

interface Chapter {
  key: string;
  title: string;
  rows: MatrixRow[];
}

/** Rows by chapter, chapters in the order they first appear, rows in the catalog's order. */
function useChapters(rows: readonly MatrixRow[]): Chapter[] {
  const { t } = useTranslation();
  const text = useMatrixText();
  const chapters = new Map<string, Chapter>();
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    const key = row.chapterCode ?? '';
    const chapter = chapters.get(key);
    if (chapter) {
      chapter.rows.push(row);
      continue;
    }
    chapters.set(key, {
      key,
      title: row.chapterCode ? text.chapter(row) : t('matrixDocs.print.noChapter'),
      rows: [row],
    });
  }
  return [...chapters.values()];
}

const COLUMNS = [
  'code',
  'title',
  'hospital',
  'vendor',
  'not_applicable',
  'phase',
  'hospital_duty',
  'vendor_duty',
  'status',
  'confirmed_by',
  'due_date',
] as const;

/** The 確認表: one row per requirement, ○ in the owner columns, grouped by chapter. */
function MatrixTable({ rows }: { rows: MatrixRow[] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const text = useMatrixText();
  const chapters = useChapters(rows);
  const mark = (on: boolean) => (on ? t('matrixDocs.print.mark') : '');
  const confirmation = (side: WorkspaceSide, row: MatrixRow) => {
    const by = side === 'hospital' ? row.hospitalConfirmation : row.vendorConfirmation;
    return by ? (
      <span className="bk-doc-line" key={side}>
        {t('matrixDocs.print.confirmedBy', {
          side: text.side(side),
          name: by.name,
          at: format.date(by.at),
        })}
      </span>
    ) : null;
  };
  return (
    <section aria-labelledby="matrix-print-table">
      <h2 id="matrix-print-table">{t('matrixDocs.print.table')}</h2>
      {rows.length === 0 ? (
        <p>{t('matrixDocs.print.empty')}</p>
      ) : (
        <div className="bk-doc-scroll">
          <table className="bk-doc-table">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column}
                    scope="col"
                    className={
                      column === 'hospital' || column === 'vendor' || column === 'not_applicable'
                        ? 'bk-doc-mark'
                        : undefined
                    }
                  >
                    {t(`matrixDocs.fileColumns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            {chapters.map((chapter) => (
              <tbody key={chapter.key}>
                <tr className="bk-doc-chapter">
                  <th colSpan={COLUMNS.length} scope="colgroup">
                    {chapter.title}
                  </th>
                </tr>
                {chapter.rows.map((row) => (
                  <tr key={row.id} data-code={row.code}>
                    <td className="bk-nowrap">{row.code}</td>
                    <td className="bk-doc-title">
                      {text.title(row)}
                      {row.unconfirmed ? (
                        <span className="bk-sub">{t('catalogs.unconfirmed')}</span>
                      ) : null}
                    </td>
                    {WORKSPACE_SIDES.map((side) => (
                      <td key={side} className="bk-doc-mark">
                        {mark(sidesCarrying(row.ownerSide).includes(side))}
                      </td>
                    ))}
                    <td className="bk-doc-mark">{mark(row.ownerSide === 'not_applicable')}</td>
                    <td>{row.phase ? text.phase(row.phase) : ''}</td>
                    <td className="bk-doc-text">{row.hospitalDuty}</td>
                    <td className="bk-doc-text">{row.vendorDuty}</td>
                    <td className="bk-nowrap">{text.status(row.status)}</td>
                    <td>
                      {confirmation('hospital', row)}
                      {confirmation('vendor', row)}
                    </td>
                    <td className="bk-nowrap">{row.dueDate ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
