/**
 * `node scripts/count-browse-pages.ts [content dir] [day]`: how many listing pages (province,
 * former province, category, star level; both languages) a catalogue makes, with the browse
 * design (`src/lib/browse/`) and with the single paginated listing it replaced. For scale
 * figures in docs/browse.md (e.g. on `npm run generate -- --products 20000 --out /tmp/c`).
 */
import { readCatalogue } from '../src/lib/content-files/read-content.ts';
import { listingViews } from '../src/lib/browse/listing-views.ts';
import { orderListing } from '../src/lib/browse/listing-order.ts';
import { paginateListing } from '../src/lib/browse/listing-pages.ts';
import { paginate } from '../src/lib/catalogue/pagination.ts';
import { productStanding } from '../src/lib/domain/product-standing.ts';
import { CATEGORIES } from '../src/lib/domain/categories.ts';
import { PROVINCES, RENAMED_FORMER_PROVINCES } from '../src/lib/domain/provinces.ts';
import { todayInVietnam } from '../src/lib/domain/dates.ts';

const [dir = 'content', day = todayInVietnam()] = process.argv.slice(2);
const catalogue = await readCatalogue(dir);
const products = catalogue.products
  .map(({ data }) => ({ data, ...productStanding(data, day) }))
  .filter((p) => p.listed);

const LOCALES = 2;
const lists = {
  province: PROVINCES.map((p) => products.filter((x) => x.province.slug === p.slug)),
  category: CATEGORIES.map((c) =>
    products.filter((x) => x.categoryPath.some((k) => k.code === c.code)),
  ),
  stars: [3, 4, 5].map((n) => products.filter((x) => x.stars === n)),
};
const former = RENAMED_FORMER_PROVINCES.map((o) =>
  products.filter((x) => x.formerProvinces.includes(o.slug)),
);

let before = 0;
let after = 0;
const rows: string[] = [];
for (const [kind, groups] of Object.entries(lists) as [keyof typeof lists, (typeof products)[]][]) {
  const old = groups.reduce((n, g) => n + paginate(g).length, 0);
  const views = groups.map((g) => listingViews(g, kind));
  const now = views.reduce((n, v) => n + v.length, 0);
  const sorted = views.reduce((n, v) => n + v.filter((p) => p.view.sort).length, 0);
  const narrowed = views.reduce((n, v) => n + v.filter((p) => p.view.narrowing).length, 0);
  rows.push(
    `${kind}: ${String(old * LOCALES)} → ${String(now * LOCALES)} (of which other sorts ${String(sorted * LOCALES)}, narrowed ${String(narrowed * LOCALES)})`,
  );
  before += old;
  after += now;
}
const oldFormer = former.reduce((n, g) => n + paginate(g).length, 0);
const newFormer = former.reduce((n, g) => n + paginateListing(orderListing(g)).length, 0);
rows.push(`former province: ${String(oldFormer * LOCALES)} → ${String(newFormer * LOCALES)}`);
before += oldFormer;
after += newFormer;

// Pages per entity (product, its check page; producer, its short URL; both languages) and ~65
// fixed pages, as counted on the sample build.
const others = 4 * catalogue.products.length + 4 * catalogue.producers.length + 65;
console.log(
  `${String(catalogue.products.length)} products (${String(products.length)} listed), day ${day}`,
);
for (const row of rows) console.log(`  ${row}`);
console.log(
  `listing pages: ${String(before * LOCALES)} → ${String(after * LOCALES)}; ` +
    `all pages ≈ ${String(others + before * LOCALES)} → ${String(others + after * LOCALES)} ` +
    `(+${(((after - before) * LOCALES * 100) / (others + before * LOCALES)).toFixed(1)} %)`,
);
