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
  build: {
    // No source maps in what the server serves (production hides its internals).
    sourcemap: false,
    rolldownOptions: {
      output: {
        // A language's namespace is named for both (`i18n-en-matrix-….js`), not for the feature.
        chunkFileNames: (chunk) => {
          const only = chunk.moduleIds.length === 1 ? chunk.moduleIds[0] : undefined;
          const messages = /\/i18n\/(\w+)\/(\w+)\.ts$/.exec(chunk.facadeModuleId ?? only ?? '');
          return messages
            ? `assets/i18n-${messages[1]}-${messages[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
