import { hashKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useTRPC } from './trpc';
import { isAdminRole } from '@bunkai/model';
import type { MyOrganization, Session } from './types';

/** The session from `auth.me` (null when signed out); waiting for MFA counts as signed out. */
export function useSession(): Session | null {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  return me.data && !me.data.mfaPending ? me.data : null;
}

export interface ActiveOrganization {
  session: Session | null;
  organizations: MyOrganization[];
  /** The session's active organization with my role there; null when I belong to none. */
  active: MyOrganization | null;
  isAdmin: boolean;
  isPending: boolean;
}

export function useActiveOrganization(): ActiveOrganization {
  const trpc = useTRPC();
  const session = useSession();
  const organizations = useQuery({
    ...trpc.account.organizations.queryOptions(),
    enabled: session !== null,
  });
  const list = organizations.data ?? [];
  const active = list.find((o) => o.id === session?.activeOrganizationId) ?? null;
  return {
    session,
    organizations: list,
    active,
    isAdmin: active ? isAdminRole(active.role) : false,
    isPending: session !== null && organizations.isPending,
  };
}

/** After sign-in or sign-up: forget the previous user's data, keep the new session. */
export function useStoreSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (session: Session) => {
    const meKey = trpc.auth.me.queryKey();
    const meHash = hashKey(meKey);
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
    queryClient.setQueryData(meKey, session);
  };
}

/**
 * Signs out, goes to the sign-in page (then back to `redirectTo` after the next sign-in), and
 * drops every cached answer.
 */
export function useSignOut(redirectTo?: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: async () => {
        const meKey = trpc.auth.me.queryKey();
        queryClient.setQueryData(meKey, null);
        await router.navigate({
          to: '/sign-in',
          search: redirectTo ? { redirect: redirectTo } : {},
        });
        const meHash = hashKey(meKey);
        queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
      },
    }),
  );
}
