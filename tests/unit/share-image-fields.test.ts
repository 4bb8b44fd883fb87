/**
 * What a share card shows of a certificate, and the key it is filed under: the status
 * (state and the date shown) from the one derivation, never the days left; a status change
 * changes the `?v=` version, another day with the same status does not; a producer counts only
 * products in force and says how many expired or were revoked; the alt text says the status.
 */
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { describe, expect, it } from 'vitest';
import type { Producer } from '../../src/lib/catalogue/producers.ts';
import type { Product } from '../../src/lib/catalogue/products.ts';
import { productStanding } from '../../src/lib/domain/product-standing.ts';
import type { OcopStars } from '../../src/lib/domain/stars.ts';
import { cacheFileName } from '../../src/lib/share-image/cache.ts';
import {
  canonicalJson,
  producerShareFields,
  productShareFields,
  shareImageUrl,
  shareImageVersion,
} from '../../src/lib/share-image/fields.ts';
import {
  producerPageShareImage,
  productPageShareImage,
} from '../../src/lib/share-image/page-image.ts';

const province = (slug: string) => getProvince(slug)!;

const site = 'https://ocop.example.vn';

/** Decided 15/12/2024: valid through 15/12/2027, expiring from 16/9/2027. */
const standing = (
  today: string,
  {
    stars = 4,
    revoked = false,
    decided = '2024-12-15',
  }: { decided?: string; stars?: OcopStars; revoked?: boolean } = {},
) =>
  productStanding(
    {
      province: 'hung-yen',
      category: 'I.3.b',
      certifications: [{ stars, decisionDate: decided, status: revoked ? 'revoked' : 'new' }],
    },
    today,
  );

const fieldsOn = (today: string, over: Parameters<typeof standing>[1] = {}) =>
  productShareFields({
    locale: 'vi',
    name: 'Bánh cáy làng Nguyễn',
    standing: standing(today, over),
    province: province('hung-yen'),
    producer: 'HTX Bánh cáy Nguyễn',
    category: 'I.3.b',
    photo: null,
    site,
  });

describe('productShareFields', () => {
  it('carries the state and the date shown, not the days left', () => {
    expect(fieldsOn('2026-01-01').status).toEqual({ state: 'valid', validUntil: '2027-12-15' });
    expect(fieldsOn('2027-10-01').status).toEqual({ state: 'expiring', validUntil: '2027-12-15' });
    expect(fieldsOn('2028-01-02').status).toEqual({ state: 'expired', validUntil: '2027-12-15' });
    expect(fieldsOn('2026-01-01', { revoked: true }).status.state).toBe('revoked');
    expect(Object.keys(fieldsOn('2026-01-01').status).sort()).toEqual(['state', 'validUntil']);
  });

  it('keeps its key on another day with the same status', () => {
    for (const [a, b] of [
      ['2025-01-01', '2027-09-15'], // valid both days
      ['2027-09-16', '2027-12-15'], // expiring (the last valid day included)
      ['2027-12-16', '2030-06-01'], // expired
    ]) {
      expect(shareImageVersion(fieldsOn(b!)), `${a} → ${b}`).toBe(shareImageVersion(fieldsOn(a!)));
      expect(cacheFileName(fieldsOn(b!), null)).toBe(cacheFileName(fieldsOn(a!), null));
    }
  });

  it('changes its key when the status changes: state or date shown', () => {
    const keys = [
      fieldsOn('2027-09-15'), // valid
      fieldsOn('2027-09-16'), // expiring
      fieldsOn('2027-12-16'), // expired
      fieldsOn('2026-01-01', { revoked: true }),
      fieldsOn('2026-01-01', { decided: '2024-12-16' }), // valid, another date
    ].map((f) => [shareImageVersion(f), cacheFileName(f, null)]);
    expect(new Set(keys.map(([v]) => v)).size).toBe(keys.length);
    expect(new Set(keys.map(([, c]) => c)).size).toBe(keys.length);
  });
});

