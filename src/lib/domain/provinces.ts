/**
 * The 34 provinces of 2025, the 63 before them, and how a name or code from either era
 * resolves to today's province.
 */
import data from '../../../content/provinces.json' with { type: 'json' };
import { provinceFileSchema, type FormerProvince, type Province } from '../../schemas/province.ts';
import { foldVietnamese } from './vietnamese.ts';

const file = provinceFileSchema.parse(data);

export const PROVINCES: readonly Province[] = file.provinces;
export const FORMER_PROVINCES: readonly FormerProvince[] = file.formerProvinces;

export const PROVINCE_SLUGS = PROVINCES.map((p) => p.slug) as [string, ...string[]];
export const FORMER_PROVINCE_SLUGS = FORMER_PROVINCES.map((p) => p.slug) as [string, ...string[]];

const bySlug = new Map(PROVINCES.map((p) => [p.slug, p]));
const formerBySlug = new Map(FORMER_PROVINCES.map((p) => [p.slug, p]));

export function getProvince(slug: string): Province | undefined {
  return bySlug.get(slug);
}

export function getFormerProvince(slug: string): FormerProvince | undefined {
  return formerBySlug.get(slug);
}

/** Former provinces whose slug is not also a 2025 province: each needs a page of its own. */
export const RENAMED_FORMER_PROVINCES = FORMER_PROVINCES.filter((p) => !bySlug.has(p.slug));

/** Lookup key of a name: folded, with hyphens, en/em dashes and underscores read as spaces. */
function nameKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[-_\u2013\u2014]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded names (and aliases) of every province, old and new, to the 2025 province slug. */
const nameIndex = new Map<string, { province: string; former?: string }>();
for (const p of FORMER_PROVINCES) {
  for (const name of [p.name, p.slug, ...(p.aliases ?? [])]) {
    nameIndex.set(nameKey(name), { province: p.successor, former: p.slug });
  }
}
for (const p of PROVINCES) {
  for (const name of [p.name, p.fullName, p.slug]) {
    nameIndex.set(nameKey(name), { province: p.slug });
  }
}

const PREFIXES = /^(tinh|thanh pho|tp\.?|t\.)\s+/;

export interface ProvinceResolution {
  /** Slug of the 2025 province. */
  province: string;
  /** Slug of the pre-2025 province the name referred to, when it is a former name. */
  former?: string | undefined;
}

/**
 * Resolves a province name as people write it — old or new, with or without diacritics,
 * "Tỉnh"/"TP" prefix, either tone-mark placement — to today's province.
 */
export function resolveProvinceName(name: string): ProvinceResolution | undefined {
  const folded = nameKey(name);
  return nameIndex.get(folded) ?? nameIndex.get(folded.replace(PREFIXES, ''));
}

/** Resolves a two-digit code; the code system must be given because seven codes changed. */
export function resolveProvinceCode(
  code: string,
  system: '2004' | '2025',
): ProvinceResolution | undefined {
  if (system === '2025') {
    const p = PROVINCES.find((x) => x.code === code);
    return p && { province: p.slug };
  }
  const old = FORMER_PROVINCES.find((x) => x.code === code);
  return old && { province: old.successor, former: old.slug };
}

/** The former provinces that became `provinceSlug`. */
export function formerProvincesOf(provinceSlug: string): FormerProvince[] {
  return FORMER_PROVINCES.filter((p) => p.successor === provinceSlug);
}
