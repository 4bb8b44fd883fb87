import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { newCode } from '../../src/lib/domain/code-assignment.ts';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import {
  OPEN_DATA_LICENCE,
  PRODUCER_COLUMNS,
  PRODUCT_COLUMNS,
  SALES_POINT_COLUMNS,
} from '../../src/lib/open-data/columns.ts';
import { formatCell } from '../../src/lib/open-data/csv.ts';
import {
  csvFile,
  type dataPackage,
  fileFacts,
  jsonDocument,
  jsonFilePieces,
  openDataFacts,
  openDataFiles,
  producerRecords,
  PRODUCERS_DATASET,
  productRecords,
  PRODUCTS_DATASET,
  SALES_POINTS_DATASET,
  salesPointRecords,
  type ProducerInput,
  type ProductInput,
  type SalesPointInput,
} from '../../src/lib/open-data/rows.ts';

const SITE = 'https://ocop.example.vn';
const BUILD_DATE = '2026-03-01';
const context = { site: SITE, buildDate: BUILD_DATE };

const province = (slug: string) => {
  const found = getProvince(slug);
  if (!found) throw new Error(`no province ${slug}`);
  return found;
};

type Cert = ProductInput['data']['certifications'][number];
const cert = (decisionDate: string, more: Partial<Cert> = {}): Cert => ({
  stars: 4,
  score: 75,
  potentialFiveStar: false,
  level: 'province',
  decision: `${decisionDate.slice(0, 4)}/QĐ-UBND`,
  decisionDate,
  issuer: 'UBND tỉnh Hưng Yên',
  status: 'new',
  ...more,
});

function product(
  slug: string,
  certifications: Cert[],
  more: Partial<ProductInput['data']> = {},
  producerSlug = 'htx-a',
): ProductInput {
  return {
    slug,
    producerSlug,
    province: province('hung-yen'),
    data: {
      code: newCode(`product:${slug}`, new Set()),
      name: 'Bánh cáy làng Nguyễn',
      category: 'I.3.b',
      certifications,
      ...more,
    },
  };
}

const producer = (slug: string, more: Partial<ProducerInput['data']> = {}): ProducerInput => ({
  slug,
  province: province('hung-yen'),
  data: {
    code: newCode(`producer:${slug}`, new Set()),
    name: `HTX ${slug}`,
    type: 'htx',
    ...more,
  },
});

const salesPoint = (slug: string): SalesPointInput => ({
  slug,
  province: province('an-giang'),
  data: {
    name: 'Gian hàng OCOP chợ đêm Phú Quốc',
    kind: 'market',
    address: 'Chợ đêm Dương Đông, đường Bạch Đằng, Phú Quốc',
    province: 'an-giang',
    coordinates: { lat: 10.2168, lng: 103.9596 },
    phone: '+84 297 3000 120',
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '17:00', closes: '23:00' },
    ],
    provenance: { sources: [], invented: [] },
  },
});

const producers = [producer('htx-a'), producer('htx-b', { phone: '0221 3851 234' })];

