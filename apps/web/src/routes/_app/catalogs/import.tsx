import { createFileRoute } from '@tanstack/react-router';
import { ImportPage } from '../../../features/catalogs/import-page';
import { loadNamespaces } from '../../../i18n/index';

export const Route = createFileRoute('/_app/catalogs/import')({
  loader: () => loadNamespaces('catalogs'),
  component: ImportPage,
});