describe('producerShareFields', () => {
  const producer = (today: string) =>
    producerShareFields({
      locale: 'vi',
      name: 'HTX Bánh cáy Nguyễn',
      type: 'Hợp tác xã',
      province: province('hung-yen'),
      products: [
        standing(today, { stars: 5 }),
        standing(today, { stars: 4, decided: '2023-01-10' }),
        standing(today, { stars: 3, revoked: true }),
      ],
      site,
    });

  it('counts only products in force; expired and revoked ones apart', () => {
    // 10/1/2023 + 36 months = 10/1/2026: expiring on 1/1/2026, expired on 11/1/2026.
    expect(producer('2026-01-01')).toMatchObject({
      stars: { 5: 1, 4: 1, 3: 0 },
      expired: 0,
      revoked: 1,
    });
    expect(producer('2026-01-11')).toMatchObject({
      stars: { 5: 1, 4: 0, 3: 0 },
      expired: 1,
      revoked: 1,
    });
  });

  it('changes its key when a product expires, not on another day', () => {
    expect(shareImageVersion(producer('2025-03-01'))).toBe(
      shareImageVersion(producer('2026-01-01')),
    );
    expect(shareImageVersion(producer('2026-01-11'))).not.toBe(
      shareImageVersion(producer('2026-01-01')),
    );
  });
});

describe('the English card', () => {
  const fields = (locale: 'vi' | 'en', nameEn?: string, name = 'Bánh cáy làng Nguyễn') =>
    productShareFields({
      locale,
      name,
      nameEn,
      standing: standing('2026-01-01'),
      province: province('hung-yen'),
      producer: 'HTX Bánh cáy Nguyễn',
      category: 'I.3.b',
      photo: null,
      site,
    });

  it('names the product in English with the certified name under it, the province in English', () => {
    expect(fields('en', 'Nguyen village cay cake')).toMatchObject({
      locale: 'en',
      name: 'Nguyen village cay cake',
      certifiedName: 'Bánh cáy làng Nguyễn',
      province: 'Hưng Yên Province',
    });
    // No English name: the certified one, once.
    expect(fields('en')).toMatchObject({ name: 'Bánh cáy làng Nguyễn', certifiedName: null });
    // The Vietnamese card is as it was: the certified name, the province's short name.
    expect(fields('vi', 'Nguyen village cay cake')).toMatchObject({
      locale: 'vi',
      name: 'Bánh cáy làng Nguyễn',
      certifiedName: null,
      province: 'Hưng Yên',
    });
    expect(
      producerShareFields({
        locale: 'en',
        name: 'HTX Bánh cáy Nguyễn',
        type: 'Cooperative',
        province: province('hai-phong'),
        products: [],
        site,
      }).province,
    ).toBe('Hải Phòng City');
  });

  it('is keyed apart from the Vietnamese card, and its ?v= follows the English words', () => {
    const vi = fields('vi', 'Nguyen village cay cake');
    const en = fields('en', 'Nguyen village cay cake');
    expect(cacheFileName(en, null)).not.toBe(cacheFileName(vi, null));
    expect(shareImageUrl(en, 'f4mpg6')).toMatch(/^\/og\/en\/p\/f4mpg6\.jpg\?v=[0-9a-f]{8}$/);
    expect(shareImageUrl(vi, 'f4mpg6')).toMatch(/^\/og\/p\/f4mpg6\.jpg\?v=[0-9a-f]{8}$/);
    // Another English name: the English card changes, the Vietnamese one does not.
    expect(shareImageVersion(fields('en', 'Cay cake'))).not.toBe(shareImageVersion(en));
    expect(shareImageVersion(fields('vi', 'Cay cake'))).toBe(shareImageVersion(vi));
  });
});

