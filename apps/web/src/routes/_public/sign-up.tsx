import { createFileRoute, redirect } from '@tanstack/react-router';
import { SignUpPage } from '../../features/auth/sign-up-page';
import { loadNamespaces } from '../../i18n/index';
import { stringParam } from '../../lib/redirect';

interface SignUpSearch {
  /** An invitation token: the new account joins through it instead of creating an organization. */
  invitation?: string;
}

export const Route = createFileRoute('/_public/sign-up')({
  validateSearch: (search: Record<string, unknown>): SignUpSearch => ({
    invitation: stringParam(search.invitation),
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.query(context.trpc.auth.me.queryOptions());
    if (me && !me.mfaPending) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect
      throw search.invitation
        ? redirect({ to: '/invitations/accept', search: { token: search.invitation } })
        : redirect({ to: '/' });
    }
  },
  loader: () => loadNamespaces('auth'),
  component: function SignUpRoute() {
    const { invitation } = Route.useSearch();
    return <SignUpPage invitationToken={invitation} />;
  },
});
