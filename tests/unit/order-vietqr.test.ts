import { describe, expect, it } from 'vitest';
import { QRPay } from 'vietnam-qr-pay';
import { parseVietQr, vietQrPayload, VietQrError } from '../../src/lib/order/vietqr.ts';

describe('VietQR payloads', () => {
  const request = { bin: '970436', accountNumber: 'MAU0000001', amount: 135_000, note: 'DH7K2QAB' };

  it('is an EMVCo payload with NAPAS, the account, VND, the amount, the note and a CRC', () => {
    const payload = vietQrPayload(request);
    expect(payload.startsWith('000201010212')).toBe(true); // dynamic QR (with an amount)
    expect(payload).toContain('A000000727'); // NAPAS
    expect(payload).toContain('5303704'); // currency 704 = VND
    expect(payload).toContain('5406135000'); // amount
    expect(payload).toContain('5802VN');
    expect(payload).toMatch(/6304[0-9A-F]{4}$/);
  });

  it('parses back with the library: bank, account, amount, note, CRC', () => {
    const payload = vietQrPayload(request);
    expect(parseVietQr(payload)).toEqual({
      valid: true,
      bin: '970436',
      accountNumber: 'MAU0000001',
      amount: 135_000,
      note: 'DH7K2QAB',
    });
    expect(new QRPay(payload).isValid).toBe(true);
  });

  it('a payload with a changed character fails its CRC', () => {
    const payload = vietQrPayload(request).replace('135000', '935000');
    expect(parseVietQr(payload).valid).toBe(false);
  });

  it.each([
    [{ bin: '97043' }, /BIN/],
    [{ accountNumber: '12 34' }, /account/],
    [{ amount: 0 }, /amount/],
    [{ amount: 10.5 }, /amount/],
    [{ amount: -5 }, /amount/],
    [{ note: 'Đơn hàng' }, /note/],
    [{ note: 'x'.repeat(26) }, /note/],
  ])('refuses %o', (change, message) => {
    expect(() => vietQrPayload({ ...request, ...change })).toThrow(VietQrError);
    expect(() => vietQrPayload({ ...request, ...change })).toThrow(message);
  });
});