describe('productRecords', () => {
  it('gives one row per product, by slug, with exactly the contract columns in order', () => {
    const rows = productRecords(
      [product('b', [cert('2024-01-10')]), product('a', [cert('2023-06-01')])],
      producers,
      context,
    );
    expect(rows.map((r) => r['slug'])).toEqual(['a', 'b']);
    for (const row of rows) expect(Object.keys(row)).toEqual(PRODUCT_COLUMNS.map((c) => c.name));
  });

  it('takes the latest decision as the current certificate, whatever the order of the history', () => {
    const [row] = productRecords(
      [
        product('x', [
          cert('2025-04-02', {
            stars: 5,
            score: 92,
            level: 'central',
            decision: '1234/QĐ-BNNMT',
            issuer: 'Bộ Nông nghiệp và Môi trường',
            status: 'upgraded',
          }),
          cert('2022-03-10', { stars: 3, score: 60, formerProvince: 'thai-binh' }),
          cert('2024-01-15', { formerProvince: 'thai-binh' }),
        ]),
      ],
      producers,
      context,
    );
    expect(row).toMatchObject({
      stars: 5,
      score: 92,
      level: 'central',
      decision: '1234/QĐ-BNNMT',
      decision_date: '2025-04-02',
      issuer: 'Bộ Nông nghiệp và Môi trường',
      certification_kind: 'upgraded',
      former_province: null,
      valid_until: '2028-04-02',
      status: 'valid',
      certifications: 3,
    });
  });

  it.each([
    ['2023-05-12', '2026-05-12'],
    ['2024-02-29', '2027-02-28'],
    ['2022-12-31', '2025-12-31'],
  ])('valid_until of a decision on %s is %s (36 months)', (date, until) => {
    const [row] = productRecords([product('x', [cert(date)])], producers, context);
    expect(row?.valid_until).toBe(until);
  });

  it.each([
    ['more than 90 days left', '2024-01-10', 'new', BUILD_DATE, 'valid'],
    ['exactly 90 days left', '2023-05-30', 'new', BUILD_DATE, 'expiring'],
    ['the last valid day', '2023-03-01', 'new', BUILD_DATE, 'expiring'],
    ['the day after the last', '2023-02-28', 'new', BUILD_DATE, 'expired'],
    ['a revocation, whatever the dates', '2025-06-01', 'revoked', BUILD_DATE, 'revoked'],
    ['the same decision on an earlier build date', '2023-02-28', 'new', '2025-10-01', 'valid'],
  ] as const)('status on the build date: %s', (_, date, status, buildDate, expected) => {
    const [row] = productRecords([product('x', [cert(date, { status })])], producers, {
      site: SITE,
      buildDate,
    });
    expect(row?.status).toBe(expected);
  });

  it('writes the product, producer, province and category, and absent facts as null', () => {
    const FULL_CODE = newCode('product:full', new Set());
    const [bare, full] = productRecords(
      [
        product(
          'full',
          [cert('2024-07-19', { potentialFiveStar: true, score: 91, formerProvince: 'thai-binh' })],
          {
            nameEn: 'Nguyen village sticky rice bar',
            commune: 'Xã Đông Sơn',
            description: 'Bánh cáy làm từ gạo nếp rang, mạch nha và gừng.',
            descriptionEn: 'Cáy cake made from roasted glutinous rice, malt syrup and ginger.',
            packaging: 'Hộp 300 g, hộp 500 g',
            packagingEn: 'Box, 300 g; box, 500 g',
            price: { min: 45000, max: 75000, unit: 'hộp 300–500 g', unitEn: 'box, 300–500 g' },
          },
          'htx-b',
        ),
        product('bare', [cert('2024-07-19', { score: undefined })], {
          price: { min: 30000, unit: 'gói' },
        }),
      ],
      producers,
      context,
    );
    expect(full).toEqual({
      slug: 'full',
      name: 'Bánh cáy làng Nguyễn',
      name_en: 'Nguyen village sticky rice bar',
      category: 'I.3.b',
      category_name: 'Chế biến từ gạo, ngũ cốc',
      producer_slug: 'htx-b',
      producer_name: 'HTX htx-b',
      producer_type: 'htx',
      province: 'hung-yen',
      province_name: 'Hưng Yên',
      province_code: '33',
      former_province: 'thai-binh',
      commune: 'Xã Đông Sơn',
      stars: 4,
      score: 91,
      potential_five_star: true,
      level: 'province',
      decision: '2024/QĐ-UBND',
      decision_date: '2024-07-19',
      issuer: 'UBND tỉnh Hưng Yên',
      certification_kind: 'new',
      valid_until: '2027-07-19',
      status: 'valid',
      certifications: 1,
      packaging: 'Hộp 300 g, hộp 500 g',
      price_min: 45000,
      price_max: 75000,
      price_unit: 'hộp 300–500 g',
      url: 'https://ocop.example.vn/san-pham/full/',
      code: FULL_CODE,
      short_url: `https://ocop.example.vn/p/${FULL_CODE}/`,
      offers: null,
      min_order_quantity: null,
      season_months: null,
      description: 'Bánh cáy làm từ gạo nếp rang, mạch nha và gừng.',
      description_en: 'Cáy cake made from roasted glutinous rice, malt syrup and ginger.',
      packaging_en: 'Box, 300 g; box, 500 g',
      price_unit_en: 'box, 300–500 g',
    });
    expect(bare).toMatchObject({
      name_en: null,
      commune: null,
      score: null,
      potential_five_star: false,
      former_province: null,
      packaging: null,
      price_min: 30000,
      price_max: null,
      price_unit: 'gói',
      description_en: null,
      packaging_en: null,
      price_unit_en: null,
    });
  });

  it('fails loudly when a product names a producer that is not there', () => {
    expect(() =>
      productRecords([product('x', [cert('2024-01-01')], {}, 'missing')], producers, context),
    ).toThrow(/x: producer missing not found/);
  });
});

