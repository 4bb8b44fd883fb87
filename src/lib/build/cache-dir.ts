/**
 * Where build steps keep what outlives a build: `node_modules/.cache/ocop/<part>`, or
 * `<OCOP_CACHE_DIR>/<part>` when a build keeps its caches apart (see astro.config.mjs).
 */
import path from 'node:path';

export function ocopCacheDir(part: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env['OCOP_CACHE_DIR'];
  return path.resolve(own ? path.join(own, part) : path.join('node_modules/.cache/ocop', part));
}
