/**
 * The catalogue as the e2e tests see it: read straight from `content/` (not through the site's
 * own modules, so the tests are an independent check of what the pages show) and narrowed to
 * entries that are in the current build of `dist/`. The sample catalogue changes while people
 * work; a product whose file is newer than the build is left out rather than tested against a
 * page that does not show it yet.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CONTENT = join(ROOT, 'content');
/** The build under test: `dist/`, or `OCOP_OUT_DIR` as `astro build` and `astro preview` read it. */
export const DIST = resolve(ROOT, process.env['OCOP_OUT_DIR'] ?? 'dist');

export type CertificationStatus = 'new' | 're-recognised' | 'upgraded' | 'revoked';

export interface Certification {
  stars: 3 | 4 | 5;
  level: 'district' | 'province' | 'central';
  decision: string;
  decisionDate: string;
  issuer: string;
  status: CertificationStatus;
  formerProvince?: string;
}

export interface ProductEntry {
  slug: string;
  name: string;
  nameEn?: string;
  descriptionEn?: string;
  packagingEn?: string;
  category: string;
  producer: string;
  province: string;
  salesPoints?: string[];
  certifications: Certification[];
}

export interface ProducerEntry {
  slug: string;
  name: string;
  province: string;
}

export interface SalesPointEntry {
  slug: string;
  name: string;
  province: string;
}

export interface Province {
  slug: string;
  name: string;
  fullName: string;
}

export interface FormerProvince {
  slug: string;
  name: string;
  successor: string;
}

export interface Category {
  code: string;
  slug: string;
  name: string;
  nameEn: string;
  children?: Category[];
}

/** Time of the build in `dist/` (its home page), or 0 when there is none. */
function buildTime(): number {
  const home = join(DIST, 'index.html');
  return existsSync(home) ? statSync(home).mtimeMs : 0;
}

/** Every `*.json` in a content folder that parses, with its slug, written before the build. */
function readFolder<T>(folder: string, page: (slug: string) => string): (T & { slug: string })[] {
  const dir = join(CONTENT, folder);
  if (!existsSync(dir)) return [];
  const built = buildTime();
  const entries: (T & { slug: string })[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const path = join(dir, file);
    const slug = file.slice(0, -'.json'.length);
    if (statSync(path).mtimeMs > built) continue;
    if (!existsSync(join(DIST, page(slug), 'index.html'))) continue;
    try {
      entries.push({ ...(JSON.parse(readFileSync(path, 'utf8')) as T), slug });
    } catch {
      // Being written by someone right now: not part of this build's subjects.
    }
  }
  return entries;
}

export const products = (): ProductEntry[] =>
  readFolder<ProductEntry>('products', (slug) => `san-pham/${slug}`);

export const producers = (): ProducerEntry[] =>
  readFolder<ProducerEntry>('producers', (slug) => `chu-the/${slug}`);

/** Sales points whose province has a sales-points page in the build. */
export const salesPoints = (): SalesPointEntry[] =>
  readFolder<Omit<SalesPointEntry, 'slug'>>('sales-points', () => '.').filter((s) =>
    existsSync(join(DIST, 'diem-ban', s.province, 'index.html')),
  );

interface ProvinceFile {
  provinces: Province[];
  formerProvinces: FormerProvince[];
}
const provinceFile = (): ProvinceFile =>
  JSON.parse(readFileSync(join(CONTENT, 'provinces.json'), 'utf8')) as ProvinceFile;

export function province(slug: string): Province {
  const found = provinceFile().provinces.find((p) => p.slug === slug);
  if (!found) throw new Error(`No 2025 province "${slug}" in content/provinces.json`);
  return found;
}

export function formerProvince(slug: string): FormerProvince {
  const found = provinceFile().formerProvinces.find((p) => p.slug === slug);
  if (!found) throw new Error(`No former province "${slug}" in content/provinces.json`);
  return found;
}

