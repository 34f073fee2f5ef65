import { createFileRoute } from '@tanstack/react-router';
import { CatalogsPage } from '../../../features/catalogs/catalogs-page';
import { loadNamespaces } from '../../../i18n/index';

export const Route = createFileRoute('/_app/catalogs/')({
  loader: () => loadNamespaces('catalogs'),
  component: CatalogsPage,
});
