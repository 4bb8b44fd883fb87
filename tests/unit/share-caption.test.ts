import { describe, expect, it } from 'vitest';
import { certificateStatus } from '../../src/lib/domain/certificate-status.ts';
import { producerCaption, productCaption } from '../../src/lib/share/caption.ts';
import { facebookShareUrl } from '../../src/lib/share/share-links.ts';

/** Decided 15/12/2024: valid through 15/12/2027. */
const status = (today: string, revoked = false) =>
  certificateStatus({ decisionDate: '2024-12-15', status: revoked ? 'revoked' : 'new' }, today);
const product = (today: string, revoked = false) => ({
  name: 'Bánh cáy làng Nguyễn',
  producerName: 'HTX Bánh cáy Nguyễn',
  provinceName: 'Hưng Yên',
  stars: 4,
  status: status(today, revoked),
  shortUrl: 'https://ocop.example.vn/p/k7q2m4/',
});

describe('productCaption', () => {
  it('valid: stars, name, producer, province, end date and the short URL', () => {
    expect(productCaption(product('2026-01-01'))).toBe(
      'Sản phẩm OCOP 4 sao Bánh cáy làng Nguyễn của HTX Bánh cáy Nguyễn, Hưng Yên. ' +
        'Chứng nhận còn hiệu lực đến 15/12/2027. Xem và kiểm tra: https://ocop.example.vn/p/k7q2m4/',
    );
  });

  it('expiring (including the last valid day): still valid, and says it ends soon', () => {
    for (const today of ['2027-09-16', '2027-12-15']) {
      expect(productCaption(product(today))).toBe(
        'Sản phẩm OCOP 4 sao Bánh cáy làng Nguyễn của HTX Bánh cáy Nguyễn, Hưng Yên. ' +
          'Chứng nhận còn hiệu lực đến 15/12/2027 (sắp hết hạn). Xem và kiểm tra: https://ocop.example.vn/p/k7q2m4/',
      );
    }
  });

  it('expired (from the day after): never claims validity, gives the day it ended', () => {
    const text = productCaption(product('2027-12-16'));
    expect(text).toBe(
      'Sản phẩm Bánh cáy làng Nguyễn của HTX Bánh cáy Nguyễn, Hưng Yên. ' +
        'Chứng nhận OCOP 4 sao đã hết hạn ngày 15/12/2027. Xem và kiểm tra: https://ocop.example.vn/p/k7q2m4/',
    );
    expect(text).not.toContain('còn hiệu lực');
    expect(text).not.toMatch(/^Sản phẩm OCOP/);
  });

  it('revoked: says so, with no validity and no end date', () => {
    const text = productCaption(product('2026-01-01', true));
    expect(text).toBe(
      'Sản phẩm Bánh cáy làng Nguyễn của HTX Bánh cáy Nguyễn, Hưng Yên. ' +
        'Chứng nhận OCOP 4 sao của sản phẩm này đã bị thu hồi. Xem và kiểm tra: https://ocop.example.vn/p/k7q2m4/',
    );
    expect(text).not.toContain('hiệu lực');
    expect(text).not.toContain('2027');
  });
});

describe('producerCaption', () => {
  const base = {
    name: 'HTX Bánh cáy Nguyễn',
    provinceName: 'Hưng Yên',
    shortUrl: 'https://ocop.example.vn/c/abc123/',
  };

  it('lists only the products whose certificate still stands', () => {
    const text = producerCaption({
      ...base,
      products: [
        { name: 'Bánh cáy', stars: 4, status: status('2026-01-01') },
        { name: 'Chè lam', stars: 3, status: status('2027-12-15') },
        { name: 'Mứt gừng', stars: 3, status: status('2028-01-01') },
        { name: 'Kẹo lạc', stars: 5, status: status('2026-01-01', true) },
      ],
    });
    expect(text).toBe(
      'HTX Bánh cáy Nguyễn, Hưng Yên: 2 sản phẩm OCOP có chứng nhận còn hiệu lực: ' +
        'Bánh cáy (4 sao); Chè lam (3 sao). Xem và kiểm tra: https://ocop.example.vn/c/abc123/',
    );
  });

  it('says plainly when no certificate stands', () => {
    const text = producerCaption({
      ...base,
      products: [{ name: 'Mứt gừng', stars: 3, status: status('2028-01-01') }],
    });
    expect(text).toBe(
      'HTX Bánh cáy Nguyễn, Hưng Yên. Hiện chưa có sản phẩm nào có chứng nhận OCOP còn hiệu lực. ' +
        'Xem và kiểm tra: https://ocop.example.vn/c/abc123/',
    );
  });
});

