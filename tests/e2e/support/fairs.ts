/**
 * The fairs as the e2e tests see them: read from `content/fairs/` (not through the site's
 * modules), each with its booths joined to the products' files, narrowed to fairs whose page
 * is in the build under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, DIST, products, type ProductEntry } from './catalogue.ts';

export interface FairEntry {
  slug: string;
  name: string;
  startDate: string;
  endDate: string;
  venue: { name: string; address: string; province: string };
  organiser: string;
  booths: { number: string; label?: string; producer?: string; products: string[] }[];
}

export type FairProduct = ProductEntry & { code: string; images?: { src: string }[] };

export function fairs(): FairEntry[] {
  const dir = join(CONTENT, 'fairs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<FairEntry, 'slug'>),
      slug: f.slice(0, -'.json'.length),
    }))
    .filter((f) => existsSync(join(DIST, 'hoi-cho', f.slug, 'index.html')));
}

/** The fair with the most booths (the Hà Nội sample). */
export function biggestFair(): FairEntry {
  const all = fairs();
  if (all.length === 0) throw new Error('The build under test has no fair');
  return all.reduce((a, b) => (b.booths.length > a.booths.length ? b : a));
}

export function fairProducts(fair: FairEntry): FairProduct[] {
  const bySlug = new Map(products().map((p) => [p.slug, p as FairProduct]));
  return fair.booths.flatMap((b) =>
    b.products.map((slug) => {
      const product = bySlug.get(slug);
      if (!product) throw new Error(`${fair.slug}: product ${slug} is not in the build`);
      return product;
    }),
  );
}

/** Folds like people type: no diacritics, đ → d, lower case. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
