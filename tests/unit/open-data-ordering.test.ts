/**
 * The ordering columns of the open data: products' offers, minimum order and season;
 * producers' Zalo, Facebook, shops and terms — and never a bank account number.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { PRODUCER_COLUMNS, PRODUCT_COLUMNS } from '../../src/lib/open-data/columns.ts';
import {
  csvFile,
  producerRecords,
  PRODUCERS_DATASET,
  productRecords,
  PRODUCTS_DATASET,
  type ProducerInput,
  type ProductInput,
} from '../../src/lib/open-data/rows.ts';

const context = { site: 'https://ocop.example.vn', buildDate: '2026-03-01' };
const hungYen = getProvince('hung-yen')!;

const producer = (more: Partial<ProducerInput['data']> = {}): ProducerInput => ({
  slug: 'htx-a',
  province: hungYen,
  data: { code: 'a2b3c4', name: 'HTX A', type: 'htx', ...more },
});

const product = (more: Partial<ProductInput['data']> = {}): ProductInput => ({
  slug: 'banh-cay',
  producerSlug: 'htx-a',
  province: hungYen,
  data: {
    code: 'd5e6f7',
    name: 'Bánh cáy',
    category: 'I.3.b',
    certifications: [
      {
        stars: 4,
        potentialFiveStar: false,
        level: 'province',
        decision: '1/QĐ-UBND',
        decisionDate: '2025-01-10',
        issuer: 'UBND tỉnh Hưng Yên',
        status: 'new',
      },
    ],
    ...more,
  },
});

describe('the products file: offers, minimum order, season', () => {
  it('adds the three columns after short_url (later columns come after them)', () => {
    const names = PRODUCT_COLUMNS.map((c) => c.name);
    expect(names.slice(names.indexOf('short_url'), names.indexOf('season_months') + 1)).toEqual([
      'short_url',
      'offers',
      'min_order_quantity',
      'season_months',
    ]);
  });

  it('writes offers as JSON text that reads back to the packs, prices and wholesale tiers', () => {
    const [row] = productRecords(
      [
        product({
          offers: [
            {
              sku: '300g',
              pack: 'Hộp 300 g',
              packEn: 'Box, 300 g',
              price: 45000,
              wholesale: [{ minQuantity: 10, unitPrice: 41000 }],
            },
            { sku: 'tui-1kg', pack: 'Túi 1 kg, "loại 1"', price: 120000, wholesale: [] },
          ],
          minOrderQuantity: 2,
          season: { months: [11, 12, 1] },
        }),
      ],
      [producer()],
      context,
    );
    expect(row!['min_order_quantity']).toBe(2);
    expect(row!['season_months']).toBe('11;12;1');
    const csv = csvFile(PRODUCTS_DATASET, [row!]);
    const [parsed] = parse<Record<string, string>>(csv, { columns: true });
    expect(JSON.parse(parsed!['offers']!)).toEqual([
      {
        sku: '300g',
        pack: 'Hộp 300 g',
        pack_en: 'Box, 300 g',
        price: 45000,
        wholesale: [[10, 41000]],
      },
      { sku: 'tui-1kg', pack: 'Túi 1 kg, "loại 1"', price: 120000, wholesale: [] },
    ]);
  });

  it('leaves the columns empty for a product that offers nothing', () => {
    const [row] = productRecords([product()], [producer()], context);
    expect(row).toMatchObject({ offers: null, min_order_quantity: null, season_months: null });
  });
});

describe('the producers file: contact and terms, no bank account', () => {
  const terms: NonNullable<ProducerInput['data']['orders']> = {
    accepts: true,
    shipsTo: ['ha-noi', 'hung-yen'],
    leadTimeDays: { min: 1, max: 3 },
    minOrderValue: 200000,
    cashOnDelivery: true,
    bankTransfer: { bin: '970436', accountNumber: '0011004455667', accountName: 'HTX A' },
  };

  it('adds the ordering columns after short_url (later columns come after them)', () => {
    const names = PRODUCER_COLUMNS.map((c) => c.name);
    expect(names.slice(names.indexOf('short_url') + 1, names.indexOf('bank_transfer') + 1)).toEqual(
      [
        'zalo',
        'facebook',
        'shops',
        'takes_orders',
        'ships_to',
        'lead_time_days',
        'min_order_value',
        'cash_on_delivery',
        'bank_transfer',
      ],
    );
  });

  it('writes the terms, and only whether it takes transfers', () => {
    const [row] = producerRecords(
      [
        producer({
          zalo: '0912 345 678',
          facebook: 'https://www.facebook.com/htxa',
          shops: [{ platform: 'shopee', url: 'https://shopee.vn/htxa' }],
          orders: terms,
        }),
      ],
      [],
      context,
    );
    expect(row).toMatchObject({
      zalo: '0912 345 678',
      facebook: 'https://www.facebook.com/htxa',
      shops: '[{"platform":"shopee","url":"https://shopee.vn/htxa"}]',
      takes_orders: true,
      ships_to: 'ha-noi;hung-yen',
      lead_time_days: '1-3',
      min_order_value: 200000,
      cash_on_delivery: true,
      bank_transfer: true,
    });
    const csv = csvFile(PRODUCERS_DATASET, [row!]);
    expect(csv).not.toContain('0011004455667');
    expect(JSON.stringify(row)).not.toContain('0011004455667');
  });

  it('says "nationwide", and leaves the terms empty when none were published', () => {
    const { bankTransfer: _bank, ...withoutBank } = terms;
    const [withTerms, without] = producerRecords(
      [
        producer({ orders: { ...withoutBank, shipsTo: 'nationwide' } }),
        { ...producer(), slug: 'htx-b' },
      ],
      [],
      context,
    );
    expect(withTerms).toMatchObject({ ships_to: 'nationwide', bank_transfer: false });
    expect(without).toMatchObject({
      takes_orders: null,
      ships_to: null,
      cash_on_delivery: null,
      bank_transfer: null,
      shops: null,
    });
  });

  it('declares the new columns with their types in the Data Package', () => {
    expect(PRODUCERS_DATASET.types).toMatchObject({
      takes_orders: 'boolean',
      cash_on_delivery: 'boolean',
      bank_transfer: 'boolean',
      min_order_value: 'integer',
    });
    expect(PRODUCTS_DATASET.types).toMatchObject({ min_order_quantity: 'integer' });
  });
});
