import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { RegisteredRouter } from '@tanstack/react-router';
import { errorData } from './errors';
import type { trpc as trpcProxy } from './trpc';

/** True while a page of the signed-in area (the `_app` layout) is shown. */
function inSignedInArea(router: RegisteredRouter): boolean {
  return router.state.matches.some((match) => match.routeId.startsWith('/_app'));
}

/**
 * Reacts to query answers anywhere in the app:
 * - UNAUTHORIZED (signed out, session expired, second factor missing) → /sign-in?redirect=here;
 * - FORBIDDEN `mfa_enrollment_required` → /account#mfa with a notice;
 * - `auth.me` turning null on a refetch → /sign-in?redirect=here.
 * Mutations handle their own errors (a wrong password is UNAUTHORIZED too).
 */
export function installAuthRedirects(
  queryClient: QueryClient,
  router: RegisteredRouter,
  trpc: typeof trpcProxy,
): () => void {
  const meHash = hashKey(trpc.auth.me.queryKey());
  const toSignIn = () => {
    const here = router.state.location;
    if (here.pathname === '/sign-in') return;
    void router.navigate({ to: '/sign-in', search: { redirect: here.href } });
  };
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || !inSignedInArea(router)) return;
    const { action } = event;
    if (action.type === 'success' && !action.manual && event.query.queryHash === meHash) {
      const me = action.data as { mfaPending: boolean } | null;
      if (!me || me.mfaPending) toSignIn();
      return;
    }
    if (action.type !== 'error') return;
    const data = errorData(action.error);
    if (data?.code === 'UNAUTHORIZED') {
      void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      toSignIn();
    } else if (data?.reason === 'mfa_enrollment_required') {
      void router.navigate({
        to: '/account',
        search: { notice: 'mfa_enrollment_required' },
        hash: 'mfa',
      });
    }
  });
}
