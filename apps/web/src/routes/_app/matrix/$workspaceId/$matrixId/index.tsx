import { createFileRoute } from '@tanstack/react-router';
import { MatrixPage } from '../../../../../features/matrix/matrix-page';
import { validateMatrixSearch } from '../../../../../features/matrix/search';
import { loadNamespaces } from '../../../../../i18n/index';

// An index route, so `.../print` can sit beside it rather than inside it.
export const Route = createFileRoute('/_app/matrix/$workspaceId/$matrixId/')({
  validateSearch: validateMatrixSearch,
  loader: () => loadNamespaces('matrix', 'catalogs'),
  component: function MatrixRoute() {
    const { workspaceId, matrixId } = Route.useParams();
    const search = Route.useSearch();
    return <MatrixPage workspaceId={workspaceId} matrixId={matrixId} search={search} />;
  },
});
