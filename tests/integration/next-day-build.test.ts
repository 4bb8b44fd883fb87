/**
 * The daily rebuild renders what the day changed and nothing else. Two products are given
 * certificates that cross a boundary overnight: one reaches 90 days left (valid → expiring),
 * the other passes its valid-until date (expiring → expired). The site is built on day D, again
 * on D (warm: the pages rendered then are the few without a cache key), then on D + 1 with the
 * same caches. On D + 1 the pages rendered besides the unkeyed ones are exactly the pages that
 * show either product; their badges, share images, search records and open-data rows change,
 * no other product's do; and the whole output equals a cold build on D + 1, except that pages
 * kept from D still say "as of D" (true: nothing they show changed overnight).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validUntil } from '../../src/lib/domain/certificate-status.ts';
import { addDays, addMonths, daysBetween } from '../../src/lib/domain/dates.ts';
import { formatDate } from '../../src/lib/i18n/format.ts';

const D = '2026-12-06';
const NEXT = '2026-12-07';

interface Picked {
  slug: string;
  code: string;
  /** Code of its producer: the producer's share card shows its products' standing. */
  producerCode: string;
}

let dir: string;
/** Valid on D with 91 days left, expiring on D + 1. */
let expiring: Picked;
/** Valid until D, expired on D + 1. */
let expired: Picked;
let day: Map<string, string>;
let nextDay: Map<string, string>;
let cold: Map<string, string>;
let unkeyed: Set<string>;
let rendered: Set<string>;

function build(today: string, out: string, cache: string): string[] {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      OCOP_TODAY: today,
      OCOP_CONTENT_DIR: path.join(dir, 'content'),
      OCOP_OUT_DIR: path.join(dir, out),
      OCOP_CACHE_DIR: path.join(dir, cache),
      OCOP_SHARE_IMAGES: 'on',
    },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  // Astro logs each route it writes (in colour when CI is set); one kept from the previous
  // build says "(cached)" or "(restored)".
  return [
    ...stripVTControlCharacters(result.stdout).matchAll(
      /─ (\/\S+?)(?:\/?) (\(cached\)|\(restored\)|\(\+)/g,
    ),
  ]
    .filter((m) => m[2] === '(+')
    .map((m) => routeOf(m[1]!.replace(/^\//, '')));
}

/** Every file of an output folder: text files as text, others by their hash. */
async function files(out: string): Promise<Map<string, string>> {
  const root = path.join(dir, out);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const map = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    map.set(
      path.relative(root, file),
      /\.(html|json|csv|svg|txt|xml|js)$/.test(entry.name)
        ? bytes.toString('utf8')
        : createHash('sha1').update(bytes).digest('hex'),
    );
  }
  return map;
}

/** A decision date whose certificate is valid until `until`. */
function decidedFor(until: string): string {
  const about = addMonths(until, -36);
  for (let shift = -40; shift <= 40; shift++) {
    const date = addDays(about, shift);
    if (validUntil(date) === until) return date;
  }
  throw new Error(`no decision date is valid until ${until}`);
}

interface ProductFile {
  code: string;
  producer: string;
  certifications: { decisionDate: string; status: string }[];
}

/** Two products with one certification each, re-dated to cross a boundary overnight. */
async function pickAndRedate(): Promise<[Picked, Picked]> {
  const folder = path.join(dir, 'content', 'products');
  const picked: Picked[] = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.json')).sort()) {
    const json = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as ProductFile;
    const [only, ...more] = json.certifications;
    if (!only || more.length > 0 || only.status === 'revoked') continue;
    const until = picked.length === 0 ? addDays(D, 91) : D;
    only.decisionDate = decidedFor(until);
    await writeFile(path.join(folder, file), `${JSON.stringify(json, null, 2)}\n`);
    const producer = JSON.parse(
      await readFile(path.join(dir, 'content', 'producers', `${json.producer}.json`), 'utf8'),
    ) as { code: string };
    picked.push({
      slug: file.replace(/\.json$/, ''),
      code: json.code,
      producerCode: producer.code,
    });
    if (picked.length === 2) break;
  }
  return [picked[0]!, picked[1]!];
}

const shows = (html: string, p: Picked) =>
  html.includes(`/san-pham/${p.slug}/`) || html.includes(`/p/${p.code}/`);

/** A page of day D as it would read on D + 1 if nothing it shows changed: its dates moved. */
const asOfNext = (text: string) =>
  text
    .replaceAll(D, NEXT)
    .replaceAll(formatDate(D, 'vi'), formatDate(NEXT, 'vi'))
    .replaceAll(formatDate(D, 'en'), formatDate(NEXT, 'en'));

/** Page routes as Astro logs them: `san-pham/x/index.html` → `san-pham/x`. */
const routeOf = (file: string) => file.replace(/\/?index\.html$/, '');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-next-day-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
  [expiring, expired] = await pickAndRedate();
  build(D, 'dist', 'cache');
  day = await files('dist');
  unkeyed = new Set(build(D, 'dist', 'cache'));
  rendered = new Set(build(NEXT, 'dist', 'cache'));
  nextDay = await files('dist');
  build(NEXT, 'cold', 'cold-cache');
  cold = await files('cold');
}, 900_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the products crossing a boundary overnight', () => {
  it('are valid with 91 days left and valid until the day, then expiring and expired', () => {
    expect(daysBetween(D, addDays(D, 91))).toBe(91);
    const statusOf = (files: Map<string, string>, p: Picked) =>
      /data-state="(\w+)"/.exec(files.get(`san-pham/${p.slug}/index.html`) ?? '')?.[1];
    expect([statusOf(day, expiring), statusOf(day, expired)]).toEqual(['valid', 'expiring']);
    expect([statusOf(nextDay, expiring), statusOf(nextDay, expired)]).toEqual([
      'expiring',
      'expired',
    ]);
  });
});

