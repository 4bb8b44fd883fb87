import { describe, expect, it } from 'vitest';
import { nameAliases } from '../../src/lib/search/name-aliases.ts';
import { buildSynonyms } from '../../src/lib/search/synonyms.ts';
import { NAME_ALIAS_GROUPS } from '../../src/lib/search/synonym-groups.ts';

describe('nameAliases', () => {
  it('adds the everyday equivalents of whole words of the name', () => {
    expect(nameAliases('Cà phê bột').sort()).toEqual(['cafe', 'coffee']);
    expect(nameAliases('Gạo ST25')).toEqual(['rice']);
    expect(nameAliases('Cheo leo')).toEqual([]);
  });

  it('adds the alias-only groups both ways: chè ↔ trà', () => {
    expect(nameAliases('Chè Shan tuyết Suối Giàng')).toEqual(['trà']);
    expect(nameAliases('Trà hoa vàng Quảng Ninh')).toEqual(['chè']);
    // Words are compared folded, as Meilisearch compares them: "Chẽ" counts as "chè" here.
    expect(nameAliases('Trà hoa vàng Ba Chẽ')).toEqual([]);
  });

  it('alias-only groups are not query-time synonyms', () => {
    const table = buildSynonyms();
    for (const term of NAME_ALIAS_GROUPS.flat()) expect(table[term], term).toBeUndefined();
  });
});