/** A former province whose name is not also a 2025 province: it has a page of its own. */
export function isRenamedFormerProvince(slug: string): boolean {
  return !provinceFile().provinces.some((p) => p.slug === slug);
}

/** From the top group down to the leaf: I → I.2 → I.2.b. */
export function categoryPath(code: string): Category[] {
  const { tree } = JSON.parse(readFileSync(join(CONTENT, 'categories.json'), 'utf8')) as {
    tree: Category[];
  };
  const walk = (nodes: Category[], path: Category[]): Category[] | undefined => {
    for (const node of nodes) {
      const here = [...path, node];
      if (node.code === code) return here;
      const found = walk(node.children ?? [], here);
      if (found) return found;
    }
    return undefined;
  };
  const path = walk(tree, []);
  if (!path) throw new Error(`No category "${code}" in content/categories.json`);
  return path;
}

/** The certification that decides a product's standing: the latest decision. */
export function currentCertification(product: ProductEntry): Certification {
  const sorted = [...product.certifications].sort((a, b) =>
    a.decisionDate.localeCompare(b.decisionDate),
  );
  const latest = sorted.at(-1);
  if (!latest) throw new Error(`${product.slug} has no certification`);
  return latest;
}

/** True when the latest decision date is not shared, so "current" is not a matter of order. */
export function hasUnambiguousCurrent(product: ProductEntry): boolean {
  const latest = currentCertification(product).decisionDate;
  return product.certifications.filter((c) => c.decisionDate === latest).length === 1;
}

export const isRevoked = (product: ProductEntry): boolean =>
  currentCertification(product).status === 'revoked';

/** Shown in listings (province, category, stars): not revoked. */
export const isListed = (product: ProductEntry): boolean => !isRevoked(product);

// ---- Calendar arithmetic on YYYY-MM-DD strings, written here independently of src/. ----

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Adds calendar months; a day missing from the target month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

export function addDays(iso: string, days: number): string {
  const [year, month, day] = parts(iso);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** OCOP certificates are valid for 36 months from the decision date. */
export const validUntil = (decisionDate: string): string => addMonths(decisionDate, 36);

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'revoked';

/**
 * The days around a certificate's end that the status tests visit with the browser clock, and
 * the state each must read: valid through the valid-until day itself, "expiring" from 90 days
 * before it, expired the day after.
 */
export function statusBoundaryDays(until: string): [string, string, CertificateState][] {
  return [
    ['100 days before valid-until', addDays(until, -100), 'valid'],
    ['91 days before valid-until', addDays(until, -91), 'valid'],
    ['90 days before valid-until', addDays(until, -90), 'expiring'],
    ['on the valid-until day', until, 'expiring'],
    ['the day after valid-until', addDays(until, 1), 'expired'],
  ];
}

/** Status on `today`: valid through the last day, "expiring" within 90 days, revocation wins. */
export function expectedState(cert: Certification, today: string): CertificateState {
  if (cert.status === 'revoked') return 'revoked';
  const left = daysBetween(today, validUntil(cert.decisionDate));
  if (left < 0) return 'expired';
  return left <= 90 ? 'expiring' : 'valid';
}

/** "10/2/2026": how dates read on the Vietnamese pages (day/month/year, no leading zeros). */
export function formatViDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${day}/${month}/${year}`;
}

/** A moment on that calendar day in Vietnam (UTC+7, no daylight saving). */
export function vietnamTime(iso: string, time = '12:00'): Date {
  return new Date(`${iso}T${time}:00+07:00`);
}

export const STATUS_LABEL_VI: Record<CertificateState, string> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Đã hết hạn',
  revoked: 'Đã bị thu hồi',
};

/** The first entry that fits, or a clear failure naming what the content lacks. */
export function pick<T>(items: readonly T[], what: string, fits: (item: T) => boolean): T {
  const found = items.find(fits);
  if (found === undefined) {
    throw new Error(
      `The built catalogue has no ${what} (content files changed after the build are left` +
        ' out: rebuild with `npx astro build`)',
    );
  }
  return found;
}
