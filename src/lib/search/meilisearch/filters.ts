/**
 * Meilisearch filter expressions from a typed selection, for values that come from the URL or
 * the UI. Two rules make injection impossible:
 * - attribute names come only from a fixed allow-list (never from input);
 * - every value is a double-quoted string with `\` and `"` escaped, so whatever it contains
 *   (`"`, `OR`, `=`, newlines) stays one literal value. Meilisearch compares a quoted "4" equal
 *   to the number 4, so numbers are quoted too.
 * Values within one attribute are ORed, attributes are ANDed. Filters compare case-insensitively
 * but not accent-insensitively: filter on slugs and codes, never on display names.
 */
import { FilterAttributeNotAllowedError, InvalidFilterValueError } from './errors.ts';

export type FilterValue = string | number;

/** Attributes the product search may filter on: the facets, plus former provinces and producer. */
export const PRODUCT_FILTER_ATTRIBUTES = [
  'province',
  'formerProvinces',
  'categoryGroup',
  'categoryNhom',
  'categoryLeaf',
  'stars',
  'producerType',
  'certificateStatus',
  'producer',
] as const;
export type ProductFilterAttribute = (typeof PRODUCT_FILTER_ATTRIBUTES)[number];

export const PRODUCER_FILTER_ATTRIBUTES = ['type', 'province'] as const;
export type ProducerFilterAttribute = (typeof PRODUCER_FILTER_ATTRIBUTES)[number];

export const SALES_POINT_FILTER_ATTRIBUTES = ['province', 'kind'] as const;
export type SalesPointFilterAttribute = (typeof SALES_POINT_FILTER_ATTRIBUTES)[number];

/** Selected values per attribute; an empty or missing list does not filter. */
export type FilterSelection<A extends string> = Partial<Record<A, readonly FilterValue[]>>;

/** What an attribute name in the allow-list itself must look like. */
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `Hà Nội" OR x = "y` → `"Hà Nội\" OR x = \"y"`: one literal value, whatever it contains. */
export function quoteFilterValue(value: FilterValue): string {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new InvalidFilterValueError(`A filter value must be a finite number, not ${value}.`);
    }
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw new InvalidFilterValueError(
      `A filter value must be a string or a number, not ${typeof value}.`,
    );
  }
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** One attribute's clause: `a = "x"` or `a IN ["x", "y"]`; undefined when nothing is selected. */
function clause(attribute: string, values: readonly FilterValue[]): string | undefined {
  const quoted = [...new Set(values.map(quoteFilterValue))];
  if (quoted.length === 0) return undefined;
  return quoted.length === 1
    ? `${attribute} = ${quoted[0]!}`
    : `${attribute} IN [${quoted.join(', ')}]`;
}

/**
 * ANDs one clause per selected attribute, in the allow-list's order (so equal selections give
 * equal strings). Throws `FilterAttributeNotAllowedError` for a name outside `allowed`.
 */
export function buildFilter<A extends string>(
  selection: FilterSelection<A> | Readonly<Record<string, readonly FilterValue[] | undefined>>,
  allowed: readonly A[],
): string | undefined {
  for (const name of allowed) {
    if (!ATTRIBUTE_NAME.test(name)) throw new FilterAttributeNotAllowedError(name, allowed);
  }
  const given = selection as Readonly<Record<string, readonly FilterValue[] | undefined>>;
  for (const name of Object.keys(given)) {
    if (!(allowed as readonly string[]).includes(name)) {
      throw new FilterAttributeNotAllowedError(name, allowed);
    }
  }
  const clauses: string[] = [];
  for (const name of allowed) {
    const values = Object.hasOwn(given, name) ? given[name] : undefined;
    if (values === undefined) continue;
    if (!Array.isArray(values)) {
      throw new InvalidFilterValueError(`The values for "${name}" must be a list.`);
    }
    const c = clause(name, values);
    if (c) clauses.push(c);
  }
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' AND ');
}

export function buildProductFilter(
  selection: FilterSelection<ProductFilterAttribute>,
): string | undefined {
  return buildFilter(selection, PRODUCT_FILTER_ATTRIBUTES);
}

export function buildProducerFilter(
  selection: FilterSelection<ProducerFilterAttribute>,
): string | undefined {
  return buildFilter(selection, PRODUCER_FILTER_ATTRIBUTES);
}

/** A point and a distance in metres, as read from the UI (checked before use). */
export interface GeoCircle {
  lat: number;
  lng: number;
  radiusMeters: number;
}

function finite(name: string, value: number, min: number, max: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new InvalidFilterValueError(`${name} must be a number from ${min} to ${max}.`);
  }
  return String(value);
}

/** `_geoRadius(lat, lng, metres)` with every number checked (no text reaches the expression). */
export function geoRadiusFilter({ lat, lng, radiusMeters }: GeoCircle): string {
  return `_geoRadius(${finite('lat', lat, -90, 90)}, ${finite('lng', lng, -180, 180)}, ${finite(
    'radiusMeters',
    radiusMeters,
    0,
    20_037_509,
  )})`;
}

/** `_geoPoint(lat, lng):asc`: nearest first. */
export function geoDistanceSort(lat: number, lng: number): string {
  return `_geoPoint(${finite('lat', lat, -90, 90)}, ${finite('lng', lng, -180, 180)}):asc`;
}

/** Sales points by province and kind, optionally within a circle. */
export function buildSalesPointFilter(
  selection: FilterSelection<SalesPointFilterAttribute>,
  near: GeoCircle,
): string;
export function buildSalesPointFilter(
  selection: FilterSelection<SalesPointFilterAttribute>,
  near?: GeoCircle,
): string | undefined;
export function buildSalesPointFilter(
  selection: FilterSelection<SalesPointFilterAttribute>,
  near?: GeoCircle,
): string | undefined {
  const facets = buildFilter(selection, SALES_POINT_FILTER_ATTRIBUTES);
  if (!near) return facets;
  const geo = geoRadiusFilter(near);
  return facets ? `(${facets}) AND ${geo}` : geo;
}
