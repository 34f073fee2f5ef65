import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppLayout } from '../features/shell/app-layout';

/** Everything behind sign-in (with the second factor when the user has one). */
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData({
      ...context.trpc.auth.me.queryOptions(),
      revalidateIfStale: true,
    });
    if (!me || me.mfaPending) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: AppLayout,
});
