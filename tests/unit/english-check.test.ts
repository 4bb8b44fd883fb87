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

  it('covers a name cut short with an ellipsis at the end of the text, not elsewhere', () => {
    const list = new NameList(['Ea Tiêu plain-roasted coffee (sample)']);
    expect(list.unlisted('Ea Tiêu plain-roasted coffee…')).toEqual([]);
    expect(list.unlisted('Ea Tiêu plain-roasted coff…')).toEqual([]);
    expect(list.unlisted('Ea Tiêu plain-roasted coffee')).toEqual(['tiêu']);
    expect(list.unlisted('Ea Tiêu… and more')).toEqual(['tiêu']);
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
      '<script>const label = "Bánh";</script><textarea>alt="Chứng nhận"</textarea>',
    );
    expect(findVietnamese(html, names)).toEqual([]);
  });

  it('reads the title element', () => {
    const found = findVietnamese(page('', '<title>Sản phẩm OCOP | Hưng Yên</title>'), names);
    expect(found.map((o) => [o.element, o.where, o.words])).toEqual([
      ['title', 'text', ['sản', 'phẩm']],
    ]);
  });
});

describe('findVietnamese: JSON-LD', () => {
  const jsonLd = (value: unknown) =>
    page('', `<script type="application/ld+json">${JSON.stringify(value)}</script>`);
  const product = {
    '@type': 'Product',
    name: 'Nguyen village sticky rice bar',
    alternateName: 'Bánh gạo nếp làng Nguyễn',
    offers: [{ '@type': 'Offer', name: 'Hộp 300 g', url: 'https://x.example/san-pham/bánh/' }],
    manufacturer: { '@type': 'Organization', name: 'HTX Dừa sáp Hòa Tân' },
  };

  it('names the path of a Vietnamese string the site wrote', () => {
    expect(findVietnamese(jsonLd(product), names)).toEqual([
      {
        text: 'Hộp 300 g',
        element: 'script',
        where: 'json-ld $.offers[0].name',
        words: ['hộp'],
      },
    ]);
  });

  it('lets be a catalogue value without English, a listed name, alternateName and @language vi', () => {
    expect(findVietnamese(jsonLd(product), names, new Set(['Hộp 300 g']))).toEqual([]);
    const marked = { ...product, offers: [{ name: { '@value': 'Hộp 300 g', '@language': 'vi' } }] };
    expect(findVietnamese(jsonLd(marked), names)).toEqual([]);
  });

  it('reports JSON-LD that does not parse', () => {
    const found = findVietnamese(
      page('', '<script type="application/ld+json">{"name":</script>'),
      names,
    );
    expect(found.map((o) => o.where)).toEqual(['json-ld']);
  });
});

describe('findVietnamese: words scripts fill in later', () => {
  it('reads data-strings tables key by key and data-template texts', () => {
    const strings = JSON.stringify({ total: 'Total', tooMuch: 'More than 10 billion đồng' });
    const found = findVietnamese(
      page(
        `<div data-cart data-strings="${strings.replaceAll('"', '&quot;')}"></div>` +
          '<span data-template="Còn {n} ngày" data-template-one="{n} day left"></span>',
      ),
      names,
    );
    expect(found.map((o) => [o.element, o.where, o.words])).toEqual([
      ['div[data-cart]', 'data-strings.tooMuch', ['đồng']],
      ['span[data-template]', 'data-template', ['còn', 'ngày']],
    ]);
  });

  it('reads inside <template>, saying so', () => {
    const found = findVietnamese(
      page('<template data-row><p class="x">Số lượng</p><img alt="Ảnh"></template>'),
      names,
    );
    expect(found.map((o) => [o.element, o.where])).toEqual([
      ['p.x', 'template text'],
      ['img', 'template alt'],
    ]);
  });

  it('lets lang="vi" and listed names be, and skips Astro’s image hints', () => {
    const html = page(
      '<span lang="vi" data-template="Còn {n} ngày"></span>' +
        '<button data-title="HTX Dừa sáp Hòa Tân, Hưng Yên"></button>' +
        '<template lang="vi"><p>Số lượng</p></template>' +
        '<img alt="" data-astro-image-fit="cover-ảnh">',
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

  it('does not take one word of a name for a term that may stand anywhere', () => {
    const found = namesInEnglish('Duck eggs from Đồng Rui, Quảng Ninh.');
    expect(found).toEqual(expect.arrayContaining(['Đồng Rui', 'Quảng Ninh']));
    expect(found).not.toContain('Đồng');
    expect(new NameList(found).unlisted('at most 10 billion đồng')).toEqual(['đồng']);
  });
});
