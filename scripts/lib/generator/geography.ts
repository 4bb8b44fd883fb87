/**
 * What the generator needs to know about each 2025 province beyond `provinces.ts`: a rough
 * centre for sales-point coordinates, a telephone area code, the region (for address words)
 * and a weight for how many OCOP producers it has (Hà Nội has far more than any other).
 */

export type Region = 'north' | 'central' | 'south';

export interface ProvinceGeo {
  lat: number;
  lng: number;
  areaCode: string;
  region: Region;
  /** Relative share of producers; Hà Nội has about a fifth of all OCOP products. */
  weight: number;
}

/** Centres are of the merged 2025 territory, roughly; ±0.2° around them stays on land mostly. */
export const PROVINCE_GEO: Readonly<Record<string, ProvinceGeo>> = {
  'ha-noi': { lat: 21.03, lng: 105.78, areaCode: '024', region: 'north', weight: 14 },
  'cao-bang': { lat: 22.67, lng: 106.26, areaCode: '0206', region: 'north', weight: 0.9 },
  'tuyen-quang': { lat: 22.1, lng: 105.1, areaCode: '0207', region: 'north', weight: 2 },
  'dien-bien': { lat: 21.39, lng: 103.02, areaCode: '0215', region: 'north', weight: 0.8 },
  'lai-chau': { lat: 22.4, lng: 103.46, areaCode: '0213', region: 'north', weight: 0.7 },
  'son-la': { lat: 21.33, lng: 103.92, areaCode: '0212', region: 'north', weight: 1.3 },
  'lao-cai': { lat: 22.05, lng: 104.45, areaCode: '0214', region: 'north', weight: 2 },
  'thai-nguyen': { lat: 21.75, lng: 105.82, areaCode: '0208', region: 'north', weight: 2 },
  'lang-son': { lat: 21.85, lng: 106.76, areaCode: '0205', region: 'north', weight: 1 },
  'quang-ninh': { lat: 21.05, lng: 107.2, areaCode: '0203', region: 'north', weight: 2.2 },
  'bac-ninh': { lat: 21.25, lng: 106.15, areaCode: '0222', region: 'north', weight: 2 },
  'phu-tho': { lat: 21.05, lng: 105.35, areaCode: '0210', region: 'north', weight: 3 },
  'hai-phong': { lat: 20.9, lng: 106.5, areaCode: '0225', region: 'north', weight: 2.2 },
  'hung-yen': { lat: 20.6, lng: 106.2, areaCode: '0221', region: 'north', weight: 2.2 },
  'ninh-binh': { lat: 20.35, lng: 106.05, areaCode: '0229', region: 'north', weight: 3 },
  'thanh-hoa': { lat: 20.0, lng: 105.5, areaCode: '0237', region: 'central', weight: 2.2 },
  'nghe-an': { lat: 19.1, lng: 105.2, areaCode: '0238', region: 'central', weight: 2.2 },
  'ha-tinh': { lat: 18.36, lng: 105.8, areaCode: '0239', region: 'central', weight: 1.3 },
  'quang-tri': { lat: 17.2, lng: 106.6, areaCode: '0233', region: 'central', weight: 1.8 },
  hue: { lat: 16.46, lng: 107.55, areaCode: '0234', region: 'central', weight: 1 },
  'da-nang': { lat: 15.8, lng: 108.1, areaCode: '0236', region: 'central', weight: 2 },
  'quang-ngai': { lat: 14.9, lng: 108.4, areaCode: '0255', region: 'central', weight: 1.5 },
  'gia-lai': { lat: 14.0, lng: 108.4, areaCode: '0269', region: 'central', weight: 1.9 },
  'khanh-hoa': { lat: 12.1, lng: 109.0, areaCode: '0258', region: 'central', weight: 1.5 },
  'dak-lak': { lat: 12.8, lng: 108.5, areaCode: '0262', region: 'central', weight: 1.8 },
  'lam-dong': { lat: 11.6, lng: 108.0, areaCode: '0263', region: 'south', weight: 2.5 },
  'dong-nai': { lat: 11.2, lng: 106.9, areaCode: '0251', region: 'south', weight: 1.8 },
  'ho-chi-minh': { lat: 10.85, lng: 106.75, areaCode: '028', region: 'south', weight: 2 },
  'tay-ninh': { lat: 11.0, lng: 106.2, areaCode: '0276', region: 'south', weight: 2 },
  'dong-thap': { lat: 10.4, lng: 105.95, areaCode: '0277', region: 'south', weight: 2.2 },
  'vinh-long': { lat: 10.1, lng: 106.2, areaCode: '0270', region: 'south', weight: 3 },
  'an-giang': { lat: 10.25, lng: 105.1, areaCode: '0296', region: 'south', weight: 2 },
  'can-tho': { lat: 9.8, lng: 105.8, areaCode: '0292', region: 'south', weight: 2.3 },
  'ca-mau': { lat: 9.25, lng: 105.35, areaCode: '0290', region: 'south', weight: 1.6 },
};

export function geoOf(provinceSlug: string): ProvinceGeo {
  const geo = PROVINCE_GEO[provinceSlug];
  if (!geo) throw new RangeError(`No generator geography for province "${provinceSlug}"`);
  return geo;
}

/** "tỉnh Quảng Ninh", "thành phố Hà Nội": as written inside a sentence or an address. */
export function provinceLabel(name: string, kind: 'province' | 'city'): string {
  return `${kind === 'city' ? 'thành phố' : 'tỉnh'} ${name}`;
}
