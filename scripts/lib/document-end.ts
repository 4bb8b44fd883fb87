/**
 * Nothing may follow a page's `</html>` but white space and comments: anything else is a parse
 * error ("Stray start tag script" in the Nu HTML checker) that browsers forgive by moving it
 * into `<body>`. Astro writes a page component's own top-level `<script>` where it stands, so a
 * `<script>` placed after the layout element (`</BaseLayout>`) lands after `</html>`; scripts
 * belong inside the layout's slot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What follows the document's last `</html>`, comments and white space left out. */
export function afterDocumentEnd(html: string): string {
  const end = html.toLowerCase().lastIndexOf('</html');
  if (end < 0) return '';
  const close = html.indexOf('>', end);
  return html
    .slice(close < 0 ? html.length : close + 1)
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
}

/** How many HTML pages `dist` has, and each one with something after its `</html>`. */
export function pagesWithContentAfterEnd(dist: string): {
  pages: number;
  stray: { page: string; after: string }[];
} {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  const stray = files.flatMap((file) => {
    const after = afterDocumentEnd(readFileSync(join(dist, file), 'utf8'));
    return after ? [{ page: `/${file.replace(/\\/g, '/')}`, after: after.slice(0, 200) }] : [];
  });
  return { pages: files.length, stray };
}
