/**
 * The open-data export as people download it from the built site: the CSV files are served as
 * `text/csv`, parse with csv-parse into one row per content file under the contract's header,
 * agree with the JSON files and the Data Package, and the `/du-lieu/` page lists them all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import { parse } from 'csv-parse/sync';
import {
  OPEN_DATA_FILES,
  OPEN_DATA_LICENCE,
  PRODUCER_COLUMNS,
  PRODUCT_COLUMNS,
  SALES_POINT_COLUMNS,
} from '../../src/lib/open-data/columns.ts';
import {
  CONTENT,
  currentCertification,
  DIST,
  expectedState,
  hasUnambiguousCurrent,
  pick,
  products,
  validUntil,
} from './support/catalogue.ts';

const DATASETS = [
  { what: 'products', folder: 'products', columns: PRODUCT_COLUMNS, ...OPEN_DATA_FILES.products },
  {
    what: 'producers',
    folder: 'producers',
    columns: PRODUCER_COLUMNS,
    ...OPEN_DATA_FILES.producers,
  },
  {
    what: 'sales points',
    folder: 'sales-points',
    columns: SALES_POINT_COLUMNS,
    ...OPEN_DATA_FILES.salesPoints,
  },
] as const;

interface JsonFile {
  version: number;
  generated: string;
  licence: { name: string; url: string; attribution: string };
  source: string;
  columns: { name: string; description: string }[];
  count: number;
  rows: Record<string, unknown>[];
}

/** A CSV file as served: its content type, bytes and parsed rows (header first). */
async function download(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const body = await response.body();
  const rows: string[][] = parse(body, { bom: true });
  return { type: response.headers()['content-type'] ?? '', body, rows };
}

/**
 * Slugs of the content files of a folder, as the build saw them: files changed since the
 * build (others edit the sample catalogue while tests run) are left out on both sides.
 */
function contentSlugs(folder: string, built: number): { slugs: string[]; changed: Set<string> } {
  const files = readdirSync(join(CONTENT, folder)).filter((f) => f.endsWith('.json'));
  const changed = new Set(
    files
      .filter((f) => statSync(join(CONTENT, folder, f)).mtimeMs > built)
      .map((f) => f.slice(0, -5)),
  );
  const slugs = files.map((f) => f.slice(0, -5)).filter((s) => !changed.has(s));
  return { slugs: slugs.sort(), changed };
}

