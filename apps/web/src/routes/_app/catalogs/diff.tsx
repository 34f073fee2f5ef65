import { createFileRoute } from '@tanstack/react-router';
import { DiffPage } from '../../../features/catalogs/diff-page';
import { validateDiffSearch } from '../../../features/catalogs/search';
import { loadNamespaces } from '../../../i18n/index';

export const Route = createFileRoute('/_app/catalogs/diff')({
  validateSearch: validateDiffSearch,
  loader: () => loadNamespaces('catalogs'),
  component: function DiffRoute() {
    const search = Route.useSearch();
    return <DiffPage search={search} />;
  },
});
