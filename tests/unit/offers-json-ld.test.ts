/** schema.org Offers for a product's packs and the producer's sales ContactPoint. */
import { describe, expect, it } from 'vitest';
import {
  offerAvailability,
  offersJsonLd,
  salesContactPoint,
} from '../../src/lib/seo/offers-json-ld.ts';

const ctx = {
  url: 'https://ocop.example.vn/san-pham/banh-cay/',
  seller: { name: 'HTX A', url: 'https://ocop.example.vn/chu-the/htx-a/' },
  month: 3,
  revoked: false,
  locale: 'vi' as const,
};

describe('offersJsonLd', () => {
  it('gives one Offer per pack, sold by the producer, in đồng', () => {
    const offers = offersJsonLd(
      [
        { sku: '300g', pack: 'Hộp 300 g', price: 45000, wholesale: [] },
        { sku: '1kg', pack: 'Túi 1 kg', price: 120000, wholesale: [] },
      ],
      ctx,
    );
    expect(offers).toEqual([
      {
        '@type': 'Offer',
        sku: '300g',
        name: 'Hộp 300 g',
        price: 45000,
        priceCurrency: 'VND',
        availability: 'https://schema.org/InStock',
        url: ctx.url,
        seller: { '@type': 'Organization', name: 'HTX A', url: ctx.seller.url },
      },
      expect.objectContaining({ sku: '1kg', price: 120000 }),
    ]);
  });

  it('names a pack in English on an English page where the catalogue has it', () => {
    const offers = offersJsonLd(
      [
        { sku: '300g', pack: 'Hộp 300 g', packEn: 'Box, 300 g', price: 45000, wholesale: [] },
        { sku: '1kg', pack: 'Túi 1 kg', price: 120000, wholesale: [] },
      ],
      { ...ctx, locale: 'en' },
    );
    expect(offers.map((o) => o.name)).toEqual(['Box, 300 g', 'Túi 1 kg']);
  });

  it('writes wholesale tiers as unit prices with an eligible quantity, smallest first', () => {
    const [offer] = offersJsonLd(
      [
        {
          sku: '300g',
          pack: 'Hộp 300 g',
          price: 45000,
          wholesale: [
            { minQuantity: 50, unitPrice: 38000 },
            { minQuantity: 10, unitPrice: 41000 },
          ],
        },
      ],
      { ...ctx, minOrderQuantity: 2 },
    );
    expect(offer!.eligibleQuantity).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 2,
      unitCode: 'C62',
    });
    expect(offer!.priceSpecification).toEqual([
      { '@type': 'UnitPriceSpecification', price: 45000, priceCurrency: 'VND' },
      {
        '@type': 'UnitPriceSpecification',
        price: 41000,
        priceCurrency: 'VND',
        eligibleQuantity: { '@type': 'QuantitativeValue', minValue: 10, unitCode: 'C62' },
      },
      {
        '@type': 'UnitPriceSpecification',
        price: 38000,
        priceCurrency: 'VND',
        eligibleQuantity: { '@type': 'QuantitativeValue', minValue: 50, unitCode: 'C62' },
      },
    ]);
  });

  it('is out of stock out of season and discontinued when revoked', () => {
    expect(offerAvailability({ month: 3, seasonMonths: [11, 12, 1], revoked: false })).toBe(
      'https://schema.org/OutOfStock',
    );
    expect(offerAvailability({ month: 12, seasonMonths: [11, 12, 1], revoked: false })).toBe(
      'https://schema.org/InStock',
    );
    expect(offerAvailability({ month: 12, seasonMonths: [12], revoked: true })).toBe(
      'https://schema.org/Discontinued',
    );
  });
});

describe('salesContactPoint', () => {
  const name = (slug: string) => (slug === 'ha-noi' ? 'Hà Nội' : slug);

  it('gives the telephone in E.164, the e-mail and where it delivers', () => {
    expect(
      salesContactPoint(
        {
          phone: '0912 345 678',
          email: 'ban@htxa.vn',
          orders: { accepts: true, shipsTo: ['ha-noi'], cashOnDelivery: true },
        },
        name,
      ),
    ).toEqual({
      '@type': 'ContactPoint',
      contactType: 'sales',
      telephone: '+84912345678',
      email: 'ban@htxa.vn',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Hà Nội' }],
      availableLanguage: ['vi'],
    });
  });

  it('serves the country when it ships nationwide, and is absent without phone or e-mail', () => {
    expect(
      salesContactPoint(
        {
          phone: '024 3851 2345',
          orders: { accepts: true, shipsTo: 'nationwide', cashOnDelivery: false },
        },
        name,
      ),
    ).toMatchObject({ telephone: '+842438512345', areaServed: { '@type': 'Country' } });
    expect(salesContactPoint({}, name)).toBeUndefined();
  });
});