describe('producerRecords and salesPointRecords', () => {
  it('count every product of a producer, revoked ones included', () => {
    const products = [
      product('a', [cert('2024-01-01')]),
      product('b', [cert('2024-01-01', { status: 'revoked' })]),
    ];
    const rows = producerRecords(producers, products, context);
    expect(rows.map((r) => [r.slug, r.products])).toEqual([
      ['htx-a', 2],
      ['htx-b', 0],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(PRODUCER_COLUMNS.map((c) => c.name));
    expect(rows[1]).toMatchObject({
      phone: '0221 3851 234',
      email: null,
      url: 'https://ocop.example.vn/chu-the/htx-b/',
      code: newCode('producer:htx-b', new Set()),
      short_url: `https://ocop.example.vn/c/${newCode('producer:htx-b', new Set())}/`,
    });
    expect(rows[0]).toMatchObject({ story: null, story_en: null });
  });

  it('write the story and its English translation', () => {
    const [row] = producerRecords(
      [
        producer('htx-a', {
          story: 'Hợp tác xã làm bánh cáy ở làng Nguyễn.',
          storyEn: 'A cooperative making cáy cake in Nguyễn village.',
        }),
      ],
      [],
      context,
    );
    expect(row).toMatchObject({
      story: 'Hợp tác xã làm bánh cáy ở làng Nguyễn.',
      story_en: 'A cooperative making cáy cake in Nguyễn village.',
    });
  });

  it('write sales points with numeric coordinates', () => {
    const [row] = salesPointRecords([salesPoint('cho-dem')]);
    expect(Object.keys(row!)).toEqual(SALES_POINT_COLUMNS.map((c) => c.name));
    expect(row).toMatchObject({ lat: 10.2168, lng: 103.9596, commune: null, operator: null });
  });

  it('write opening hours in Vietnamese and English words and in the schema.org form', () => {
    const [row] = salesPointRecords([salesPoint('cho-dem')]);
    expect(row).toMatchObject({
      opening_hours: 'Hằng ngày 17:00–23:00',
      opening_hours_en: 'Daily 17:00–23:00',
      opening_hours_spec: 'Mo-Su 17:00-23:00',
    });
  });
});

describe('files', () => {
  const products = [
    product('b', [cert('2024-01-10')], {
      name: 'Nước mắm "Cá cơm", 40°N'.normalize('NFD'),
      packaging: 'Chai 500 ml,\nchai 1 l',
    }),
    product('a', [cert('2021-01-01')]),
  ];
  const records = productRecords(products, producers, context);

  it('the products CSV has the contract header and reads back to the same cells, in NFC', () => {
    const [header, ...rows] = parse(csvFile(PRODUCTS_DATASET, records), { bom: true });
    expect(header).toEqual(PRODUCT_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(records.map((r) => Object.values(r).map(formatCell)));
    expect(rows[1]![1]).toBe('Nước mắm "Cá cơm", 40°N'.normalize('NFC'));
    expect(rows[0]![header!.indexOf('status')]).toBe('expired');
  });

  it('the JSON document states version, date, licence, source and described columns', () => {
    const doc = jsonDocument(PRODUCTS_DATASET, records, context);
    expect(doc).toMatchObject({
      version: 1,
      generated: BUILD_DATE,
      licence: OPEN_DATA_LICENCE,
      source: 'https://ocop.example.vn/',
      csv: 'https://ocop.example.vn/du-lieu/ocop-san-pham.csv',
      count: 2,
      rows: records,
    });
    expect(doc.licence.attribution).toBe(
      'Danh mục sản phẩm OCOP Việt Nam (https://ocop.example.vn/), CC BY 4.0',
    );
    expect(doc.columns.map((c) => c.name)).toEqual(PRODUCT_COLUMNS.map((c) => c.name));
    expect(doc.columns.every((c) => c.description.length > 0)).toBe(true);
    expect(doc.columns.find((c) => c.name === 'decision_date')?.type).toBe('date');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('the Data Package describes the three CSV files with their fields, sizes and keys', () => {
    const files = openDataFiles(
      { products, producers, salesPoints: [salesPoint('cho-dem')] },
      context,
    );
    const pkg = JSON.parse(files.datapackage) as ReturnType<typeof dataPackage>;
    expect(pkg.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(pkg.created.startsWith(BUILD_DATE)).toBe(true);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'ocop-san-pham.csv',
      'ocop-chu-the.csv',
      'ocop-diem-ban.csv',
    ]);
    const datasets = [PRODUCTS_DATASET, PRODUCERS_DATASET, SALES_POINTS_DATASET];
    const texts = [files.products.csv, files.producers.csv, files.salesPoints.csv];
    pkg.resources.forEach((resource, i) => {
      expect(resource.schema.fields.map((f) => f.name)).toEqual(
        datasets[i]!.columns.map((c) => c.name),
      );
      expect(resource.bytes).toBe(Buffer.byteLength(texts[i]!, 'utf8'));
      expect(resource.hash).toBe(fileFacts(texts[i]!).hash);
    });
    expect(pkg.resources[0]?.schema.foreignKeys).toEqual([
      { fields: ['producer_slug'], reference: { resource: 'ocop-chu-the', fields: ['slug'] } },
    ]);
    expect(files.products.count).toBe(2);
    expect(JSON.parse(files.salesPoints.json)).toMatchObject({ count: 1, generated: BUILD_DATE });
  });

  it('the JSON file in pieces of rows joins to the document as JSON.stringify writes it', () => {
    const many = Array.from({ length: 2345 }, (_, i) =>
      product(`p${String(i).padStart(4, '0')}`, [cert('2024-01-10')], { name: `Trà "số" ${i}` }),
    );
    for (const rows of [productRecords(many, producers, context), []]) {
      const pieces = [...jsonFilePieces(PRODUCTS_DATASET, rows, context)];
      // The document up to its rows, a piece per 1,000 rows, the close.
      expect(pieces).toHaveLength(2 + Math.ceil(rows.length / 1000));
      expect(pieces.join('')).toBe(JSON.stringify(jsonDocument(PRODUCTS_DATASET, rows, context)));
    }
  });

  it("the page's facts are the files' rows and UTF-8 sizes, kept for the same inputs", () => {
    const catalogue = { products, producers, salesPoints: [salesPoint('cho-dem')] };
    const files = openDataFiles(catalogue, context);
    const facts = openDataFacts(catalogue, context);
    expect(facts.products).toMatchObject({
      dataset: PRODUCTS_DATASET,
      count: 2,
      csvBytes: Buffer.byteLength(files.products.csv, 'utf8'),
      jsonBytes: Buffer.byteLength(files.products.json, 'utf8'),
    });
    expect(facts.salesPoints.count).toBe(1);
    expect(facts.datapackageBytes).toBe(Buffer.byteLength(files.datapackage, 'utf8'));
    // Asked again with the same inputs, the kept facts; with another day, the files made again.
    expect(openDataFacts(catalogue, context)).toBe(facts);
    const nextDay = openDataFacts(catalogue, { ...context, buildDate: '2026-03-02' });
    expect(nextDay).not.toBe(facts);
    expect(nextDay.datapackageBytes).toBe(
      Buffer.byteLength(
        openDataFiles(catalogue, { ...context, buildDate: '2026-03-02' }).datapackage,
      ),
    );
  });
});

describe('the English columns', () => {
  it('come at the end of each contract, after every earlier column', () => {
    const tail = (columns: readonly { name: string }[], n: number) =>
      columns.slice(-n).map((c) => c.name);
    expect(tail(PRODUCT_COLUMNS, 4)).toEqual([
      'description',
      'description_en',
      'packaging_en',
      'price_unit_en',
    ]);
    expect(tail(PRODUCER_COLUMNS, 2)).toEqual(['story', 'story_en']);
    expect(tail(SALES_POINT_COLUMNS, 3)).toEqual([
      'operator',
      'opening_hours_en',
      'opening_hours_spec',
    ]);
  });
});
