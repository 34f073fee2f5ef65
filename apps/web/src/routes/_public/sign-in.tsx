import { createFileRoute, redirect } from '@tanstack/react-router';
import { SignInPage } from '../../features/auth/sign-in-page';
import { loadNamespaces } from '../../i18n/index';
import { safeRedirect, stringParam } from '../../lib/redirect';

interface SignInSearch {
  /** Where to go after signing in (a path of this site). */
  redirect?: string;
  /** `done` after a password reset. */
  reset?: 'done';
}

export const Route = createFileRoute('/_public/sign-in')({
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    redirect: stringParam(search.redirect),
    reset: search.reset === 'done' ? 'done' : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.query(context.trpc.auth.me.queryOptions());
    if (me && !me.mfaPending) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect
      throw redirect({ href: safeRedirect(search.redirect) });
    }
  },
  loader: () => loadNamespaces('auth'),
  component: function SignInRoute() {
    const search = Route.useSearch();
    return (
      <SignInPage redirectTo={safeRedirect(search.redirect)} resetDone={search.reset === 'done'} />
    );
  },
});
