/**
 * `node scripts/check-links.ts [dist]`: checks that every internal link, image and script URL
 * in the built site resolves to a file of the build, and every `#fragment` to an element on
 * its page (see `lib/link-check.ts`). Prints broken links under the page they appear on;
 * exit code 1 when there is any. `SITE_URL` adds a public origin whose URLs count as internal.
 */
import { resolve } from 'node:path';
import { checkLinks, formatBrokenLinks } from './lib/link-check.ts';

const dist = resolve(process.argv[2] ?? 'dist');
try {
  const { pages, links, broken } = checkLinks(dist);
  if (broken.length > 0) console.error(formatBrokenLinks(broken));
  console.log(
    `${String(links)} internal links on ${String(pages)} pages in ${dist}: ${String(broken.length)} broken.`,
  );
  process.exitCode = broken.length > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
