import { defineConfig } from 'vitest/config';

/**
 * Integration tests against real services (a Meilisearch started from the npm dev binary per
 * test file). One file at a time: each starts its own server and indexes.
 */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
