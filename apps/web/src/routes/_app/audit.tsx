import { createFileRoute } from '@tanstack/react-router';
import { AuditPage } from '../../features/audit/audit-page';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_app/audit')({
  loader: () => loadNamespaces('audit'),
  component: AuditPage,
});
