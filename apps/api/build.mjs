// Bundles the server (dist/index.js) and the operator CLI (dist/cli.js) with their dependencies. PGlite (WASM files beside its
// module) and argon2 (native addon) stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['@electric-sql/pglite', '@node-rs/argon2'],
  // Bundled CommonJS dependencies still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
