import { createFileRoute } from '@tanstack/react-router';
import { MatrixListPage } from '../../../features/matrix/matrix-list-page';
import { loadNamespaces } from '../../../i18n/index';

export const Route = createFileRoute('/_app/matrix/')({
  loader: () => loadNamespaces('matrix', 'catalogs', 'workspaces'),
  component: MatrixListPage,
});
