/**
 * `lib/english-check/`: Vietnamese text on an English page is found outside `lang="vi"`;
 * listed names (and the catalogue's English text with its own Vietnamese names) are not offences.
 */
import { describe, expect, it } from 'vitest';
import { namesInEnglish } from '../../src/lib/english-check/allowed-names.ts';
import {
  NameList,
  findVietnamese,
  hasVietnamese,
} from '../../src/lib/english-check/vietnamese-text.ts';

const names = new NameList(['Hưng Yên', 'Hải Phòng', 'HTX Dừa sáp Hòa Tân', '715/QĐ-UBND']);
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('hasVietnamese', () => {
  it('knows Vietnamese letters, not English ones', () => {
    expect(hasVietnamese('Hộp 300 g')).toBe(true);
    expect(hasVietnamese('đ')).toBe(true);
    expect(hasVietnamese('Box of 300 g')).toBe(false);
  });
});

describe('NameList', () => {
  it('covers listed names anywhere in a sentence, the longest first', () => {
    expect(names.unlisted('Formed from Hưng Yên, Hải Phòng on 1 July 2025.')).toEqual([]);
    expect(names.unlisted('Made by HTX Dừa sáp Hòa Tân (715/QĐ-UBND)')).toEqual([]);
  });

  it('leaves the other Vietnamese words', () => {
    expect(names.unlisted('Hộp 300 g, Hưng Yên')).toEqual(['hộp']);
    expect(names.unlisted('OCOP 4 sao')).toEqual([]); // "sao" has no Vietnamese letter
    expect(names.unlisted('Còn hiệu lực')).toEqual(['còn', 'hiệu', 'lực']);
  });
});

describe('findVietnamese', () => {
  it('reports text, readable attributes and metas outside lang="vi", with the element', () => {
    const found = findVietnamese(
      page(
        '<p class="note">Packaging: Hộp 300 g</p><img alt="Ảnh minh họa" src="a.jpg"><input placeholder="chè">',
        '<meta name="description" content="9 products – Tỉnh Hưng Yên">',
      ),
      names,
    );
    expect(found.map((o) => [o.element, o.where, o.words])).toEqual([
      ['meta', 'meta description', ['tỉnh']],
      ['p.note', 'text', ['hộp']],
      ['img', 'alt', ['ảnh', 'họa']],
      ['input', 'placeholder', ['chè']],
    ]);
  });

  it('lets text marked lang="vi" be, and its children', () => {
    const html = page('<p lang="vi">Hộp 300 g <b>ngon</b></p><img lang="vi" alt="Ảnh">');
    expect(findVietnamese(html, names)).toEqual([]);
  });

  it('skips scripts and code a reader copies', () => {
    const html = page(
      '<script type="application/ld+json">{"name":"Bánh"}</script><textarea>alt="Chứng nhận"</textarea>',
    );
    expect(findVietnamese(html, names)).toEqual([]);
  });

  it('fails on a Vietnamese page served as English', () => {
    expect(findVietnamese(page('<h1>Sản phẩm OCOP</h1>'), names)).toHaveLength(1);
  });
});

describe('namesInEnglish', () => {
  it('takes the Vietnamese names and terms an English text keeps', () => {
    expect(
      namesInEnglish('A workshop of Suối Giàng, home to Shan tuyết tea and macapuno (dừa sáp).'),
    ).toEqual(expect.arrayContaining(['Suối Giàng', 'tuyết', 'dừa sáp']));
  });
});
