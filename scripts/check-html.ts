/**
 * Validates one built page of each template with the Nu HTML checker (`vnu-jar`, run on the
 * machine's Java) and exits 1 on any error. Part of `npm test`, after the build.
 *
 *   npm run check:html [-- --dist dist]
 *
 * Left aside, and only this: the checker's CSS parser does not know container query units
 * (`cqw`, `cqh`…) that Tailwind writes; browsers do. Everything else counts.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

/** One page per template: the first built file whose path matches, both languages for some. */
export const TEMPLATE_PAGES: readonly { template: string; pattern: RegExp }[] = [
  { template: 'home', pattern: /^index\.html$/ },
  { template: 'home (en)', pattern: /^en\/index\.html$/ },
  { template: 'product', pattern: /^san-pham\/[^/]+\/index\.html$/ },
  { template: 'product (en)', pattern: /^en\/san-pham\/[^/]+\/index\.html$/ },
  { template: 'producer', pattern: /^chu-the\/[^/]+\/index\.html$/ },
  { template: 'certificate check', pattern: /^p\/[^/]+\/index\.html$/ },
  { template: 'certificate check (en)', pattern: /^en\/p\/[^/]+\/index\.html$/ },
  { template: 'producer short URL', pattern: /^c\/[^/]+\/index\.html$/ },
  { template: 'provinces', pattern: /^tinh\/index\.html$/ },
  { template: 'province', pattern: /^tinh\/an-giang\/index\.html$/ },
  { template: 'former province', pattern: /^tinh\/ba-ria-vung-tau\/index\.html$/ },
  { template: 'empty province', pattern: /^tinh\/cao-bang\/index\.html$/ },
  { template: 'province, expired part', pattern: /^tinh\/ha-noi\/het-han\/index\.html$/ },
  { template: 'province by stars', pattern: /^tinh\/[^/]+\/sao-\d\/index\.html$/ },
  { template: 'province by group', pattern: /^tinh\/[^/]+\/nganh\/[^/]+\/index\.html$/ },
  { template: 'province sorted', pattern: /^tinh\/[^/]+\/xep-moi\/index\.html$/ },
  { template: 'category by province', pattern: /^danh-muc\/[^/]+\/tinh\/[^/]+\/index\.html$/ },
  { template: 'categories', pattern: /^danh-muc\/index\.html$/ },
  { template: 'category', pattern: /^danh-muc\/[^/]+\/index\.html$/ },
  { template: 'star levels', pattern: /^sao\/index\.html$/ },
  { template: 'stars', pattern: /^sao\/\d\/index\.html$/ },
  { template: 'stars by group', pattern: /^sao\/\d\/nganh\/[^/]+\/index\.html$/ },
  { template: 'sales points', pattern: /^diem-ban\/index\.html$/ },
  { template: 'sales points of a province', pattern: /^diem-ban\/[^/]+\/index\.html$/ },
  { template: 'search', pattern: /^tim-kiem\/index\.html$/ },
  { template: 'shortlist', pattern: /^danh-sach\/index\.html$/ },
  { template: 'print labels', pattern: /^in\/nhan\/index\.html$/ },
  { template: 'print posters', pattern: /^in\/ap-phich\/index\.html$/ },
  { template: 'wholesale inquiry', pattern: /^hoi-gia-si\/index\.html$/ },
  { template: 'fairs', pattern: /^hoi-cho\/index\.html$/ },
  { template: 'fair', pattern: /^hoi-cho\/(?!ngoai-tuyen\/)[^/]+\/index\.html$/ },
  { template: 'fair kit', pattern: /^hoi-cho\/(?!ngoai-tuyen\/)[^/]+\/bo-in\/index\.html$/ },
  { template: 'offline page', pattern: /^hoi-cho\/ngoai-tuyen\/index\.html$/ },
  { template: 'open data', pattern: /^du-lieu\/index\.html$/ },
  { template: 'about', pattern: /^gioi-thieu\/index\.html$/ },
  { template: 'cart', pattern: /^gio-hang\/index\.html$/ },
  { template: 'not found', pattern: /^404\.html$/ },
];

/**
 * What the checker does not know rather than what is wrong: container queries (the property
 * and its units), recognised by the message and the CSS it quotes.
 */
const CONTAINER_UNIT = /\d(cqw|cqh|cqi|cqb|cqmin|cqmax)\b/;
const isContainerCss = (m: { message: string; extract?: string }) =>
  m.message.includes('“container-type”') ||
  m.message.includes('“container-name”') ||
  (m.message.includes('Unknown dimension') && CONTAINER_UNIT.test(m.extract ?? ''));

export interface HtmlMessage {
  file: string;
  line?: number;
  message: string;
}

interface VnuJson {
  messages: {
    type: string;
    url?: string;
    lastLine?: number;
    message: string;
    extract?: string;
  }[];
}

/** The page of each template in `dist`, and the templates with no page. */
export function pickPages(dist: string): { files: string[]; missing: string[] } {
  const all = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  const files: string[] = [];
  const missing: string[] = [];
  for (const { template, pattern } of TEMPLATE_PAGES) {
    const file = all.find((f) => pattern.test(f));
    if (file) files.push(file);
    else missing.push(template);
  }
  return { files, missing };
}

export async function checkHtml(dist: string, files: readonly string[]): Promise<HtmlMessage[]> {
  const run = promisify(execFile);
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const args = ['-jar', vnu, '--errors-only', '--format', 'json', ...files];
  // vnu exits 1 when it reports errors; its JSON is on stderr either way.
  const result = await run('java', args, { cwd: dist, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stderr,
    (caught: unknown) => {
      const error = caught as { stderr?: string; code?: string | number };
      if (error.code === 'ENOENT')
        throw new Error(
          'check:html needs Java to run the Nu HTML checker: apt-get install -y default-jre-headless',
        );
      return error.stderr ?? '';
    },
  );
  const report = JSON.parse(result) as VnuJson;
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !isContainerCss(m))
    .map((m) => ({
      file: m.url ? path.relative(dist, new URL(m.url).pathname) || m.url : '?',
      ...(m.lastLine ? { line: m.lastLine } : {}),
      message: m.message,
    }));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const dist = path.resolve(values.dist);
  if (!existsSync(dist)) {
    console.error(`check:html: ${dist} does not exist; build first (npm run build)`);
    process.exit(1);
  }
  const { files, missing } = pickPages(dist);
  const started = performance.now();
  const errors = await checkHtml(dist, files);
  for (const e of errors) console.error(`${e.file}:${e.line ?? '?'}: ${e.message}`);
  if (missing.length) console.error(`check:html: no built page for ${missing.join(', ')}`);
  console.log(
    `check:html: ${files.length} pages (one per template), ${errors.length} errors, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (errors.length || missing.length) process.exit(1);
}
