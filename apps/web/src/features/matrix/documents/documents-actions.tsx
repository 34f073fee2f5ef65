import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@bunkai/ui';
import { useActiveOrganization } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { MatrixExportMenu } from './documents-export';
import { MatrixImportDialog } from './documents-import';
import { MatrixSignDialog } from './documents-sign';
import type { MatrixSummaryCounts } from '@bunkai/model';

type Open = 'import' | 'sign' | null;

/**
 * The matrix page header's document actions: 「書き出し」 (XLSX, CSV, whole workspace, OSCAL),
 * 「取り込み」, 「署名」, 「印刷用表示」 and, for the hospital, the combined view of every vendor's
 * matrix for the system.
 */
export function MatrixDocumentsActions({
  workspaceId,
  matrixId,
  summary,
}: {
  workspaceId: string;
  matrixId: string;
  /** The counts the grid shows; whether every row is agreed decides if it can be signed. */
  summary: MatrixSummaryCounts;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The page has loaded it already (same query): side, system and signatures.
  const matrix = useQuery(trpc.matrix.get.queryOptions({ workspaceId, matrixId }));
  const { active } = useActiveOrganization();
  // Viewers may read and export; importing needs a member (the server checks it too).
  const canImport = active !== null && active.role !== 'viewer';
  const [open, setOpen] = useState<Open>(null);
  const close = () => {
    setOpen(null);
  };
  return (
    <div
      className="bk-button-row bk-doc-actions"
      role="group"
      aria-label={t('matrixDocs.actionsLabel')}
    >
      <MatrixExportMenu workspaceId={workspaceId} matrixId={matrixId} />
      {canImport ? (
        <Button
          variant="secondary"
          aria-haspopup="dialog"
          onClick={() => {
            setOpen('import');
          }}
        >
          {t('matrixDocs.import')}
        </Button>
      ) : null}
      <Button
        variant="secondary"
        aria-haspopup="dialog"
        disabled={!matrix.data}
        onClick={() => {
          setOpen('sign');
        }}
      >
        {t('matrixDocs.sign')}
      </Button>
      <Link
        to="/matrix/$workspaceId/$matrixId/print"
        params={{ workspaceId, matrixId }}
        className="bk-button bk-button-secondary"
      >
        {t('matrixDocs.printView')}
      </Link>
      {matrix.data?.side === 'hospital' ? (
        <Link
          to="/matrix/combined/$systemId"
          params={{ systemId: matrix.data.system.id }}
          className="bk-button bk-button-link"
        >
          {t('matrixDocs.combined')}
        </Link>
      ) : null}
      {open === 'import' ? (
        <MatrixImportDialog workspaceId={workspaceId} matrixId={matrixId} onClose={close} />
      ) : null}
      {open === 'sign' && matrix.data ? (
        <MatrixSignDialog
          workspaceId={workspaceId}
          matrixId={matrixId}
          matrix={matrix.data}
          counts={summary}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
