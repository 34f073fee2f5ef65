import { defineConfig } from 'drizzle-kit';

// Generated SQL goes to the top-level migrations/ folder; roles, RLS and grants are
// hand-written `--custom` migrations beside it.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: '../../migrations',
  casing: 'snake_case',
  strict: true,
  verbose: true,
  migrations: { table: '__drizzle_migrations', schema: 'drizzle' },
});
