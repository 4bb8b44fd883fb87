/**
 * Reads an address as lists write it. Before 1 July 2025 addresses had three levels (xã,
 * huyện, tỉnh); since then two (xã/phường, tỉnh) and many communes merged. The province is
 * resolved old or new to today's (`domain/provinces.ts`). An old three-level address keeps its
 * commune and district in `oldCommune` / `oldDistrict` and in the producer's `address` (marked
 * "địa chỉ trước 07/2025", as the catalogue does); `map-old-commune.ts` then looks them up in
 * the commune-merger table. A two-level address gives the commune directly.
 */
import { resolveProvinceName, type ProvinceResolution } from '../domain/provinces.ts';
import { cleanText } from './clean-text.ts';

export const OLD_ADDRESS_NOTE = '(địa chỉ trước 07/2025)';

export interface ParsedAddress {
  /** The address as the producer file keeps it. */
  address?: string | undefined;
  /** Commune or ward after the 2025 reform, when the address is already two-level. */
  commune?: string | undefined;
  /** Commune as written in an old three-level address. */
  oldCommune?: string | undefined;
  /** District as written in an old three-level address ("huyện Hoằng Hóa"). */
  oldDistrict?: string | undefined;
  /** Province named in the address, resolved. */
  province?: ProvinceResolution | undefined;
  /** The address has a district (huyện/quận/thị xã): written before 07/2025. */
  threeLevel: boolean;
}

const COMMUNE = /^(xã|phường|thị trấn|đặc khu|x\.|p\.|tt\.?)\s*(.+)$/iu;
const DISTRICT = /^(huyện|quận|thị xã|thành phố|tp\.?|h\.|q\.|tx\.?)\s*(.+)$/iu;
const PROVINCE_PREFIX = /^(tỉnh|thành phố|tp\.?|t\.)\s*/iu;
const COMMUNE_WORD: Record<string, string> = {
  'x.': 'Xã',
  'p.': 'Phường',
  'tt.': 'Thị trấn',
  tt: 'Thị trấn',
};

export function parseAddress(input: string): ParsedAddress {
  const text = cleanText(input);
  const result: ParsedAddress = { threeLevel: false };
  if (!text) return result;
  const parts = text
    .split(/\s*[,;]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  let provinceAt = -1;
  for (let i = parts.length - 1; i >= 0 && i >= parts.length - 2; i--) {
    const part = parts[i]!;
    const resolved = resolveProvinceName(part);
    const districtOnly = DISTRICT.test(part) && !PROVINCE_PREFIX.test(part);
    if (resolved && !districtOnly) {
      result.province = resolved;
      provinceAt = i;
      break;
    }
    if (resolved && i === parts.length - 1) {
      // "TP Thanh Hóa" as the last part: the city and the province share the name.
      result.province = resolved;
      provinceAt = i;
      break;
    }
  }
  const before = provinceAt >= 0 ? parts.slice(0, provinceAt) : parts;
  let commune: string | undefined;
  for (const part of before) {
    const m = COMMUNE.exec(part);
    if (m && !commune) {
      const word = m[1]!.toLowerCase();
      const prefix =
        COMMUNE_WORD[word] ?? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
      commune = `${prefix} ${m[2]!.trim()}`;
    } else if (DISTRICT.test(part)) {
      result.threeLevel = true;
      result.oldDistrict ??= part;
    }
  }
  if (/^thị trấn /u.test(commune ?? '')) result.threeLevel = true;
  if (result.threeLevel) {
    result.oldCommune = commune;
    result.address = `${text} ${OLD_ADDRESS_NOTE}`;
  } else {
    result.commune = commune;
    const rest = before.filter((p) => !COMMUNE.test(p));
    result.address = text;
    if (!rest.length && commune) result.address = text;
  }
  return result;
}
