/**
 * `match.ts` (with `match-word.ts`): which documents a query's terms match and how they rank,
 * through the engine on a small index: descriptions, typos, words run together, synonyms.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS, serveIndex } from '../support/fallback-index.ts';

const ROWS = SAMPLE_ROWS;

const served = serveIndex(ROWS);
const engine = served.engine();
const names = async (query: string) =>
  (await engine.search({ query, hitsPerPage: 50 })).hits.map((h) => h.name);

describe('descriptions', () => {
  it('a word only in a description finds the product, after the products that name it', async () => {
    expect(await names('shan tuyet')).toEqual(['Chè Shan tuyết Suối Giàng', 'Trà xanh Phìn Hồ']);
    expect(await names('nui cao')).toEqual(['Trà xanh Phìn Hồ']);
  });

  it('searches only the first sentence of a description, as Meilisearch does', async () => {
    // "Ướp hoa nhài." is the second sentence: not searched.
    expect(await names('hoa nhai')).toEqual([]);
  });
});

describe('typos (Meilisearch rule)', () => {
  const nguyen = ['Bánh cáy làng Nguyễn', 'Cà phê bột nguyên chất', 'Chè Bình Sơn'].sort();

  it('allows one typo from 5 letters', async () => {
    expect((await names('nguyeen ')).sort()).toEqual(nguyen);
    // Two neighbours swapped are one typo; so is the word being typed ("nguyne" → "nguyen…").
    expect((await names('nguyne ')).sort()).toEqual(nguyen);
    expect((await names('ngyen')).sort()).toEqual(nguyen);
    // Two typos at 7 letters are too many.
    expect(await names('nguyeeen ')).toEqual([]);
  });

  it('allows none under 5 letters', async () => {
    expect(await names('nhan ')).toHaveLength(2);
    expect(await names('nhab ')).toEqual([]);
    expect(await names('dieu ')).toEqual(['Hạt điều rang muối']);
    expect(await names('dieo ')).toEqual([]);
  });

  it('allows two from 9 letters, not three', async () => {
    expect(await names('crisantha ')).toEqual(['Trà hoa vàng chrysantha']);
    expect(await names('krisantha ')).toEqual([]);
  });

  it('counts a typo on the first letter as two', async () => {
    // 5–8 letters: the first letter must be right.
    expect(await names('mguyen ')).toEqual([]);
    // 9 letters or more: one edit on the first letter is all the budget.
    expect(await names('xhrysantha ')).toEqual(['Trà hoa vàng chrysantha']);
    expect(await names('xhrysanthx ')).toEqual([]);
  });

  it('ranks fewer typos first, whatever the stars', async () => {
    // One typo from "chrysanthum" (3★), two from "chrysantha" (5★).
    expect(await names('chrysanthuma ')).toEqual([
      'Hoa cúc chrysanthum',
      'Trà hoa vàng chrysantha',
    ]);
  });

  it('never matches category words a typo away (Meilisearch: disableOnAttributes)', async () => {
    // "Chế biến…" names the I.3 categories: "bieen" is one typo from "bien".
    expect(await names('bieen ')).toEqual([]);
    expect((await names('bien ')).length).toBeGreaterThan(0);
  });

  it('ranks a word matched as typed above words a typo away (no typo search then)', async () => {
    // "chrysantha" is in the index: its neighbour "chrysanthum" (two away) is not searched.
    expect(await names('chrysantha ')).toEqual(['Trà hoa vàng chrysantha']);
  });
});

describe('words run together', () => {
  it('finds "hatsen" (as the page sends "hat sen", which looks like a code) as two words', async () => {
    expect(await names('hatsen')).toEqual(['Hạt sen sấy']);
    expect(await names('hat sen')).toEqual(['Hạt sen sấy']);
  });
});

describe('synonyms', () => {
  it('a former province name finds its 2025 successor, its own products first', async () => {
    const list = await names('thai binh');
    expect(list[0]).toBe('Bánh cáy làng Nguyễn');
    expect(list.slice(0, 3).sort()).toEqual(
      ['Bánh cáy làng Nguyễn', 'Mật ong hoa nhãn', 'Nhãn lồng Hưng Yên'].sort(),
    );
    // "Chè Bình Sơn" (Thái Nguyên, 5★) has both words, scattered: after the successor.
    expect(list.at(-1)).toBe('Chè Bình Sơn');
  });

  it('a synonym of several words matches only as a phrase, as in Meilisearch', async () => {
    // "Bắc Kạn" → "Thái Nguyên": the Thái Nguyên tea, not "…làng Nguyễn" from (former) Thái Bình.
    expect(await names('bac kan')).toEqual(['Chè Bình Sơn']);
  });

  it('chè ↔ trà through the names (aliases), not "chế" of "Thực phẩm chế biến"', async () => {
    const teas = ['Chè Bình Sơn', 'Chè Shan tuyết Suối Giàng', 'Trà hoa vàng chrysantha'];
    expect((await names('tra ')).sort()).toEqual([...teas, 'Trà xanh Phìn Hồ'].sort());
    // Typed without marks, "che" is also "chế": the teas are among its hits.
    expect(await names('che ')).toEqual(expect.arrayContaining([...teas, 'Trà xanh Phìn Hồ']));
  });

  it('everyday synonyms match both ways, as typed first', async () => {
    expect(await names('cafe')).toEqual(['Cà phê bột nguyên chất']);
    expect(await names('tra shan tuyet')).toEqual([
      'Chè Shan tuyết Suối Giàng',
      'Trà xanh Phìn Hồ',
    ]);
  });
});
