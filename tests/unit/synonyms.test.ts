import { describe, expect, it } from 'vitest';
import { FORMER_PROVINCES, getProvince, PROVINCES } from '../../src/lib/domain/provinces.ts';
import { foldVietnamese, stripDiacritics } from '../../src/lib/domain/vietnamese.ts';
import {
  buildSynonyms,
  EVERYDAY_SYNONYM_GROUPS,
  ONE_WAY_SYNONYMS,
  formerProvinceNames,
  MAX_SYNONYM_WORDS,
  synonymsLeadingTo,
} from '../../src/lib/search/synonyms.ts';

const table = buildSynonyms();
const words = (s: string) => s.split(/[\s\-\u2013\u2014]+/).filter(Boolean).length;

describe('buildSynonyms: former provinces', () => {
  it.each(FORMER_PROVINCES.map((f) => [f.name, f.successor] as const))(
    '%s → %s, with and without diacritics',
    (name, successorSlug) => {
      const successor = getProvince(successorSlug)!.name;
      const keys = words(name) <= MAX_SYNONYM_WORDS ? [name] : name.split(/\s+-\s+/);
      for (const key of keys) {
        for (const spelling of [key, stripDiacritics(key)]) {
          if (foldVietnamese(spelling) === foldVietnamese(successor)) {
            // A province that kept its name needs no synonym to itself: the name matches.
            expect(table[spelling] ?? []).not.toContain(successor);
          } else {
            expect(table[spelling], spelling).toContain(successor);
          }
        }
      }
    },
  );

  it('covers every former province whose name changed (there are 29 such successors’ names)', () => {
    const renamed = FORMER_PROVINCES.filter(
      (f) => foldVietnamese(f.name) !== foldVietnamese(getProvince(f.successor)!.name),
    );
    expect(renamed.length).toBeGreaterThan(25);
    for (const f of renamed) {
      expect(synonymsLeadingTo(table, getProvince(f.successor)!.name).length).toBeGreaterThan(0);
    }
  });

  it('maps the well-known merges', () => {
    expect(table['Thái Bình']).toEqual(['Hưng Yên']);
    expect(table['thai binh']).toBeUndefined(); // stripDiacritics keeps case: "Thai Binh"
    expect(table['Thai Binh']).toEqual(['Hưng Yên']);
    expect(table['Bạc Liêu']).toEqual(['Cà Mau']);
    expect(table['Trà Vinh']).toEqual(['Vĩnh Long']);
    expect(table['Vĩnh Phúc']).toEqual(['Phú Thọ']);
    expect(table['Hà Giang']).toEqual(['Tuyên Quang']);
    expect(table['Thừa Thiên Huế']).toEqual(['Huế']);
    expect(table['Vũng Tàu']).toEqual(['Hồ Chí Minh']);
  });

  it('splits names Meilisearch cannot match whole (more than three words)', () => {
    expect(
      formerProvinceNames(FORMER_PROVINCES.find((f) => f.slug === 'ba-ria-vung-tau')!),
    ).toEqual(expect.arrayContaining(['Bà Rịa', 'Vũng Tàu', 'Ba Ria', 'Vung Tau']));
    for (const key of Object.keys(table)) {
      expect(words(key), key).toBeLessThanOrEqual(MAX_SYNONYM_WORDS);
    }
  });

  it('never maps a name to itself or to a name that is not a 2025 province or everyday term', () => {
    const everyday = new Set([
      ...EVERYDAY_SYNONYM_GROUPS.flat(),
      ...ONE_WAY_SYNONYMS.map(([, to]) => to),
    ]);
    const provinceNames = new Set(PROVINCES.map((p) => p.name));
    for (const [from, to] of Object.entries(table)) {
      for (const target of to) {
        expect(foldVietnamese(target)).not.toBe(foldVietnamese(from));
        expect(provinceNames.has(target) || everyday.has(target), `${from} → ${target}`).toBe(true);
      }
    }
  });
});

describe('buildSynonyms: everyday terms', () => {
  it('cafe ↔ cà phê, HTX ↔ hợp tác xã, TP HCM ↔ Hồ Chí Minh ↔ Sài Gòn', () => {
    expect(table['cafe']).toContain('cà phê');
    expect(table['cà phê']).toContain('cafe');
    expect(table['HTX']).toEqual(['hợp tác xã']);
    expect(table['hợp tác xã']).toEqual(['HTX']);
    expect(table['TP HCM']).toEqual(expect.arrayContaining(['Hồ Chí Minh', 'Sài Gòn']));
    expect(table['Sài Gòn']).toEqual(expect.arrayContaining(['Hồ Chí Minh', 'TP HCM']));
    expect(table['Hồ Chí Minh']).toEqual(expect.arrayContaining(['Sài Gòn', 'TP HCM']));
  });

  it('Hà Tây → Hà Nội one way, as a former province (merged in 2008)', () => {
    expect(table['Hà Tây']).toEqual(['Hà Nội']);
    expect(table['Ha Tay']).toEqual(['Hà Nội']);
    expect(table['Hà Nội']).toBeUndefined();
  });

  it('gốm sứ → gốm one way: the word for all ceramics finds pottery named "gốm"', () => {
    expect(table['gốm sứ']).toEqual(['gốm']);
    expect(table['gốm']).toBeUndefined();
  });

  it('chè ↔ trà is a name alias only: as a synonym "tra" matched "chế biến" and "Ba Chẽ"', () => {
    expect(table['chè']).toBeUndefined();
    expect(table['trà']).toBeUndefined();
  });

  it('every group is mutual', () => {
    for (const group of EVERYDAY_SYNONYM_GROUPS) {
      for (const a of group) {
        for (const b of group) {
          // Spellings that fold alike (cafe, café) are equal to Meilisearch already.
          if (foldVietnamese(a) !== foldVietnamese(b)) expect(table[a], `${a} → ${b}`).toContain(b);
        }
      }
    }
  });
});

describe('buildSynonyms: stable output', () => {
  it('gives an identical table every time (a re-index changes no setting)', () => {
    expect(JSON.stringify(buildSynonyms())).toBe(JSON.stringify(table));
    const keys = Object.keys(table);
    expect(keys).toEqual([...new Set(keys)]);
    for (const values of Object.values(table)) expect(values).toEqual([...new Set(values)]);
  });

  it('refuses a former province whose successor does not exist', () => {
    expect(() =>
      buildSynonyms([{ slug: 'x', code: '99', name: 'X', kind: 'province', successor: 'nowhere' }]),
    ).toThrow(/nowhere/);
  });
});