describe('captions in English', () => {
  const en = (today: string, revoked = false) => ({
    ...product(today, revoked),
    name: 'Nguyen village cay cake',
    provinceName: 'Hưng Yên Province',
    shortUrl: 'https://ocop.example.vn/en/p/k7q2m4/',
  });
  const check = ' See and check: https://ocop.example.vn/en/p/k7q2m4/';

  it('says each status in English, with English dates, never calling a lapsed one valid', () => {
    expect(productCaption(en('2026-01-01'), 'en')).toBe(
      'OCOP 4-star product Nguyen village cay cake by HTX Bánh cáy Nguyễn, Hưng Yên Province. ' +
        `Certificate valid until 15 Dec 2027.${check}`,
    );
    expect(productCaption(en('2027-12-15'), 'en')).toBe(
      'OCOP 4-star product Nguyen village cay cake by HTX Bánh cáy Nguyễn, Hưng Yên Province. ' +
        `Certificate valid until 15 Dec 2027 (expiring soon).${check}`,
    );
    const expired = productCaption(en('2027-12-16'), 'en');
    expect(expired).toBe(
      'Nguyen village cay cake by HTX Bánh cáy Nguyễn, Hưng Yên Province. ' +
        `Its OCOP 4-star certificate expired on 15 Dec 2027.${check}`,
    );
    const revoked = productCaption(en('2026-01-01', true), 'en');
    expect(revoked).toBe(
      'Nguyen village cay cake by HTX Bánh cáy Nguyễn, Hưng Yên Province. ' +
        `The OCOP 4-star certificate of this product was revoked.${check}`,
    );
    for (const text of [expired, revoked]) expect(text).not.toMatch(/valid|^OCOP/);
  });

  it("lists a producer's products in force in English, with a plural that agrees", () => {
    const base = {
      name: 'HTX Bánh cáy Nguyễn',
      provinceName: 'Hưng Yên Province',
      shortUrl: 'https://ocop.example.vn/en/c/abc123/',
    };
    expect(
      producerCaption(
        {
          ...base,
          products: [
            { name: 'Cay cake', stars: 4, status: status('2026-01-01') },
            { name: 'Ginger jam', stars: 3, status: status('2028-01-01') },
          ],
        },
        'en',
      ),
    ).toBe(
      'HTX Bánh cáy Nguyễn, Hưng Yên Province: 1 OCOP product with a certificate in force: ' +
        'Cay cake (4 stars). See and check: https://ocop.example.vn/en/c/abc123/',
    );
    expect(
      producerCaption(
        { ...base, products: [{ name: 'Ginger jam', stars: 3, status: status('2028-01-01') }] },
        'en',
      ),
    ).toBe(
      'HTX Bánh cáy Nguyễn, Hưng Yên Province. No product has an OCOP certificate in force at present. ' +
        'See and check: https://ocop.example.vn/en/c/abc123/',
    );
  });
});

describe('facebookShareUrl', () => {
  it('percent-encodes the whole page URL into the sharer', () => {
    expect(facebookShareUrl('https://ocop.example.vn/en/san-pham/bánh-cáy/?a=1&b=2')).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Focop.example.vn%2Fen%2Fsan-pham%2Fb%C3%A1nh-c%C3%A1y%2F%3Fa%3D1%26b%3D2',
    );
  });
});
