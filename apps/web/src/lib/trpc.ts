import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import { MAX_BATCH_SIZE } from '@bunkai/model';
import type { AppRouter } from '@bunkai/api';
import { errorData } from './errors';

/** A 4xx answer (signed out, forbidden, not found, bad input) will not change on a retry. */
function retryOnce(failureCount: number, error: unknown): boolean {
  const status = errorData(error)?.httpStatus;
  if (typeof status === 'number' && status < 500) return false;
  return failureCount < 1;
}

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: retryOnce } },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    // The server refuses batched auth calls and batches of more than MAX_BATCH_SIZE.
    splitLink({
      condition: (op) => op.path.startsWith('auth.'),
      true: httpLink({ url: '/trpc', transformer: superjson }),
      false: httpBatchLink({ url: '/trpc', transformer: superjson, maxItems: MAX_BATCH_SIZE }),
    }),
  ],
});

/** For route loaders, outside React. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
