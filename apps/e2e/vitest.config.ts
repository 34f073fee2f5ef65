import { defineProject } from 'vitest/config';

// Browser flows in Debian's Chromium through playwright-core; one file at a time.
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
