import { createFileRoute } from '@tanstack/react-router';
import { MatrixPrintPage } from '../../../../../features/matrix/documents-print';
import { loadNamespaces } from '../../../../../i18n/index';

/** The matrix as a printable 確認表 for the audit binder, beside the grid's index route. */
export const Route = createFileRoute('/_app/matrix/$workspaceId/$matrixId/print')({
  loader: () => loadNamespaces('matrix', 'catalogs'),
  component: function MatrixPrintRoute() {
    const { workspaceId, matrixId } = Route.useParams();
    return <MatrixPrintPage workspaceId={workspaceId} matrixId={matrixId} />;
  },
});
