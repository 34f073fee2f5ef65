import { z } from 'zod';
import {
  EmptyMatrixSspError,
  renderMatrixCsv,
  renderMatrixSsp,
  renderMatrixXlsx,
} from '@bunkai/file-formats/matrix';
import { DomainError, matrixSspSources, matrixFileDocs } from '@bunkai/core';
import { MatrixExportFormat } from '@bunkai/model/schemas';
import { workspaceProcedure } from '../../trpc';
import { DownloadFile, downloadFile } from '../../files';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One system's matrix, or every matrix of the workspace, as the 確認表 XLSX or CSV; one system's
 * matrix as an OSCAL system security plan.
 */
export const exportMatrix = workspaceProcedure({ role: 'viewer', kinds: WORKSPACE_PARTY_KINDS })
  .input(z.object({ matrixId: z.uuid().optional(), format: MatrixExportFormat }))
  .output(DownloadFile)
  .query(async ({ ctx, input }) => {
    const docs = await matrixFileDocs(ctx.tx, ctx.workspace, ctx.now(), input.matrixId);
    const [first] = docs;
    if (!first) {
      throw new DomainError('BAD_REQUEST', 'no_matrix', {
        ja: 'このワークスペースにはまだ責任分界表がありません',
        en: 'This workspace has no matrix yet',
      });
    }
    // One system's file is named by the system; a workspace's by both parties, whatever it holds.
    const stem = input.matrixId
      ? `責任分界表_${first.systemName}_${first.vendorName}`
      : `責任分界表_${first.hospitalName}_${first.vendorName}_全システム`;
    if (input.format === 'oscal') {
      if (input.matrixId === undefined || docs.length !== 1) {
        throw new DomainError(
          'BAD_REQUEST',
          'oscal_one_system',
          {
            ja: 'OSCAL SSP は1つのシステムごとに書き出します',
            en: 'An OSCAL SSP is exported for one system at a time',
          },
          'matrixId',
        );
      }
      let ssp;
      try {
        const { catalogFile, lastModified } = await matrixSspSources(
          ctx.tx,
          ctx.workspace,
          input.matrixId,
        );
        ssp = renderMatrixSsp(first, catalogFile, { uuidSeed: input.matrixId, lastModified });
      } catch (error) {
        if (!(error instanceof EmptyMatrixSspError)) throw error;
        throw new DomainError('BAD_REQUEST', 'no_rows', error.messages, 'matrixId');
      }
      return downloadFile(
        `${stem}.oscal-ssp.json`,
        'application/json',
        JSON.stringify(ssp, null, 2),
      );
    }
    const content = input.format === 'xlsx' ? await renderMatrixXlsx(docs) : renderMatrixCsv(docs);
    return downloadFile(
      `${stem}.${input.format}`,
      input.format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
      content,
    );
  });
