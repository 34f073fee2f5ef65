import { createFileRoute } from '@tanstack/react-router';
import { ImportPage } from '../../../features/catalogs/import-page';

export const Route = createFileRoute('/_app/catalogs/import')({ component: ImportPage });
