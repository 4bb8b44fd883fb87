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
  // English words typed on the English pages, for products without an English name (the
  // Sa Huỳnh fish sauce, the Đông Hải salts) and so rice finds gạo before rice paper
  // (`npm run bench:relevance`, docs/search.md "Relevance").
  ['nước mắm', 'fish sauce'],
  ['muối', 'salt'],
  ['gạo', 'rice'],
];

/**
 * Equivalents added to names only (`name-aliases.ts`), never query-time synonyms: "trà" and "chè"
 * are the same drink, but as a synonym "tra" also matched "chế" ("Thực phẩm chế biến", in 60 of
 * 127 category paths) and "Ba Chẽ" once folded (96 hits for "tra"). As an alias, "tra" finds
 * "Chè Shan tuyết" and "che" finds "Trà hoa vàng" through their names.
 */
export const NAME_ALIAS_GROUPS: readonly (readonly string[])[] = [['chè', 'trà']];

/**
 * Terms that lead one way to a wider one. Former names lead to today's, as former provinces do
 * (`buildSynonyms`): Hà Tây
 * joined Hà Nội in 2008, before the 63 provinces the former-province table starts from. "Hà
 * Tây" finds Hà Nội's products; "Hà Nội" does not find words that fold to "ha tay".
 */
export const ONE_WAY_SYNONYMS: readonly (readonly [from: string, to: string])[] = [
  ['Hà Tây', 'Hà Nội'],
  // Gốm sứ (pottery and porcelain) is the everyday word for all ceramics: "gốm sứ" finds the
  // Chu Đậu "gốm" vases too; "gốm" alone does not become "gốm sứ".
  ['gốm sứ', 'gốm'],
];
