import { createFileRoute } from '@tanstack/react-router';
import { CombinedSystemPage } from '../../../../features/matrix/documents-combined';

/** One hospital system across every vendor's matrix: gaps and overlaps (hospitals only). */
export const Route = createFileRoute('/_app/matrix/combined/$systemId')({
  component: function CombinedSystemRoute() {
    const { systemId } = Route.useParams();
    return <CombinedSystemPage systemId={systemId} />;
  },
});
