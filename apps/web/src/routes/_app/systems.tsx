import { createFileRoute } from '@tanstack/react-router';
import { SystemsPage } from '../../features/systems/systems-page';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_app/systems')({
  loader: () => loadNamespaces('systems', 'matrix'),
  component: SystemsPage,
});
