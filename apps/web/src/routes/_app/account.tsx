import { createFileRoute } from '@tanstack/react-router';
import { AccountPage } from '../../features/account/account-page';
import { loadNamespaces } from '../../i18n/index';

interface AccountSearch {
  /** Why the user was sent here, e.g. their organization requires MFA for administrators. */
  notice?: 'mfa_enrollment_required';
}

export const Route = createFileRoute('/_app/account')({
  validateSearch: (search: Record<string, unknown>): AccountSearch => ({
    notice: search.notice === 'mfa_enrollment_required' ? 'mfa_enrollment_required' : undefined,
  }),
  loader: () => loadNamespaces('account', 'auth'),
  component: function AccountRoute() {
    const { notice } = Route.useSearch();
    return <AccountPage mfaRequired={notice === 'mfa_enrollment_required'} />;
  },
});
