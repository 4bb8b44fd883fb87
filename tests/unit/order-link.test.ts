import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeOrder,
  encodeOrder,
  MAX_ORDER_PARAM_LENGTH,
  newOrderReference,
  type EncodedOrder,
} from '../../src/lib/order/order-link.ts';

const order: EncodedOrder = {
  reference: 'DH7K2QAB',
  producer: 'raeqe9',
  lines: [
    { code: 'f4mpg6', sku: '300g', quantity: 2, unitPrice: 45_000 },
    { code: 'x7k2m4', sku: 'chai-500ml', quantity: 12, unitPrice: 120_000 },
  ],
};

describe('order links', () => {
  it('encode to unreserved URL characters only and decode to the same order', () => {
    const param = encodeOrder(order);
    expect(param).toBe('1~DH7K2QAB~raeqe9~f4mpg6.300g.2.45000_x7k2m4.chai-500ml.12.120000');
    expect(encodeURIComponent(param)).toBe(param);
    expect(decodeOrder(param)).toEqual({ order, dropped: [] });
  });

  it('round-trips any valid order', () => {
    const line = fc.record({
      code: fc.stringMatching(/^[0-9abcdefghjkmnpqrstvwxyz]{6}$/),
      sku: fc.stringMatching(/^[a-z0-9-]{1,16}$/),
      quantity: fc.integer({ min: 1, max: 100_000 }),
      unitPrice: fc.integer({ min: 1, max: 10_000_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(line, { selector: (l) => `${l.code}.${l.sku}`, maxLength: 12 }),
        (lines) => {
          const o = { reference: 'DH0000ZZ', producer: 'abc123', lines };
          expect(decodeOrder(encodeOrder(o))).toEqual({ order: o, dropped: [] });
        },
      ),
    );
  });

  it('references are DH and six Crockford characters', () => {
    for (let i = 0; i < 50; i++) expect(newOrderReference()).toMatch(/^DH[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(newOrderReference(() => 0.999)).toBe('DHZZZZZZ');
  });

  describe('a tampered link', () => {
    const base = '1~DH7K2QAB~raeqe9~';
    it.each([
      ['f4mpg6.300g.-2.45000', 'bad-quantity'],
      ['f4mpg6.300g.0.45000', 'bad-quantity'],
      ['f4mpg6.300g.1000000.45000', 'bad-quantity'],
      ['f4mpg6.300g.2.-45000', 'bad-price'],
      ['f4mpg6.300g.2.0', 'bad-price'],
      ['f4mpg6.300g.2.99999999999', 'bad-price'],
      ['f4mpg6.300g.2.4.5e4', 'bad-line'],
      ['<script>alert(1)</script>.300g.2.45000', 'bad-code'],
      ['f4mpg6.<img src=x>.2.45000', 'bad-sku'],
      ['F4MPG6.300g.2.45000', 'bad-code'],
      ['garbage', 'bad-line'],
    ])('%s is dropped as %s, the rest kept', (line, reason) => {
      const { order: o, dropped } = decodeOrder(`${base}x7k2m4.1kg.1.120000_${line}`);
      expect(o?.lines).toEqual([{ code: 'x7k2m4', sku: '1kg', quantity: 1, unitPrice: 120_000 }]);
      expect(dropped).toHaveLength(1);
      expect(dropped[0]!.reason).toBe(reason);
      expect(dropped[0]!.part.length).toBeLessThanOrEqual(41);
    });

    it('a repeated line is dropped', () => {
      const { order: o, dropped } = decodeOrder(`${base}x7k2m4.1kg.1.120000_x7k2m4.1kg.5.120000`);
      expect(o?.lines).toHaveLength(1);
      expect(dropped.map((d) => d.reason)).toEqual(['duplicate-line']);
    });

    it.each([
      ['2~DH7K2QAB~raeqe9~f4mpg6.300g.2.45000', 'bad-version'],
      ['1~<b>hi</b>~raeqe9~f4mpg6.300g.2.45000', 'bad-reference'],
      ['1~DH7K2QAB~RAEQE9~f4mpg6.300g.2.45000', 'bad-producer'],
      ['', 'bad-version'],
    ])('%s is no order at all (%s)', (param, reason) => {
      const { order: o, dropped } = decodeOrder(param);
      expect(o).toBeUndefined();
      expect(dropped.map((d) => d.reason)).toEqual([reason]);
    });

    it('an over-long link is refused whole', () => {
      const long = `${base}${'f4mpg6.300g.2.45000_'.repeat(100)}`;
      expect(long.length).toBeGreaterThan(MAX_ORDER_PARAM_LENGTH);
      expect(decodeOrder(long)).toEqual({
        dropped: [{ reason: 'too-long', part: String(long.length) }],
      });
    });
  });
});
