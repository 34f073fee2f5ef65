// Bundles the server (dist/index.js), its catalog-parsing thread and the operator CLI (dist/cli.js)
// with their dependencies. PGlite (WASM files beside its module), argon2 (native addon) and piscina
// stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'catalog-parse-worker': 'src/catalog-parse-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['@electric-sql/pglite', '@node-rs/argon2', 'piscina'],
  // Bundled CommonJS dependencies still call require() for Node's built-ins.
  banner: {
    // Aliased: the server's own modules import createRequire too.
    js: "import { createRequire as bannerCreateRequire } from 'node:module'; const require = bannerCreateRequire(import.meta.url);",
  },
});
