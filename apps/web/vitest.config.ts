import { defineProject } from 'vitest/config';

// The web app's unit tests (no browser: the browser suite is apps/e2e).
export default defineProject({
  test: { name: 'web', environment: 'node' },
});
