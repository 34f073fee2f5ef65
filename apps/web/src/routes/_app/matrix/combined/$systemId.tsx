import { createFileRoute } from '@tanstack/react-router';
import { CombinedSystemPage } from '../../../../features/matrix/documents-combined';
import { loadNamespaces } from '../../../../i18n/index';

/** One hospital system across every vendor's matrix: gaps and overlaps (hospitals only). */
export const Route = createFileRoute('/_app/matrix/combined/$systemId')({
  loader: () => loadNamespaces('matrix', 'catalogs'),
  component: function CombinedSystemRoute() {
    const { systemId } = Route.useParams();
    return <CombinedSystemPage systemId={systemId} />;
  },
});
