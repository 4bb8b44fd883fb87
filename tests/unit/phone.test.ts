import { describe, expect, it } from 'vitest';
import { formatPhone, parseVietnamesePhone } from '../../src/lib/domain/phone.ts';

describe('Vietnamese phone numbers', () => {
  it.each([
    ['0912 345 678', 'mobile', '0912345678', '+84912345678', '0912 345 678'],
    ['+84 912 345 678', 'mobile', '0912345678', '+84912345678', '0912 345 678'],
    ['84912345678', 'mobile', '0912345678', '+84912345678', '0912 345 678'],
    ['0912.345.678', 'mobile', '0912345678', '+84912345678', '0912 345 678'],
    ['024 3851 2345', 'landline', '02438512345', '+842438512345', '024 3851 2345'],
    ['(0227) 3851-234', 'landline', '02273851234', '+842273851234', '0227 3851 234'],
    ['1800 1234', 'service', '18001234', '18001234', '1800 1234'],
  ] as const)('%s → %s %s', (input, kind, national, e164, formatted) => {
    const p = parseVietnamesePhone(input);
    expect(p).toEqual({ kind, national, e164 });
    expect(formatPhone(p!)).toBe(formatted);
  });
  it.each([
    '0123 456 789',
    '091234567',
    '09123456789',
    '+1 202 555 0100',
    'không có',
    '0612 345 678',
    '',
  ])('refuses %s', (input) => {
    expect(parseVietnamesePhone(input)).toBeUndefined();
  });
});
