import { QueryClientProvider } from '@tanstack/react-query';
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@bunkai/ui/styles.css';
import './components/shared.css';
import './features/shell/shell.css';
import { RouteViewError } from './features/shell/view-error';
import { setupI18n } from './i18n/index';
import { installAuthRedirects } from './lib/auth-redirects';
import { queryClient, trpc, trpcClient, TRPCProvider } from './lib/trpc';
import { routeTree } from './routeTree.gen';

// A route that fails to draw shows its error in place of its view (the shell stays), with a retry.
const router = createRouter({
  routeTree,
  context: { queryClient, trpc },
  defaultErrorComponent: RouteViewError,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

installAuthRedirects(queryClient, router, trpc);
await setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
