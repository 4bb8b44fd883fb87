import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { generateCatalogue } from '../../scripts/lib/generator/catalogue.ts';
import {
  InvalidOptionsError,
  UnsafeOutputDirectoryError,
} from '../../scripts/lib/generator/errors.ts';
import {
  DEFAULT_OPTIONS,
  parseCliArguments,
  type GeneratorOptions,
} from '../../scripts/lib/generator/options.ts';
import { createRandom, weightedTable } from '../../scripts/lib/generator/random.ts';
import { writeCatalogue } from '../../scripts/lib/generator/writer.ts';

const SMALL: GeneratorOptions = {
  products: 300,
  producers: 150,
  salesPoints: 20,
  seed: 1,
  images: 0,
};

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-generator-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Every file under `dir` (relative path → bytes), skipping the marker. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), await readFile(full));
  }
  return files;
}

async function generateInto(options: GeneratorOptions): Promise<string> {
  const dir = await tempDir();
  await writeCatalogue(generateCatalogue(options), dir);
  return dir;
}

/** The certification that decides a product's standing, ignoring a revocation. */
const currentStars = (certs: readonly { stars: number; status: string }[]) =>
  certs.filter((c) => c.status !== 'revoked').at(-1)?.stars;

describe('generateCatalogue + writeCatalogue', () => {
  it('writes a catalogue that validates with zero problems and the requested counts', async () => {
    const dir = await generateInto(SMALL);
    const catalogue = await readCatalogue(dir, { lenient: true });
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.products).toHaveLength(300);
    expect(catalogue.producers).toHaveLength(150);
    expect(catalogue.salesPoints).toHaveLength(20);
    for (const entry of [...catalogue.products, ...catalogue.producers, ...catalogue.salesPoints]) {
      expect(entry.data.provenance).toEqual({ sources: [], invented: ['generated'] });
    }
  });

  it('gives byte-identical files for the same seed and different files for another', async () => {
    const a = await snapshot(await generateInto(SMALL));
    const b = await snapshot(await generateInto(SMALL));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);

    const c = await snapshot(await generateInto({ ...SMALL, seed: 2 }));
    const same = [...c].filter(([file, bytes]) => a.get(file)?.equals(bytes)).length;
    expect(same).toBeLessThan(c.size / 10);
  });

  it('updates its own earlier output but refuses a folder it did not write', async () => {
    const dir = await generateInto({ ...SMALL, images: 2 });
    const again = await writeCatalogue(generateCatalogue({ ...SMALL, images: 2 }), dir);
    expect([again.files, again.written, again.removed]).toEqual([472, 0, 0]);

    const smaller = await writeCatalogue(
      generateCatalogue({ ...SMALL, products: 10, producers: 5 }),
      dir,
    );
    expect(smaller.files).toBe(10 + 5 + 20);
    expect(await readdir(path.join(dir, 'products'))).toHaveLength(10); // images/ is gone too
    expect((await readCatalogue(dir, { lenient: true })).problems).toEqual([]);

    const foreign = await tempDir();
    await writeFile(path.join(foreign, 'notes.txt'), 'keep me');
    await expect(writeCatalogue(generateCatalogue(SMALL), foreign)).rejects.toThrow(
      UnsafeOutputDirectoryError,
    );
  });

  it('writes 800×600 JPEG placeholders for the first N products and references them', async () => {
    const options = { ...SMALL, products: 20, producers: 10, images: 3 };
    const generated = generateCatalogue(options);
    const dir = await tempDir();
    await writeCatalogue(generated, dir);
    const withImages = generated.products.filter((p) => p.data.images?.length);
    expect(withImages.map((p) => p.slug)).toEqual(
      generated.products.slice(0, 3).map((p) => p.slug),
    );
    for (const { slug, data } of withImages) {
      expect(data.images?.[0]?.src).toBe(`./images/${slug}.jpg`);
      const meta = await sharp(path.join(dir, 'products', 'images', `${slug}.jpg`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 800, 600]);
    }
    expect((await readCatalogue(dir, { lenient: true })).problems).toEqual([]);
  });
});

