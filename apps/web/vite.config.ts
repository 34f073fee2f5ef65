import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  // The router plugin must come before react() (it generates routeTree.gen.ts).
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react()],
  server: {
    port: 5173,
    proxy: { '/trpc': apiOrigin, '/auth': apiOrigin, '/healthz': apiOrigin },
  },
  // No source maps in what the server serves (production hides its internals).
  build: { sourcemap: false },
});
