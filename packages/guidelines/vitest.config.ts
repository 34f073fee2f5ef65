import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'guidelines', environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
});
