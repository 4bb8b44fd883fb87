/**
 * The "near me" widget on `/diem-ban/` and what the catalogue says it should list: sales points
 * from `content/sales-points/`, distances by the haversine formula written here.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { pick, province, salesPoints, type SalesPointEntry } from './catalogue.ts';
import { isFallbackFile, type Engine } from './search-page.ts';

/** Hoàn Kiếm, Hà Nội. */
export const HANOI = { latitude: 21.0285, longitude: 105.8542 };
/** Points the widget lists at most (`limit` in NearbySalesPoints.astro). */
export const LIMIT = 12;

type Point = SalesPointEntry & { coordinates: { lat: number; lng: number } };

export const points = (): Point[] => salesPoints() as Point[];

export function haversineKm(
  a: { latitude: number; longitude: number },
  b: { lat: number; lng: number },
): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.latitude);
  const dLng = rad(b.lng - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** "Cách khoảng 1,4 km" → 1.4 (Vietnamese decimal comma, dot for thousands). */
export function parseKm(text: string): number {
  const match = /([\d.]+(?:,\d+)?)\s*km/.exec(text);
  if (!match) throw new Error(`No distance in "${text}"`);
  return Number(match[1]!.replace(/\./g, '').replace(',', '.'));
}

export class NearbyWidget {
  readonly page: Page;
  readonly root: Locator;
  readonly locate: Locator;
  readonly province: Locator;
  readonly status: Locator;
  readonly items: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('[data-nearby]');
    this.locate = this.root.getByRole('button', { name: 'Dùng vị trí của tôi' });
    this.province = this.root.getByRole('combobox', { name: 'Hoặc chọn tỉnh, thành' });
    this.status = this.root.locator('[data-status]');
    this.items = this.root.locator('[data-results] li');
  }

  ids(): Promise<string[]> {
    return this.items.evaluateAll((els) =>
      els.map((el) => (el as HTMLElement).dataset['salesPoint'] ?? ''),
    );
  }

  async distances(): Promise<number[]> {
    return (await this.items.locator('[data-field=distance]').allTextContents()).map(parseKm);
  }
}

/** Runs `action`; with Meilisearch also waits for the sales-points search it sends. */
async function asking(page: Page, engine: Engine, action: () => Promise<unknown>) {
  if (engine === 'fallback') {
    await action();
    return '';
  }
  const [request] = await Promise.all([
    page.waitForRequest(/\/indexes\/sales-points\/search$/),
    action(),
  ]);
  return request.postData() ?? '';
}

/**
 * From near Hà Nội: "Dùng vị trí của tôi" lists the nearest points first, each at its distance;
 * then a province narrows the list to that province's points, still nearest first.
 */
export async function checkNearMe(page: Page, engine: Engine): Promise<void> {
  const fallbackFiles: string[] = [];
  page.on('request', (r) => {
    if (isFallbackFile(r)) fallbackFiles.push(r.url());
  });
  const all = points();
  const byDistance = all
    .map((p) => ({ ...p, km: haversineKm(HANOI, p.coordinates) }))
    .sort((a, b) => a.km - b.km);
  const nearest = byDistance.slice(0, LIMIT);
  expect(all.length, 'sales points in the catalogue').toBeGreaterThan(1);

  await page.goto('/diem-ban/');
  const widget = new NearbyWidget(page);
  await expect(widget.root).toBeVisible();
  const body = await asking(page, engine, () => widget.locate.click());
  if (engine === 'meilisearch') expect(body).toContain('_geoPoint(21.02850, 105.85420):asc');
  await expect(widget.items).toHaveCount(nearest.length);
  await expect(widget.status).toHaveText(`${nearest.length} điểm bán`);

  const ids = await widget.ids();
  const km = await widget.distances();
  expect(ids[0], 'the nearest point first').toBe(nearest[0]!.slug);
  expect(km, 'distances ascending').toEqual([...km].sort((a, b) => a - b));
  expect(new Set(ids)).toEqual(new Set(nearest.map((p) => p.slug)));
  for (const [i, id] of ids.entries()) {
    const expected = byDistance.find((p) => p.slug === id)!.km;
    expect(Math.abs(km[i]! - expected), `distance to ${id}`).toBeLessThanOrEqual(
      0.06 + expected * 0.01,
    );
  }

  // A province: only its points, nearest first.
  const counts = new Map<string, number>();
  for (const p of all) counts.set(p.province, (counts.get(p.province) ?? 0) + 1);
  const slug = pick(
    [...counts.entries()].filter(([s, n]) => n >= 2 && s !== nearest[0]!.province),
    'province with two sales points other than the nearest one',
    () => true,
  )[0];
  const name = province(slug).name;
  const inProvince = byDistance.filter((p) => p.province === slug);
  const filtered = await asking(page, engine, () => widget.province.selectOption({ label: name }));
  if (engine === 'meilisearch') expect(filtered).toContain(`province = \\"${slug}\\"`);
  await expect.poll(() => widget.ids()).toEqual(inProvince.map((p) => p.slug).slice(0, LIMIT));
  for (const address of await widget.items.locator('[data-field=address]').allTextContents()) {
    expect(address).toMatch(new RegExp(`, ${name}$`));
  }
  const provinceKm = await widget.distances();
  expect(provinceKm).toEqual([...provinceKm].sort((a, b) => a - b));

  if (engine === 'meilisearch') {
    expect(fallbackFiles, 'files of the server-less index fetched').toEqual([]);
  } else {
    expect(fallbackFiles.length, 'the static list fetched').toBeGreaterThan(0);
  }
}
