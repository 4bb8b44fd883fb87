/**
 * What the global setup (`meilisearch-setup.ts`) hands the test workers, by environment
 * variable: the workers are started after it and inherit its environment.
 */

/**
 * Folder of the Meilisearch-wired builds, relative to the repository (ignored by git). Each
 * run builds into `dist-meili/run-<pid>/` and removes it when it ends: two runs at the same
 * time in one work tree would otherwise ship each other's Meilisearch address and key.
 */
export const MEILI_OUT_ROOT = 'dist-meili';

export const MEILI_ENV = {
  /** Origin serving this run's build. */
  baseURL: 'E2E_MEILI_BASE_URL',
  /** This run's build folder, relative to the repository. */
  outDir: 'E2E_MEILI_OUT_DIR',

  /** Meilisearch, `http://127.0.0.1:<port>`. */
  host: 'E2E_MEILI_HOST',
  masterKey: 'E2E_MEILI_MASTER_KEY',
  /** The search-only key the build shipped. */
  searchKey: 'E2E_MEILI_SEARCH_KEY',
  /** Process id of the Meilisearch server. */
  pid: 'E2E_MEILI_PID',
  /** Set instead of the others when the setup failed. */
  error: 'E2E_MEILI_ERROR',
} as const;

export interface MeilisearchSite {
  baseURL: string;
  outDir: string;
  host: string;
  masterKey: string;
  searchKey: string;
  pid: number;
}

/** The values the setup left, or a clear failure saying why there are none. */
export function meilisearchSite(): MeilisearchSite {
  const failed = process.env[MEILI_ENV.error];
  if (failed) throw new Error(`The Meilisearch set-up of this run failed:\n${failed}`);
  const get = (name: string) => {
    const value = process.env[name];
    if (!value) {
      throw new Error(
        `${name} is not set: run these tests through playwright.config.ts, whose globalSetup ` +
          '(tests/e2e/support/meilisearch-setup.ts) starts Meilisearch and builds dist-meili/',
      );
    }
    return value;
  };
  return {
    baseURL: get(MEILI_ENV.baseURL),
    outDir: get(MEILI_ENV.outDir),
    host: get(MEILI_ENV.host),
    masterKey: get(MEILI_ENV.masterKey),
    searchKey: get(MEILI_ENV.searchKey),
    pid: Number(get(MEILI_ENV.pid)),
  };
}
