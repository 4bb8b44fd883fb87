import { describe, expect, it } from 'vitest';
import { CATEGORY_TREE } from '../../src/lib/domain/categories.ts';
import { CERTIFICATE_STATES } from '../../src/lib/domain/certificate-status.ts';
import { FORMER_PROVINCES, PROVINCES, getProvince } from '../../src/lib/domain/provinces.ts';
import { PRODUCER_TYPES } from '../../src/schemas/producer.ts';
import { stateToSearch } from '../../src/islands/search/search-state.ts';
import { checkSearch, type FilterVocabulary } from '../../src/islands/search/url-filters.ts';

/** The vocabulary as the search page builds it, from the domain's own tables. */
const vocabulary: FilterVocabulary = {
  values: {
    province: PROVINCES.map((p) => p.slug),
    categoryGroup: CATEGORY_TREE.map((c) => c.code),
    stars: ['3', '4', '5'],
    producerType: PRODUCER_TYPES,
    certificateStatus: CERTIFICATE_STATES,
  },
  formerProvinces: Object.fromEntries(
    FORMER_PROVINCES.filter((p) => !getProvince(p.slug)).map((p) => [p.slug, p.successor]),
  ),
};

describe('filters read from a search URL', () => {
  it('keeps a URL of known values as it is, with no notice', () => {
    const search = '?q=banh+cay&tinh=ha-noi~hue&nganh=I&sao=5&loai=htx&tinh-trang=valid';
    const { state, notices } = checkSearch(search, vocabulary);
    expect(notices).toEqual([]);
    expect(stateToSearch(state)).toBe(
      '?q=banh+cay&tinh=ha-noi%7Ehue&nganh=I&sao=5&loai=htx&tinh-trang=valid',
    );
  });

  it('reads a former province as its 2025 province, and says so', () => {
    const { state, notices } = checkSearch('?tinh=hai-duong&sao=4', vocabulary);
    expect(state.refinements).toEqual({ province: ['hai-phong'], stars: ['4'] });
    expect(notices).toEqual([{ kind: 'moved', from: 'hai-duong', to: 'hai-phong' }]);
  });

  it('merges two former provinces of one 2025 province, and a 2025 one named too', () => {
    const { state, notices } = checkSearch('?tinh=thai-binh~hung-yen~hai-duong', vocabulary);
    expect(state.refinements.province).toEqual(['hung-yen', 'hai-phong']);
    expect(notices.map((n) => n.kind)).toEqual(['moved', 'moved']);
  });

  it('every former province resolves to a 2025 province that the vocabulary knows', () => {
    for (const [former, successor] of Object.entries(vocabulary.formerProvinces)) {
      const { state } = checkSearch(`?tinh=${former}`, vocabulary);
      expect(state.refinements.province, former).toEqual([successor]);
      expect(vocabulary.values.province).toContain(successor);
    }
    expect(Object.keys(vocabulary.formerProvinces).length).toBeGreaterThan(25);
  });

  it('drops unknown values with a notice naming each, and keeps the rest', () => {
    const { state, notices } = checkSearch(
      '?q=mat+ong&tinh=atlantis~hue&sao=7~5&tinh-trang=forever&loai=htx&sap-xep=gia',
      vocabulary,
    );
    expect(state).toEqual({
      query: 'mat ong',
      refinements: { province: ['hue'], stars: ['5'], producerType: ['htx'] },
      sort: 'relevance',
      page: 1,
    });
    expect(notices).toEqual([
      { kind: 'dropped', param: 'tinh', value: 'atlantis' },
      { kind: 'dropped', param: 'sao', value: '7' },
      { kind: 'dropped', param: 'tinh-trang', value: 'forever' },
      { kind: 'dropped', param: 'sap-xep', value: 'gia' },
    ]);
  });

  it('a crafted value is dropped, named (cut short) and never passed on', () => {
    const crafted = `ha-noi" OR stars >= 0 ${'x'.repeat(60)}`;
    const { state, notices } = checkSearch(
      `?${new URLSearchParams({ tinh: crafted }).toString()}`,
      vocabulary,
    );
    expect(state.refinements).toEqual({});
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice).toMatchObject({ kind: 'dropped', param: 'tinh' });
    expect(notice?.kind === 'dropped' && notice.value.length).toBe(40);
  });

  it('an empty value or separator says nothing', () => {
    const { state, notices } = checkSearch('?tinh=&sao=~~5~', vocabulary);
    expect(notices).toEqual([]);
    expect(state.refinements).toEqual({ stars: ['5'] });
  });
});
