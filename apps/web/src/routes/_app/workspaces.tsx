import { createFileRoute } from '@tanstack/react-router';
import { WorkspacesPage } from '../../features/workspaces/workspaces-page';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_app/workspaces')({
  loader: () => loadNamespaces('workspaces'),
  component: WorkspacesPage,
});
