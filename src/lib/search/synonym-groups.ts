/**
 * Everyday equivalences people type, one group per meaning: each member leads to every other.
 * The one source of these synonyms for both engines (`synonyms.ts` builds the table).
 */
export const EVERYDAY_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['cà phê', 'cafe', 'café', 'coffee'],
  ['HTX', 'hợp tác xã'],
  ['THT', 'tổ hợp tác'],
  ['HKD', 'hộ kinh doanh'],
  ['DN', 'doanh nghiệp'],
  ['công ty', 'cty'],
  ['Hồ Chí Minh', 'TP HCM', 'TPHCM', 'HCM', 'Sài Gòn', 'Saigon'],
  ['chè', 'trà'],
];