describe('alt text of the page image', () => {
  const product = (today: string, revoked = false) => {
    const s = standing(today, { revoked });
    return {
      data: { name: 'Bánh cáy làng Nguyễn', code: 'f4mpg6', category: 'I.3.b', images: [] },
      province: s.province,
      stars: s.stars,
      status: s.status,
      inForce: s.inForce,
    } as unknown as Product;
  };
  const producer = {
    data: { name: 'HTX Bánh cáy Nguyễn', code: '6y4qm8', type: 'htx' },
    province: { name: 'Hưng Yên' },
  } as unknown as Producer;

  it('says the status in both languages', () => {
    const alt = (today: string, locale: 'vi' | 'en', revoked = false) =>
      productPageShareImage(product(today, revoked), producer, site, locale).alt;
    expect(alt('2026-01-01', 'vi')).toBe(
      'Bánh cáy làng Nguyễn, Hưng Yên: OCOP 4 sao · Còn hiệu lực đến 15/12/2027',
    );
    expect(alt('2028-01-02', 'vi')).toBe(
      'Bánh cáy làng Nguyễn, Hưng Yên: OCOP 4 sao · Đã hết hạn ngày 15/12/2027',
    );
    expect(alt('2027-10-01', 'en')).toContain('Expiring soon: valid until');
    expect(alt('2028-01-02', 'en')).toContain('Expired on');
    expect(alt('2026-01-01', 'vi', true)).toContain('Chứng nhận đã bị thu hồi');
    expect(alt('2026-01-01', 'en', true)).toContain('Certificate revoked');
  });

  it('changes the og:image URL when the product expires', () => {
    const src = (today: string) => productPageShareImage(product(today), producer, site, 'vi').src;
    expect(src('2026-01-01')).toBe(src('2027-01-01'));
    expect(src('2028-01-02')).not.toBe(src('2026-01-01'));
    expect(src('2028-01-02')).toMatch(/^\/og\/p\/f4mpg6\.jpg\?v=[0-9a-f]{8}$/);
  });

  it('points an English page at the English card, its alt in English', () => {
    const image = productPageShareImage(product('2026-01-01'), producer, site, 'en');
    expect(image.src).toMatch(/^\/og\/en\/p\/f4mpg6\.jpg\?v=[0-9a-f]{8}$/);
    expect(image.alt).toBe(
      'Bánh cáy làng Nguyễn, Hưng Yên: OCOP 4 stars · Valid until 15 Dec 2027',
    );
    expect(producerPageShareImage(producer, [], site, 'en').src).toMatch(
      /^\/og\/en\/c\/6y4qm8\.jpg\?v=[0-9a-f]{8}$/,
    );
  });

  it("says a producer's products in force, and the expired and revoked ones, in words", () => {
    const products = [
      product('2028-01-02'),
      product('2026-01-01', true),
      { ...product('2026-01-01'), stars: 5 } as Product,
    ];
    expect(producerPageShareImage(producer, products, site, 'vi').alt).toBe(
      'HTX Bánh cáy Nguyễn, Hưng Yên: 1 sản phẩm OCOP còn hiệu lực, 1 sản phẩm đã hết hạn, ' +
        '1 sản phẩm bị thu hồi chứng nhận',
    );
    expect(producerPageShareImage(producer, products, site, 'en').alt).toBe(
      'HTX Bánh cáy Nguyễn, Hưng Yên: 1 OCOP product in force, 1 expired, 1 with certificate revoked',
    );
  });
});

describe('canonicalJson', () => {
  /** What it must equal: `JSON.stringify` with every object's keys sorted by a replacer. */
  const sorted = (value: unknown) =>
    JSON.stringify(value, (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    );

  it('writes what JSON.stringify writes with keys sorted, nested, skipped and null alike', () => {
    const value = [
      4,
      { b: 1, a: { d: [1, undefined, 'x'], c: null }, Z: 'Đ', é: true, u: undefined },
      'render-2',
      [{ y: 2, x: 1 }],
    ];
    expect(canonicalJson(value)).toBe(sorted(value));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it("keeps a card's version (no page's ?v= changed by the rewrite)", () => {
    const product = productShareFields({
      locale: 'en',
      name: 'Bánh cáy làng Nguyễn',
      nameEn: 'Nguyen village cay cake',
      standing: { stars: 4, status: { state: 'valid', validUntil: '2027-12-15' }, inForce: true },
      province: getProvince('hung-yen')!,
      producer: 'Xưởng bánh kẹo Thiên Đức',
      category: 'I.3.b',
      photo: 'banh-cay-lang-nguyen.jpg',
      site: 'https://ocop.example.vn',
    });
    // Computed with the sorting replacer before the rewrite.
    expect(shareImageVersion(product)).toBe('b5042fb4');
  });
});
