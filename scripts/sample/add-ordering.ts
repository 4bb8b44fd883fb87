/**
 * Writes the storefront's sample data into the sample catalogue (`content/`): contact channels
 * and order terms for most producers, offers (pack sizes, reference prices, wholesale tiers) for
 * most products, each field listed in `provenance.invented`. Seeded by the slug, so a rerun
 * writes the same values; fields already present are never overwritten.
 *
 *   node scripts/sample/add-ordering.ts [content-dir]
 *
 * How invented contact details are chosen so that nobody can hold them (docs/ordering.md):
 * - mobile and Zalo numbers use the prefix 073, which the national numbering plan has not
 *   assigned to any network (mobile prefixes in use: 03x, 052/055/056/058/059, 070, 076–079,
 *   081–089, 09x);
 * - e-mail addresses are on the reserved top-level domain `.example` (RFC 2606);
 * - bank accounts start with "MAU" (mẫu, sample): Vietnamese banks issue numeric account
 *   numbers, so no bank app finds such an account, and every payment code drawn from them says
 *   on the code that it is sample data, not to be paid.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

const dir = path.resolve(process.argv[2] ?? 'content');

/** A number in [0, 1) from a slug and a salt: the same every run. */
function chance(slug: string, salt: string): number {
  const h = createHash('sha256').update(`${salt}:${slug}`).digest();
  return h.readUInt32BE(0) / 2 ** 32;
}
const pick = <T>(slug: string, salt: string, list: readonly T[]): T =>
  list[Math.floor(chance(slug, salt) * list.length)]!;

const BANKS = ['970405', '970436', '970418', '970415', '970422'] as const; // Agribank, VCB, BIDV, VietinBank, MB
const NEIGHBOURS: Record<string, string[]> = {};

type Json = Record<string, unknown>;

/** `value` placed before `provenance`, keeping the file's key order otherwise. */
function withFields(data: Json, fields: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'provenance') Object.assign(out, fields);
    out[k] = v;
  }
  return out;
}

function markInvented(data: Json, names: string[]): void {
  const provenance = data['provenance'] as { invented?: string[] };
  provenance.invented = [...new Set([...(provenance.invented ?? []), ...names])];
}

async function producers(): Promise<void> {
  const folder = path.join(dir, 'producers');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  let n = 0;
  for (const file of files) {
    const slug = file.slice(0, -5);
    const full = path.join(folder, file);
    const data = JSON.parse(await readFile(full, 'utf8')) as Json;
    n += 1;
    if (data['orders'] || chance(slug, 'takes-part') < 0.12) continue; // some publish nothing
    const mobile = `0730 ${String(100 + n).padStart(3, '0')} ${String(Math.floor(chance(slug, 'm') * 900) + 100)}`;
    const fields: Json = {};
    const invented: string[] = [];
    const inventedPhone = (data['provenance'] as { invented?: string[] }).invented?.includes(
      'phone',
    );
    if (!data['phone'] || inventedPhone) {
      fields['phone'] = mobile;
      invented.push('phone');
    }
    if (!data['zalo']) {
      fields['zalo'] = mobile;
      invented.push('zalo');
    }
    if (!data['email'] && chance(slug, 'email') < 0.6) {
      fields['email'] = `dat-hang@${slug.slice(0, 40)}.example`;
      invented.push('email');
    }
    const nationwide = chance(slug, 'ships') < 0.7;
    const bank = chance(slug, 'bank') < 0.65;
    fields['orders'] = {
      accepts: chance(slug, 'accepts') < 0.92,
      shipsTo: nationwide
        ? 'nationwide'
        : [data['province'], ...(NEIGHBOURS[data['province'] as string] ?? [])],
      leadTimeDays: pick(slug, 'lead', [
        { min: 1, max: 2 },
        { min: 1, max: 3 },
        { min: 2, max: 5 },
      ]),
      ...(chance(slug, 'min') < 0.5
        ? { minOrderValue: pick(slug, 'minv', [100_000, 150_000, 200_000, 300_000]) }
        : {}),
      cashOnDelivery: chance(slug, 'cod') < 0.8,
      ...(bank
        ? {
            bankTransfer: {
              bin: pick(slug, 'bin', BANKS),
              accountNumber: `MAU${String(Math.floor(chance(slug, 'acct') * 9_000_000) + 1_000_000)}`,
              accountName: 'TAI KHOAN MAU KHONG CHUYEN',
            },
          }
        : {}),
    };
    invented.push('orders');
    // Keep the file's own phone where it was real; move the new fields before provenance.
    const next = withFields(
      Object.fromEntries(Object.entries(data).filter(([k]) => !(k in fields))),
      fields,
    );
    markInvented(next, invented);
    await writeFile(full, `${JSON.stringify(next, null, 2)}\n`);
  }
}

const slugPart = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 16)
    .replace(/-$/, '');

const SEASONAL: Record<string, number[]> = {
  'I.1.a': [5, 6, 7, 8],
  'I.1.b': [6, 7, 8, 9],
};
const NOT_GOODS = /^VI\./; // community tourism is a service, not a parcel

async function products(): Promise<void> {
  const folder = path.join(dir, 'products');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const slug = file.slice(0, -5);
    const full = path.join(folder, file);
    const data = JSON.parse(await readFile(full, 'utf8')) as Json;
    const price = data['price'] as { min: number; max?: number; unit: string } | undefined;
    if (data['offers'] || !price || NOT_GOODS.test(data['category'] as string)) continue;
    if (chance(slug, 'offers') < 0.1) continue;
    const packs = typeof data['packaging'] === 'string' ? data['packaging'].split(/,\s+/) : [];
    const prices = price.max && price.max !== price.min ? [price.min, price.max] : [price.min];
    const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
    const names = (
      packs.length === prices.length && packs.every((p) => /\d/.test(p))
        ? packs
        : prices.length === 1
          ? [price.unit]
          : prices.map((_, i) => `${i === 0 ? 'loại thường' : 'loại đặc biệt'}, ${price.unit}`)
    ).map(capital);
    const used = new Set<string>();
    const offers = prices.map((p, i) => {
      let sku = slugPart(names[i]!) || `goi-${i + 1}`;
      while (used.has(sku)) sku = `${sku.slice(0, 14)}-${i}`;
      used.add(sku);
      const wholesale =
        chance(slug, `ws${i}`) < 0.5
          ? [
              { minQuantity: 10, unitPrice: Math.round((p * 0.92) / 1000) * 1000 },
              { minQuantity: 50, unitPrice: Math.round((p * 0.85) / 1000) * 1000 },
            ]
          : [];
      return { sku, pack: names[i]!, price: p, wholesale };
    });
    const fields: Json = { offers };
    const invented = ['offers'];
    if (chance(slug, 'moq') < 0.08) {
      fields['minOrderQuantity'] = pick(slug, 'moqv', [2, 5, 10]);
      invented.push('minOrderQuantity');
    }
    const season = SEASONAL[data['category'] as string];
    if (season) {
      fields['season'] = { months: season };
      invented.push('season');
    }
    const next = withFields(data, fields);
    markInvented(next, invented);
    await writeFile(full, `${JSON.stringify(next, null, 2)}\n`);
  }
}

await producers();
await products();
console.log(`Sample ordering data written into ${dir}`);
