import { createFileRoute } from '@tanstack/react-router';
import { validateVersionSearch } from '../../../features/catalogs/search';
import { VersionPage } from '../../../features/catalogs/version-page';
import { loadEnglishToo, loadNamespaces } from '../../../i18n/index';

export const Route = createFileRoute('/_app/catalogs/$versionId')({
  validateSearch: validateVersionSearch,
  // OSCAL's part names show in English beside the Japanese.
  loader: () => Promise.all([loadNamespaces('catalogs'), loadEnglishToo('catalogs')]),
  component: function VersionRoute() {
    const { versionId } = Route.useParams();
    const search = Route.useSearch();
    return <VersionPage versionId={versionId} search={search} />;
  },
});
