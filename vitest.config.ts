import { defineConfig } from 'vitest/config';

/** Unit tests for the domain modules, schemas and content readers (no Astro, no browser). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
