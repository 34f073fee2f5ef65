import { createFileRoute } from '@tanstack/react-router';
import { validateVersionSearch } from '../../../features/catalogs/search';
import { VersionPage } from '../../../features/catalogs/version-page';

export const Route = createFileRoute('/_app/catalogs/$versionId')({
  validateSearch: validateVersionSearch,
  component: function VersionRoute() {
    const { versionId } = Route.useParams();
    const search = Route.useSearch();
    return <VersionPage versionId={versionId} search={search} />;
  },
});
