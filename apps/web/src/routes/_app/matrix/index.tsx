import { createFileRoute } from '@tanstack/react-router';
import { MatrixListPage } from '../../../features/matrix/matrix-list-page';

export const Route = createFileRoute('/_app/matrix/')({ component: MatrixListPage });
