import { createFileRoute } from '@tanstack/react-router';
import { CatalogsPage } from '../../../features/catalogs/catalogs-page';

export const Route = createFileRoute('/_app/catalogs/')({ component: CatalogsPage });
