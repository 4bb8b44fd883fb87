/**
 * What the server-less index benches share: the documents of a generated catalogue (or seeded
 * synthetic ones when the generator is missing), the size of each index file (raw, gzip -9,
 * brotli -11), and a fetcher reading the index folder that logs the files a query fetches and
 * its sequential request rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readCatalogue } from '../../../src/lib/content-files/read-content.ts';
import { CODE_ALPHABET } from '../../../src/lib/domain/codes.ts';
import { slugify } from '../../../src/lib/domain/vietnamese.ts';
import {
  buildSearchDocuments,
  type ProductDocument,
  type SalesPointDocument,
} from '../../../src/lib/search/documents.ts';
import type { Fetcher } from '../../../src/lib/search/fallback/engine.ts';

export interface BenchDocuments {
  products: ProductDocument[];
  salesPoints: SalesPointDocument[];
  source: string;
}

/**
 * The documents of `content` if given; else of a catalogue of `productCount` products (half
 * as many producers, 500 sales points) generated into `work`; else synthetic ones.
 */
export async function benchDocuments(options: {
  content?: string | undefined;
  productCount: number;
  today: string;
  work: string;
}): Promise<BenchDocuments> {
  const { productCount, today, work } = options;
  let dir = options.content;
  if (!dir && existsSync('scripts/generate-catalogue.ts')) {
    dir = path.join(work, 'catalogue');
    const run = spawnSync(
      process.execPath,
      [
        'scripts/generate-catalogue.ts',
        '--products',
        String(productCount),
        '--producers',
        String(Math.round(productCount / 2)),
        '--sales-points',
        '500',
        '--out',
        dir,
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) {
      console.warn(`generator failed (${run.stderr.trim().split('\n').at(-1) ?? ''}); synthetic`);
      dir = undefined;
    }
  }
  if (dir) {
    const catalogue = await readCatalogue(dir, { lenient: true });
    const docs = buildSearchDocuments(catalogue, today);
    return { ...docs, source: `${dir} (${catalogue.problems.length} problems)` };
  }
  return {
    products: syntheticProducts(productCount),
    salesPoints: [],
    source: 'synthetic documents',
  };
}
/** Seeded stand-in documents when the generator is not there. */
export function syntheticProducts(count: number): ProductDocument[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const kinds = [
    'Bánh cáy',
    'Trà xanh',
    'Mật ong',
    'Nước mắm',
    'Đường phèn',
    'Gạo tám',
    'Chè shan tuyết',
    'Bánh tráng',
    'Cà phê',
    'Rượu cần',
    'Tương ớt',
    'Nem chua',
    'Mứt gừng',
    'Đặc sản khô cá',
  ];
  const places = [
    'Hà Nội',
    'Huế',
    'Đắk Lắk',
    'Thái Nguyên',
    'Lâm Đồng',
    'Cà Mau',
    'Nghệ An',
    'Quảng Ninh',
    'An Giang',
    'Đồng Tháp',
  ];
  const villages = [
    'Đại Cần',
    'Hòa Hải',
    'Tân Dương',
    'Nam Lộc',
    'Quế Lâm',
    'Thanh Hiệp',
    'Việt Minh',
    'Long Cần',
  ];
  return Array.from({ length: count }, (_, i): ProductDocument => {
    const province = pick(places);
    const name = `${pick(kinds)} ${pick(villages)} ${i % 7 === 0 ? province : ''}`.trim();
    const producerName = `HTX ${pick(['Nông nghiệp', 'Dịch vụ', 'Chế biến'])} ${pick(villages)}`;
    const day =
      20190101 +
      Math.floor(random() * 7) * 10000 +
      Math.floor(random() * 12) * 100 +
      1 +
      Math.floor(random() * 28);
    return {
      id: `${slugify(name)}-${i}`,
      name,
      // Distinct six-character codes: the index keeps one file of codes per first character.
      code: Array.from(i.toString(32).padStart(6, '0'), (d) => CODE_ALPHABET[parseInt(d, 32)]).join(
        '',
      ),
      nameFolded: slugify(name).replaceAll('-', ' '),
      description: '',
      producer: slugify(producerName),
      producerName,
      producerType: pick(['htx', 'doanh-nghiep', 'ho-kinh-doanh'] as const),
      province: slugify(province),
      provinceName: province,
      formerProvinces: [],
      formerProvinceNames: [],
      categoryGroup: 'I',
      categoryNhom: 'I.3',
      categoryLeaf: pick(['I.3.a', 'I.3.b', 'I.3.c']),
      categoryNames: ['Sản phẩm thực phẩm', 'Thực phẩm chế biến', 'Bánh, mứt, kẹo'],
      stars: pick([3, 3, 3, 4, 4, 5] as const),
      certificateStatus: pick(['valid', 'expiring', 'expired'] as const),
      certifiedOn: day,
      validUntil: day + 30000,
      hasImage: random() < 0.3,
    };
  });
}

export interface FileSize {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of the files of the index in `dir`, each compressed once. */
export function fileSizes(dir: string): (file: string) => Promise<FileSize> {
  const sizes = new Map<string, FileSize>();
  return async (file) => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = await readFile(path.join(dir, file));
      size = {
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }).length,
      };
      sizes.set(file, size);
    }
    return size;
  };
}

/** Total sizes of `files` (each counted once). */
export async function downloadedBytes(
  sizeOf: (file: string) => Promise<FileSize>,
  files: readonly string[],
): Promise<FileSize & { count: number }> {
  const unique = [...new Set(files)];
  const total = { count: unique.length, raw: 0, gzip: 0, brotli: 0 };
  for (const file of unique) {
    const s = await sizeOf(file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

export interface FetchLog {
  files: string[];
  rounds: number;
}

/**
 * A fetcher reading `/search/fallback/<file>` from `dir` (2 ms later, like a quick network), and
 * the log of what it fetched since the last `reset()`.
 */
export function loggingFetcher(dir: string): {
  fetcher: Fetcher;
  log: () => FetchLog;
  reset: () => void;
} {
  let log: FetchLog = { files: [], rounds: 0 };
  let inFlight = 0;
  let roundOpen = false;
  const fetcher: Fetcher = async (url) => {
    const file = url.replace(/^\/search\/fallback\//, '').replace(/\?.*$/, '');
    log.files.push(file);
    if (!roundOpen) {
      log.rounds++;
      roundOpen = true;
    }
    inFlight++;
    try {
      const text = await readFile(path.join(dir, file), 'utf8');
      await new Promise((resolve) => setTimeout(resolve, 2));
      return { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text) as unknown) };
    } catch {
      return { ok: false, status: 404, json: () => Promise.reject(new Error('404')) };
    } finally {
      if (--inFlight === 0) roundOpen = false;
    }
  };
  return {
    fetcher,
    log: () => log,
    reset: () => {
      log = { files: [], rounds: 0 };
    },
  };
}