describe('generated records', () => {
  const big = generateCatalogue({ ...SMALL, products: 2000, producers: 1000, salesPoints: 60 });

  it('has unique slugs in every collection and NFC names with diacritics', () => {
    for (const list of [big.products, big.producers, big.salesPoints]) {
      expect(new Set(list.map((e) => e.slug)).size).toBe(list.length);
      for (const { slug, data } of list) {
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(data.name).toBe(data.name.normalize('NFC'));
      }
    }
    const accented = big.products.filter((p) => /[^\u0020-\u007e]/.test(p.data.name)).length;
    expect(accented / big.products.length).toBeGreaterThan(0.8);
  });

  it('has roughly 60% 3★, 37% 4★, 3% 5★ and about 1% revoked', () => {
    const n = big.products.length;
    const share = (stars: number) =>
      big.products.filter((p) => currentStars(p.data.certifications) === stars).length / n;
    expect(share(3)).toBeGreaterThan(0.55);
    expect(share(3)).toBeLessThan(0.65);
    expect(share(4)).toBeGreaterThan(0.32);
    expect(share(4)).toBeLessThan(0.42);
    expect(share(5)).toBeGreaterThan(0.01);
    expect(share(5)).toBeLessThan(0.06);
    const revoked = big.products.filter((p) => p.data.certifications.at(-1)?.status === 'revoked');
    expect(revoked.length / n).toBeGreaterThan(0.002);
    expect(revoked.length / n).toBeLessThan(0.025);
  });

  it('gives every producer a product and links products to sales points of their province', () => {
    const withProducts = new Set(big.products.map((p) => p.data.producer));
    expect(big.producers.every((p) => withProducts.has(p.slug))).toBe(true);
    const pointProvince = new Map(big.salesPoints.map((s) => [s.slug, s.data.province]));
    for (const { data } of big.products) {
      expect(data.salesPoints?.length ?? 0).toBeLessThanOrEqual(2);
      for (const point of data.salesPoints ?? [])
        expect(pointProvince.get(point)).toBe(data.province);
    }
  });

  it('weights provinces: Hà Nội has far more products than any other', () => {
    const byProvince = new Map<string, number>();
    for (const { data } of big.products) {
      byProvince.set(data.province, (byProvince.get(data.province) ?? 0) + 1);
    }
    const [first, second] = [...byProvince].sort((a, b) => b[1] - a[1]);
    expect(first?.[0]).toBe('ha-noi');
    expect(first![1]).toBeGreaterThan(2.5 * second![1]);
  });

  it('keeps certification histories consistent with the rules of their date', () => {
    for (const { data } of big.products) {
      const province = getProvince(data.province)!;
      let previous = '';
      data.certifications.forEach((cert, i) => {
        expect(cert.decisionDate > previous).toBe(true);
        expect(cert.decisionDate >= '2019-01-01' && cert.decisionDate <= '2026-11-01').toBe(true);
        expect(cert.status === 'new').toBe(i === 0);
        const beforeReform = cert.decisionDate < '2025-07-01';
        if (cert.stars === 5) expect(cert.level).toBe('central');
        else if (cert.stars === 4) expect(cert.level).toBe('province');
        else expect(cert.level).toBe(beforeReform ? 'district' : 'province');
        if (cert.level === 'central') expect(cert.issuer).toMatch(/^Bộ Nông nghiệp/);
        else expect(cert.issuer).toMatch(/^UBND /);
        if (cert.formerProvince) {
          expect(beforeReform).toBe(true);
          expect(province.formerProvinces).toContain(cert.formerProvince);
          expect(cert.formerProvince).not.toBe(data.province);
        } else if (beforeReform) {
          // Only a product from the province of the same name may omit it before the merger.
          expect(province.formerProvinces).toContain(data.province);
        }
        previous = cert.decisionDate;
      });
    }
  });

  it('assigns one product each to a subset of producers when products are fewer', () => {
    const few = generateCatalogue({ ...SMALL, products: 40, producers: 100 });
    expect(few.products).toHaveLength(40);
    expect(new Set(few.products.map((p) => p.data.producer)).size).toBe(40);
  });
});

describe('parseCliArguments', () => {
  it('uses the documented defaults', () => {
    expect(parseCliArguments([])).toEqual(DEFAULT_OPTIONS);
  });

  it('reads every flag', () => {
    expect(
      parseCliArguments([
        '--products',
        '30',
        '--producers=10',
        '--sales-points',
        '5',
        '--seed',
        '7',
        '--out',
        'x',
        '--images',
        '2',
      ]),
    ).toEqual({
      products: 30,
      producers: 10,
      salesPoints: 5,
      seed: 7,
      out: 'x',
      images: 2,
      help: false,
    });
  });

  it.each([
    [['--products', '-5'], /0 or more/],
    [['--products', 'abc'], /whole number/],
    [['--producers', '1.5'], /whole number/],
    [['--bogus', '1'], /Unknown option/],
    [['--products', '5', '--producers', '2', '--images', '6'], /cannot exceed/],
    [['--products', '5', '--producers', '0'], /producers/],
  ])('rejects %j', (args, message) => {
    expect(() => parseCliArguments(args)).toThrow(InvalidOptionsError);
    expect(() => parseCliArguments(args)).toThrow(message);
  });
});

describe('random', () => {
  it('repeats a sequence for a seed and follows table weights', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
    const pick = weightedTable([
      ['x', 9],
      ['y', 1],
    ] as const);
    const random = createRandom(7);
    const xs = Array.from({ length: 5000 }, () => pick(random)).filter((v) => v === 'x').length;
    expect(xs / 5000).toBeCloseTo(0.9, 1);
  });
});
