import { describe, expect, it } from 'vitest';
import { addressWithProvince } from '../../src/lib/domain/address.ts';

describe('addressWithProvince', () => {
  it('names the province once: not again when the address already names it', () => {
    expect(
      addressWithProvince(
        'Thôn Hồng Ba, xã Hồng Thái, huyện Na Hang, tỉnh Tuyên Quang',
        'Tuyên Quang',
      ),
    ).toBe('Thôn Hồng Ba, xã Hồng Thái, huyện Na Hang, tỉnh Tuyên Quang');
    expect(addressWithProvince('Tỉnh Thanh Hoá', 'Thanh Hóa')).toBe('Tỉnh Thanh Hoá');
  });

  it('adds it at the end otherwise, and stands alone for an empty address', () => {
    expect(addressWithProvince('Số 1 Tràng Tiền, phường Hoàn Kiếm', 'Hà Nội')).toBe(
      'Số 1 Tràng Tiền, phường Hoàn Kiếm, Hà Nội',
    );
    expect(addressWithProvince('', 'Huế')).toBe('Huế');
  });
});
