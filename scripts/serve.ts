/**
 * Serves a built copy of the site on a loopback port as a static host does
 * (`scripts/lib/static-server.ts` with the build's `_headers` and `_redirects`): `/a` → 301 to
 * `/a/` when `a` is a folder, unknown paths → `404.html` with status 404. The end-to-end tests
 * serve `dist/` with it rather than `astro preview`, whose `trailingSlash: 'always'` check
 * answers a path without its slash (`/p/f4mpg6`) with Astro's own error page, which no host does.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    dir: { type: 'string', default: process.env['OCOP_OUT_DIR'] ?? 'dist' },
  },
});
const server = await startStaticServer({
  root: values.dir,
  hostRules: true,
  encoding: 'gzip',
  port: Number(values.port),
});
console.log(`Serving ${values.dir} at ${server.origin}/`);
const stop = () => {
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
