import { defineConfig } from 'vitest/config';

// One Vitest run over every package's project; CI also writes a JSON report that .ci/run
// reads to prove the PostgreSQL and browser tests ran rather than being skipped.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