for (const dataset of DATASETS) {
  test(`the ${dataset.what} CSV is text/csv with the contract header and one row per content file`, async ({
    request,
  }) => {
    const built = join(DIST, dataset.csv);
    expect(existsSync(built), `${dataset.csv} is in dist/ (run astro build)`).toBe(true);
    const { type, body, rows } = await download(request, dataset.csv);
    expect(type).toMatch(/^text\/csv\b/);
    expect([...body.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    expect(body.includes('\r\n'), 'CRLF line ends').toBe(true);

    const [header, ...records] = rows;
    expect(header).toEqual(dataset.columns.map((c) => c.name));
    for (const record of records) expect(record).toHaveLength(dataset.columns.length);

    const slugs = records.map((r) => r[0]!);
    expect(new Set(slugs).size, 'no slug twice').toBe(slugs.length);
    const { slugs: files, changed } = contentSlugs(dataset.folder, statSync(built).mtimeMs);
    expect(slugs.filter((s) => !changed.has(s)).sort()).toEqual(files);
  });

  test(`the ${dataset.what} JSON has the licence, the build date and the same rows`, async ({
    request,
  }) => {
    const response = await request.get(dataset.json);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json\b/);
    const doc = (await response.json()) as JsonFile;
    expect(doc.version).toBe(1);
    expect(doc.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.licence).toMatchObject(OPEN_DATA_LICENCE);
    expect(doc.licence.attribution).toContain('CC BY 4.0');
    expect(doc.columns.map((c) => c.name)).toEqual(dataset.columns.map((c) => c.name));
    expect(doc.columns.every((c) => c.description.trim().length > 0)).toBe(true);

    const { rows } = await download(request, dataset.csv);
    expect(doc.count).toBe(rows.length - 1);
    expect(doc.rows.map((r) => r['slug'])).toEqual(rows.slice(1).map((r) => r[0]));
  });
}

test('a product row carries its current certificate and its status on the build date', async ({
  request,
}) => {
  const product = pick(products(), 'product with one latest decision', hasUnambiguousCurrent);
  const current = currentCertification(product);
  const { rows } = await download(request, OPEN_DATA_FILES.products.csv);
  const header = rows[0]!;
  const record = rows.find((r) => r[0] === product.slug);
  expect(record, `a row for ${product.slug}`).toBeDefined();
  const cell = (name: string) => record![header.indexOf(name)];
  const { generated } = (await (
    await request.get(OPEN_DATA_FILES.products.json)
  ).json()) as JsonFile;

  expect(cell('name')).toBe(product.name);
  expect(cell('producer_slug')).toBe(product.producer);
  expect(cell('province')).toBe(product.province);
  expect(cell('stars')).toBe(String(current.stars));
  expect(cell('decision')).toBe(current.decision);
  expect(cell('decision_date')).toBe(current.decisionDate);
  expect(cell('valid_until')).toBe(validUntil(current.decisionDate));
  expect(cell('status')).toBe(expectedState(current, generated));
  expect(cell('certifications')).toBe(String(product.certifications.length));
  expect(new URL(cell('url')!).pathname).toBe(`/san-pham/${product.slug}/`);
});

test('the Data Package describes the three CSV files as served', async ({ request }) => {
  const response = await request.get('/du-lieu/datapackage.json');
  expect(response.status()).toBe(200);
  const pkg = (await response.json()) as {
    licenses: { name: string }[];
    resources: {
      path: string;
      bytes: number;
      encoding: string;
      schema: { fields: { name: string }[] };
    }[];
  };
  expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
  expect(pkg.resources).toHaveLength(DATASETS.length);
  for (const [i, dataset] of DATASETS.entries()) {
    const resource = pkg.resources[i]!;
    expect(`/du-lieu/${resource.path}`).toBe(dataset.csv);
    expect(resource.schema.fields.map((f) => f.name)).toEqual(dataset.columns.map((c) => c.name));
    const { body } = await download(request, dataset.csv);
    expect(resource.bytes, `${dataset.csv} size`).toBe(body.byteLength);
    // Declared as written: UTF-8 with a byte-order mark is "utf-8-sig".
    expect(resource.encoding).toBe('utf-8-sig');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }
});

for (const [path, heading] of [
  ['/du-lieu/', 'Dữ liệu mở'],
  ['/en/du-lieu/', 'Open data'],
] as const) {
  test(`${path} lists every file with its row count and the licence`, async ({ page, request }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    for (const dataset of DATASETS) {
      await expect(page.locator(`main a[href="${dataset.csv}"]`)).toHaveCount(1);
      await expect(page.locator(`main a[href="${dataset.json}"]`)).toHaveCount(1);
      const { rows } = await download(request, dataset.csv);
      const name = dataset.csv.slice('/du-lieu/'.length, -'.csv'.length);
      await expect(page.locator(`tr[data-dataset="${name}"] [data-rows]`)).toHaveAttribute(
        'data-rows',
        String(rows.length - 1),
      );
      const documented = await page
        .locator(`section[aria-labelledby="${name}"] tbody th[scope="row"]`)
        .allTextContents();
      expect(documented.map((text) => text.trim())).toEqual(dataset.columns.map((c) => c.name));
    }
    await expect(page.locator('main a[href="/du-lieu/datapackage.json"]')).toHaveCount(1);
    await expect(
      page.locator(`main a[rel="license"][href="${OPEN_DATA_LICENCE.url}"]`),
    ).toHaveCount(1);
    await expect(page.locator('main time[datetime]').first()).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  test(`axe: ${path} has no serious or critical violation`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page, path);
  });
}

test('the footer links to the open-data page in both languages', async ({ page }) => {
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Dữ liệu mở' }).click();
  await expect(page).toHaveURL(/\/du-lieu\/$/);
  await page.goto('/en/');
  await expect(page.locator('footer').getByRole('link', { name: 'Open data' })).toHaveAttribute(
    'href',
    '/en/du-lieu/',
  );
});
