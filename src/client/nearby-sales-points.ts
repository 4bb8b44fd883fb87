/**
 * "Near me" on the sales points page: the visitor's location (or a chosen province) → the
 * nearest OCOP sales points with hours, phone and directions. Asks Meilisearch (`_geoPoint`
 * sort) when the site has one, otherwise — or when it fails — sorts the static list from the
 * server-less index in the browser. No framework: this runs on a page with a ≤ 10 KB budget.
 */
import { addressWithProvince } from '../lib/domain/address.ts';
import type { SalesPointDocument } from '../lib/search/documents.ts';
import {
  decodeSalesPoints,
  distanceKm,
  sortByDistance,
  type LatLng,
  type SalesPointsFile,
} from '../lib/search/fallback/sales-points.ts';
import { pluralForm } from '../lib/i18n/plural.ts';
import { pageLocale } from './cart-dom.ts';

interface NearbyConfig {
  locale: string;
  meilisearch: { host: string; searchKey: string } | null;
  fallbackUrl: string;
  limit: number;
  labels: {
    kinds: Record<string, string>;
    hours: string;
    directions: string;
    distance: string;
    locating: string;
    denied: string;
    none: string;
    results: string;
    resultsOne: string;
  };
}

type Point = SalesPointDocument & { distanceKm?: number | undefined };

const SLUG = /^[a-z0-9-]{2,40}$/;

async function fromMeilisearch(
  config: NonNullable<NearbyConfig['meilisearch']>,
  origin: LatLng | undefined,
  province: string | undefined,
  limit: number,
): Promise<Point[]> {
  const body: Record<string, unknown> = { q: '', limit };
  // The province comes from our own <select>, checked as a slug, then quoted and escaped.
  if (province && SLUG.test(province)) body['filter'] = `province = "${province}"`;
  if (origin) body['sort'] = [`_geoPoint(${origin.lat.toFixed(5)}, ${origin.lng.toFixed(5)}):asc`];
  const response = await fetch(`${config.host}/indexes/sales-points/search`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.searchKey}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(4000),
  });
  if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
  const { hits } = (await response.json()) as { hits: (Point & { _geoDistance?: number })[] };
  return hits.map((h) => ({
    ...h,
    distanceKm: h._geoDistance === undefined ? undefined : h._geoDistance / 1000,
  }));
}

let staticPoints: Promise<SalesPointDocument[]> | undefined;
async function fromStaticIndex(
  fallbackUrl: string,
  origin: LatLng | undefined,
  province: string | undefined,
  limit: number,
): Promise<Point[]> {
  staticPoints ??= (async () => {
    const manifest = (await (await fetch(`${fallbackUrl}manifest.json`)).json()) as {
      files: { salesPoints: string };
    };
    const file = (await (
      await fetch(`${fallbackUrl}${manifest.files.salesPoints}`)
    ).json()) as SalesPointsFile;
    return decodeSalesPoints(file);
  })();
  const all = (await staticPoints).filter((p) => !province || p.province === province);
  return (origin ? sortByDistance(all, origin) : all).slice(0, limit);
}

function render(
  list: HTMLElement,
  template: HTMLTemplateElement,
  points: Point[],
  config: NearbyConfig,
) {
  list.replaceChildren(
    ...points.map((p) => {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const set = (field: string, text: string) => {
        const el = item.querySelector<HTMLElement>(`[data-field="${field}"]`);
        if (el) el.textContent = text;
      };
      item.dataset['salesPoint'] = p.id;
      set('kind', config.labels.kinds[p.kind] ?? p.kind);
      set('name', p.name);
      // Say the province once, even when the address already ends with it.
      set('address', addressWithProvince(p.address, p.provinceName));
      set('hours', config.locale === 'en' ? p.openingHoursEn : p.openingHours);
      set(
        'distance',
        p.distanceKm === undefined
          ? ''
          : config.labels.distance.replace(
              '{km}',
              p.distanceKm.toLocaleString(config.locale, { maximumFractionDigits: 1 }),
            ),
      );
      const phone = item.querySelector<HTMLAnchorElement>('[data-field="phone"]');
      if (phone) {
        if (p.phone) {
          phone.href = `tel:${p.phone.replace(/[^+\d]/g, '')}`;
          phone.textContent = `☎ ${p.phone}`;
        } else phone.remove();
      }
      const directions = item.querySelector<HTMLAnchorElement>('[data-field="directions"]');
      if (directions) {
        directions.href = `https://www.google.com/maps/dir/?api=1&destination=${p._geo.lat},${p._geo.lng}`;
        directions.setAttribute('aria-label', `${config.labels.directions}: ${p.name}`);
      }
      return item;
    }),
  );
}

export function setUpNearbySalesPoints(root: HTMLElement): void {
  const config = JSON.parse(
    root.querySelector('script[type="application/json"]')!.textContent,
  ) as NearbyConfig;
  const form = root.querySelector('form')!;
  const select = root.querySelector('select')!;
  const locate = root.querySelector<HTMLButtonElement>('[data-locate]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const template = root.querySelector('template')!;
  let origin: LatLng | undefined;
  root.hidden = false;

  const update = async () => {
    const province = select.value || undefined;
    let points: Point[];
    try {
      if (!config.meilisearch) throw new Error('no Meilisearch');
      points = await fromMeilisearch(config.meilisearch, origin, province, config.limit);
    } catch {
      points = await fromStaticIndex(config.fallbackUrl, origin, province, config.limit);
    }
    if (origin && points.some((p) => p.distanceKm === undefined)) {
      points = points.map((p) => ({ ...p, distanceKm: distanceKm(origin!, p._geo) }));
    }
    render(list, template, points, config);
    status.textContent = points.length
      ? pluralForm(points.length, pageLocale(), {
          one: config.labels.resultsOne,
          other: config.labels.results,
        }).replace('{n}', String(points.length))
      : config.labels.none;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  select.addEventListener('change', () => void update());
  locate.addEventListener('click', () => {
    status.textContent = config.labels.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        void update();
      },
      () => {
        status.textContent = config.labels.denied;
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}
