import { createFileRoute } from '@tanstack/react-router';
import { SystemsPage } from '../../features/systems/systems-page';

export const Route = createFileRoute('/_app/systems')({ component: SystemsPage });
