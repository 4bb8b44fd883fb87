/**
 * End-to-end tests against the built site (`dist/`, served as a static host serves it by
 * `scripts/serve.ts`: its `_headers` and `_redirects` applied, `/a` → `/a/`, unknown paths →
 * `404.html`; `astro preview` answers a path without its trailing slash with an error page). Build first:
 * `npx astro build && npx playwright test` (or `npm test`, which does both).
 *
 * The browser is the system Chromium (`/usr/bin/chromium`, Debian's package), not one
 * downloaded by Playwright; `CHROMIUM_PATH` points elsewhere.
 *
 * Three projects:
 * - `chromium`: every spec but `*-meilisearch*`, against `dist/` (no Meilisearch configured);
 * - `meilisearch`: `*-meilisearch.spec.ts`, against a build wired to a real Meilisearch
 *   (`dist-meili/run-<pid>/`) that the global setup (`tests/e2e/support/meilisearch-setup.ts`)
 *   starts, indexes, builds for and serves on a free loopback port;
 * - `meilisearch-outage`: kills that Meilisearch mid-test, so it runs after `meilisearch`.
 */
import { defineConfig } from '@playwright/test';

const CI = Boolean(process.env['CI']);
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const HOST = '127.0.0.1';
const baseURL = `http://${HOST}:${PORT}`;

const launchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};
/** Specs that need Meilisearch: their own projects below. */
const MEILISEARCH_SPECS = /-meilisearch(-[a-z-]+)?\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
  },
  globalSetup: './tests/e2e/support/meilisearch-setup.ts',
  projects: [
    {
      name: 'chromium',
      testIgnore: MEILISEARCH_SPECS,
      use: { browserName: 'chromium', launchOptions },
    },
    {
      // baseURL: the Meilisearch-wired build, see tests/e2e/support/meilisearch-fixtures.ts.
      name: 'meilisearch',
      testMatch: /-meilisearch\.spec\.ts$/,
      use: { browserName: 'chromium', launchOptions },
    },
    {
      name: 'meilisearch-outage',
      testMatch: /-meilisearch-outage\.spec\.ts$/,
      dependencies: ['meilisearch'],
      use: { browserName: 'chromium', launchOptions },
    },
  ],
  webServer: {
    // Same Node as the test runner, no npx in between. A static host's behaviour (see
    // scripts/serve.ts), not `astro preview`'s: typed short URLs (`/p/F4MPG6`) must be tested
    // as visitors meet them.
    command: `${JSON.stringify(process.execPath)} scripts/serve.ts --port ${PORT}`,
    url: `${baseURL}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
