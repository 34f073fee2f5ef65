import { createFileRoute } from '@tanstack/react-router';
import { MembersPage } from '../../features/members/members-page';
import { loadNamespaces } from '../../i18n/index';

export const Route = createFileRoute('/_app/members')({
  loader: () => loadNamespaces('members'),
  component: MembersPage,
});
