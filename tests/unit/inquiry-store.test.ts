import { describe, expect, it } from 'vitest';
import { parseStoredInquiry } from '../../src/client/inquiry-store.ts';
import { EMPTY_BUYER } from '../../src/lib/order/inquiry.ts';

describe('parseStoredInquiry: what the browser kept, checked again', () => {
  it('keeps a good inquiry as it was', () => {
    const kept = {
      buyer: { ...EMPTY_BUYER, business: 'Siêu thị Xanh', province: 'Hà Nội' },
      quantities: { 'f4mpg6.300g': 120 },
      references: { raeqe9: 'HG7K2QAB' },
    };
    expect(parseStoredInquiry(JSON.stringify(kept))).toEqual(kept);
  });

  it('drops what does not fit: bad keys, quantities, references, over-long text', () => {
    const parsed = parseStoredInquiry(
      JSON.stringify({
        buyer: { business: 'x'.repeat(500), phone: 42, extra: 'no' },
        quantities: { 'f4mpg6.300g': 0, 'F4MPG6.300g': 3, 'f4mpg6.ok': 2.5, 'x7k2m4.1kg': 7 },
        references: { raeqe9: 'DH7K2QAB', x7k2m4: 'HG7K2QAI', aaaaaa: 'HG000000' },
      }),
    );
    expect(parsed.buyer.business).toHaveLength(160);
    expect(parsed.buyer.phone).toBe('');
    expect(parsed.buyer).not.toHaveProperty('extra');
    expect(parsed.quantities).toEqual({ 'x7k2m4.1kg': 7 });
    expect(parsed.references).toEqual({ aaaaaa: 'HG000000' });
  });

  it('starts empty from nothing or from what is not JSON', () => {
    for (const raw of [null, '', 'not json', '[]', '42'])
      expect(parseStoredInquiry(raw)).toEqual({
        buyer: EMPTY_BUYER,
        quantities: {},
        references: {},
      });
  });
});
