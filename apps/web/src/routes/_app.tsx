import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppLayout, RouteError } from '../features/shell';

/** Everything behind sign-in (with the second factor when the user has one). */
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    // Cached for the default stale time, so moving between pages does not wait for the server.
    const me = await context.queryClient.query(context.trpc.auth.me.queryOptions());
    if (!me || me.mfaPending) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: AppLayout,
  // The frame itself failed (e.g. the server is unreachable): the whole-page error.
  errorComponent: RouteError,
});
