/**
 * The 2025 commune of an old three-level address, from the commune-merger table, and the flag
 * that tells the editor what happened: mapped (with the table row), not in the table (the old
 * commune stays only in the address), or mapped into another province than the address names
 * (a table or address error: not applied).
 */
import { getProvince, type ProvinceResolution } from '../domain/provinces.ts';
import type { CommuneMergerTable } from './commune-mergers.ts';
import type { ParsedAddress } from './parse-address.ts';

export const OLD_ADDRESS_KEPT =
  'old three-level address: commune kept in the address (communes merged in 2025)';

export interface OldCommuneMapping {
  /** The 2025 commune, when the table maps the old one. */
  commune?: string | undefined;
  flag: string;
}

export function mapOldCommune(
  address: ParsedAddress,
  place: ProvinceResolution,
  table: CommuneMergerTable | undefined,
): OldCommuneMapping {
  const found = table?.lookup({
    oldProvince: place.former ?? place.province,
    oldDistrict: address.oldDistrict,
    oldCommune: address.oldCommune,
  });
  if (!table || !found) return { flag: OLD_ADDRESS_KEPT };
  const old = `${address.oldCommune!}, ${address.oldDistrict!}`;
  const where = `${table.file.split(/[\\/]/).pop()!}, row ${found.rowNumber}`;
  if (found.new_province !== place.province) {
    const name = (slug: string) => getProvince(slug)?.name ?? slug;
    return {
      flag:
        `old address "${old}" is mapped to "${found.new_commune}" in ${name(found.new_province)} ` +
        `(${where}), but the address is in ${name(place.province)}: not applied, ` +
        'commune kept in the address',
    };
  }
  return {
    commune: found.new_commune,
    flag: `old address "${old}" mapped to "${found.new_commune}" (${where})`,
  };
}
