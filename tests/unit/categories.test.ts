import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_TREE,
  categoryPath,
  getCategory,
  getCategoryBySlug,
  LEAF_CATEGORIES,
  LEAF_CODES,
  leavesUnder,
  mapLegacy1048,
} from '../../src/lib/domain/categories.ts';
import { SLUG_PATTERN } from '../../src/lib/domain/vietnamese.ts';

describe('the Decision 148 tree', () => {
  it('has 6 top groups I … VI', () => {
    expect(CATEGORY_TREE.map((c) => c.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(CATEGORIES.filter((c) => c.depth === 1)).toHaveLength(6);
  });

  it('has 26 leaves', () => {
    expect(LEAF_CATEGORIES).toHaveLength(26);
    expect(LEAF_CODES).toHaveLength(26);
    expect(new Set(LEAF_CODES).size).toBe(26);
    expect(LEAF_CODES[0]).toBe('I.1.a');
    expect(LEAF_CODES.at(-1)).toBe('VI.1');
  });

  it('leaves are exactly the nodes without children', () => {
    for (const c of CATEGORIES) {
      expect(c.isLeaf, c.code).toBe(!c.children?.length);
    }
    expect(getCategory('I')?.isLeaf).toBe(false);
    expect(getCategory('I.3')?.isLeaf).toBe(false);
    expect(getCategory('I.3.b')?.isLeaf).toBe(true);
    expect(getCategory('I.6')?.isLeaf).toBe(true);
  });

  it('depth and parent follow the code', () => {
    for (const c of CATEGORIES) {
      const parts = c.code.split('.');
      expect(c.depth, c.code).toBe(parts.length);
      expect(c.parent, c.code).toBe(parts.length > 1 ? parts.slice(0, -1).join('.') : undefined);
    }
  });

  it('slugs are unique and valid; codes are unique', () => {
    const slugs = CATEGORIES.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(SLUG_PATTERN);
    const codes = CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('getCategoryBySlug finds the same node as getCategory', () => {
    for (const c of CATEGORIES) expect(getCategoryBySlug(c.slug)?.code).toBe(c.code);
    expect(getCategoryBySlug('khong-co')).toBeUndefined();
    expect(getCategory('I.9')).toBeUndefined();
  });
});

describe('categoryPath', () => {
  it('I.3.b → [I, I.3, I.3.b]', () => {
    expect(categoryPath('I.3.b').map((c) => c.code)).toEqual(['I', 'I.3', 'I.3.b']);
  });

  it('a two-level leaf and a top group', () => {
    expect(categoryPath('IV.2').map((c) => c.code)).toEqual(['IV', 'IV.2']);
    expect(categoryPath('VI').map((c) => c.code)).toEqual(['VI']);
  });

  it('an unknown code has an empty path', () => {
    expect(categoryPath('I.9')).toEqual([]);
    expect(categoryPath('')).toEqual([]);
  });
});

describe('leavesUnder', () => {
  it('I has 13 leaves, none from II', () => {
    const leaves = leavesUnder('I');
    expect(leaves).toHaveLength(13);
    expect(leaves.every((c) => c.startsWith('I.'))).toBe(true);
    expect(leaves.some((c) => c.startsWith('II'))).toBe(false);
    expect(leaves).toContain('I.6');
  });

  it('II, III, IV, V, VI have 4, 3, 2, 3, 1 leaves', () => {
    expect(['II', 'III', 'IV', 'V', 'VI'].map((c) => leavesUnder(c).length)).toEqual([
      4, 3, 2, 3, 1,
    ]);
  });

  it('lists the leaves of a nhóm, and a leaf is its own only leaf', () => {
    expect(leavesUnder('I.3')).toEqual(['I.3.a', 'I.3.b', 'I.3.c', 'I.3.d']);
    expect(leavesUnder('I.3.b')).toEqual(['I.3.b']);
    expect(leavesUnder('V')).not.toContain('VI.1');
  });

  it('an unknown code has no leaves', () => {
    expect(leavesUnder('VII')).toEqual([]);
  });
});

describe('mapLegacy1048', () => {
  it.each([
    ['Vải và may mặc', 'IV.2'],
    ['Vai va may mac', 'IV.2'],
    ['VẢI VÀ MAY MẶC', 'IV.2'],
    ['  Vải  và may mặc ', 'IV.2'],
    ['Vải và may mặc'.normalize('NFD'), 'IV.2'],
    ['Lưu niệm - nội thất - trang trí', 'IV.1'],
    ['Lưu niệm – nội thất – trang trí', 'IV.1'],
    ['Luu niem – noi that – trang tri', 'IV.1'],
    ['Thực phẩm', 'I'],
    ['Đồ uống', 'II'],
    ['Thảo dược', 'III'],
    ['Dịch vụ du lịch nông thôn, bán hàng', 'VI.1'],
  ])('%j → %s', (name, code) => {
    expect(mapLegacy1048(name)).toBe(code);
  });

  it('every mapping target is a real 148 code', () => {
    for (const name of ['Thực phẩm', 'Đồ uống', 'Thảo dược', 'Vải và may mặc']) {
      expect(getCategory(mapLegacy1048(name)!)).toBeDefined();
    }
  });

  it('unknown names map to undefined', () => {
    expect(mapLegacy1048('Vải')).toBeUndefined();
    expect(mapLegacy1048('Điện tử')).toBeUndefined();
    expect(mapLegacy1048('')).toBeUndefined();
  });
});