describe('the next-day build', () => {
  it('renders every page that shows either product, in both languages', () => {
    const showing = [...nextDay]
      .filter(([f, html]) => f.endsWith('.html') && (shows(html, expiring) || shows(html, expired)))
      .map(([f]) => routeOf(f));
    // Their own pages and check pages, producers, province, category and star listings…
    expect(showing.length).toBeGreaterThanOrEqual(16);
    for (const p of [expiring, expired])
      for (const page of [`san-pham/${p.slug}`, `en/san-pham/${p.slug}`, `p/${p.code}`]) {
        expect(showing).toContain(page);
      }
    expect(showing.filter((page) => !rendered.has(page))).toEqual([]);
  });

  it('renders no page whose content did not change', () => {
    // Besides the pages that show them: listing pages their move from "in force" to "lapsed"
    // shifted, and listings whose counts changed. None may come out as it was.
    const unchanged = [...rendered].filter((route) => {
      // The open-data page shows the files' sizes, which it cannot know without making them:
      // it is rendered when a file's rows change, even if its size in KB did not.
      if (unkeyed.has(route) || /^(en\/)?du-lieu$/.test(route)) return false;
      const file = nextDay.has(`${route}/index.html`) ? `${route}/index.html` : route;
      return asOfNext(day.get(file) ?? '') === nextDay.get(file);
    });
    expect(unchanged).toEqual([]);
    expect(rendered.size - unkeyed.size).toBeLessThan(200);
  });

  it("changes both products' badges and share images, and no other product's", () => {
    const changed = [...nextDay.keys()].filter(
      (f) =>
        /^(og\/|(en\/)?p\/[^/]+\/(huy-hieu|badge)\.svg)/.test(f) && day.get(f) !== nextDay.get(f),
    );
    for (const p of [expiring, expired]) {
      expect(changed).toContain(`p/${p.code}/huy-hieu.svg`);
      expect(changed).toContain(`en/p/${p.code}/badge.svg`);
      expect(changed).toContain(`og/p/${p.code}.jpg`);
    }
    // The expired product leaves its producer's count of certificates in force.
    expect(changed).toContain(`og/c/${expired.producerCode}.jpg`);
    const mine = [expiring, expired].flatMap((p) => [p.code, p.producerCode]);
    expect(changed.filter((f) => !mine.some((code) => f.includes(code)))).toEqual([]);
  });

  it('changes the search facets and the open-data rows of both products only', () => {
    // A search record carries the valid-until date (the page computes the status from it); the
    // status facet is in the facets file.
    const search = [...day.keys()].filter(
      (f) => f.startsWith('search/') && day.get(f) !== nextDay.get(f),
    );
    expect(search.filter((f) => !/(^|\/)(manifest|facets)[.\w]*\.json$/.test(f))).toEqual([]);
    expect(search.some((f) => f.includes('/facets.'))).toBe(true);
    const rows = (files: Map<string, string>) =>
      files.get('du-lieu/ocop-san-pham.csv')!.split('\n');
    const changedRows = rows(nextDay).filter((row) => !rows(day).includes(row));
    expect(changedRows).toHaveLength(2);
    expect(changedRows.some((r) => r.includes(expiring.slug))).toBe(true);
    expect(changedRows.some((r) => r.includes(expired.slug))).toBe(true);
    for (const file of ['du-lieu/ocop-chu-the.csv', 'du-lieu/ocop-diem-ban.json'])
      expect(nextDay.get(file), file).toBe(day.get(file));
  });

  it('makes the same site as a cold build on the next day, but for the dates of kept files', () => {
    expect([...cold.keys()].sort()).toEqual([...nextDay.keys()].sort());
    const differ = [...cold].filter(([file, content]) => {
      const kept = nextDay.get(file)!;
      if (kept === content) return false;
      // The build's own marker is new every build; an offline pack lists its pages' hashes.
      if (file === '.ocop-build' || file.endsWith('/offline.json')) return false;
      // A file kept from D differs from the cold one by the day it was made only.
      return rendered.has(routeOf(file)) || asOfNext(kept) !== content;
    });
    expect(differ.map(([f]) => f)).toEqual([]);
  });
});
