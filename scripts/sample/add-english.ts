/**
 * Writes the English text of the sample catalogue (`content/`): each product's description,
 * packaging, price unit and offers' packs (and its name where it had no English one), each
 * producer's story, each fair's name, description and shared booths' labels. The translations
 * are data, in `scripts/sample/english/`; this script only places them next to the Vietnamese
 * field they translate. Fields already present are never overwritten, so a rerun changes
 * nothing.
 *
 * A translation is not an invention: nothing is added to `provenance.invented`. An English
 * field shares the standing of the Vietnamese field it translates (invented if that one is).
 *
 *   node scripts/sample/add-english.ts [content-dir]
 *
 * It stops, writing nothing, when a product, producer or fair has no translation, when a
 * translation names an entry that does not exist, or when a pack, unit or packaging line has
 * no English in the tables (`english/packs.ts`).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FAIRS } from './english/fairs.ts';
import { GRADES, PACKAGING, TERMS } from './english/packs.ts';
import { PRODUCERS_1 } from './english/producers-1.ts';
import { PRODUCERS_2 } from './english/producers-2.ts';
import { PRODUCTS_1 } from './english/products-1.ts';
import { PRODUCTS_2 } from './english/products-2.ts';
import { PRODUCTS_3 } from './english/products-3.ts';

const dir = path.resolve(process.argv[2] ?? 'content');
const PRODUCTS = { ...PRODUCTS_1, ...PRODUCTS_2, ...PRODUCTS_3 };
const PRODUCERS = { ...PRODUCERS_1, ...PRODUCERS_2 };

type Json = Record<string, unknown>;
const problems: string[] = [];

/** `data` with `fields` placed right after the key `after`; keys already there are kept. */
function insertAfter(data: Json, after: string, fields: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(data)) {
    out[k] = v;
    if (k === after)
      for (const [name, value] of Object.entries(fields))
        if (value !== undefined && !(name in data)) out[name] = value;
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A price unit or an offer's pack in English: "Loại thường, hộp 200 g" → "Standard, box, 200 g". */
export function termInEnglish(vi: string, where: string): string | undefined {
  const grade = Object.keys(GRADES).find((g) => vi.startsWith(`${g}, `));
  const rest = grade ? vi.slice(grade.length + 2) : vi;
  const en = TERMS[rest.toLowerCase()];
  if (en === undefined) {
    problems.push(`${where}: no English for "${vi}" in english/packs.ts`);
    return undefined;
  }
  const capitalFirst = vi.charAt(0) === vi.charAt(0).toUpperCase();
  if (grade) return `${GRADES[grade]}, ${en}`;
  return capitalFirst ? capitalise(en) : en;
}

async function entries(kind: string): Promise<{ slug: string; file: string; data: Json }[]> {
  const folder = path.join(dir, kind);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => {
      const file = path.join(folder, f);
      return { slug: f.slice(0, -5), file, data: JSON.parse(await readFile(file, 'utf8')) as Json };
    }),
  );
}

function unknownSlugs(kind: string, table: object, slugs: readonly string[]): void {
  for (const slug of Object.keys(table))
    if (!slugs.includes(slug)) problems.push(`${kind}: translation for unknown "${slug}"`);
}

function product(slug: string, data: Json): Json {
  const en = PRODUCTS[slug];
  if (!en) {
    problems.push(`products/${slug}: no translation in english/products-*.ts`);
    return data;
  }
  let out = insertAfter(data, 'name', { nameEn: en.nameEn });
  out = insertAfter(out, 'description', { descriptionEn: en.descriptionEn });
  const packaging = out['packaging'] as string | undefined;
  if (packaging !== undefined) {
    const packagingEn = PACKAGING[packaging];
    if (packagingEn === undefined)
      problems.push(`products/${slug}: no English for packaging "${packaging}"`);
    out = insertAfter(out, 'packaging', { packagingEn });
  }
  const price = out['price'] as Json | undefined;
  if (price)
    out['price'] = insertAfter(price, 'unit', {
      unitEn: termInEnglish(price['unit'] as string, `products/${slug}: price.unit`),
    });
  const offers = out['offers'] as Json[] | undefined;
  if (offers)
    out['offers'] = offers.map((o, i) =>
      insertAfter(o, 'pack', {
        packEn: termInEnglish(o['pack'] as string, `products/${slug}: offers[${i}].pack`),
      }),
    );
  return out;
}

function producer(slug: string, data: Json): Json {
  if (data['story'] === undefined) return data;
  const storyEn = PRODUCERS[slug];
  if (storyEn === undefined) problems.push(`producers/${slug}: no story in english/producers-*.ts`);
  return insertAfter(data, 'story', { storyEn });
}

function fair(slug: string, data: Json): Json {
  const en = FAIRS[slug];
  if (!en) {
    problems.push(`fairs/${slug}: no translation in english/fairs.ts`);
    return data;
  }
  let out = insertAfter(data, 'name', { nameEn: en.nameEn });
  out = insertAfter(out, 'description', { descriptionEn: en.descriptionEn });
  out['booths'] = (out['booths'] as Json[]).map((b) => {
    const label = b['label'] as string | undefined;
    if (label === undefined) return b;
    const labelEn = en.labels[label];
    if (labelEn === undefined) problems.push(`fairs/${slug}: no English for booth "${label}"`);
    return insertAfter(b, 'label', { labelEn });
  });
  return out;
}

const products = await entries('products');
const producers = await entries('producers');
const fairs = await entries('fairs');
unknownSlugs(
  'products',
  PRODUCTS,
  products.map((e) => e.slug),
);
unknownSlugs(
  'producers',
  PRODUCERS,
  producers.map((e) => e.slug),
);
unknownSlugs(
  'fairs',
  FAIRS,
  fairs.map((e) => e.slug),
);

const writes = [
  ...products.map((e) => ({ ...e, next: product(e.slug, e.data) })),
  ...producers.map((e) => ({ ...e, next: producer(e.slug, e.data) })),
  ...fairs.map((e) => ({ ...e, next: fair(e.slug, e.data) })),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s); nothing written.`);
  process.exit(1);
}
let changed = 0;
for (const { file, data, next } of writes) {
  if (JSON.stringify(next) === JSON.stringify(data)) continue;
  await writeFile(file, `${JSON.stringify(next, null, 2)}\n`);
  changed += 1;
}
console.log(
  `English text in place: ${products.length} products, ${producers.length} producers, ${fairs.length} fairs; ${changed} file(s) changed.`,
);
