/**
 * An address as people read it: the province named once, at the end when the address does not
 * already name it (folded: "tỉnh Tuyên Quang" names "Tuyên Quang").
 */
import { foldVietnamese } from './vietnamese.ts';

export function addressWithProvince(address: string, province: string): string {
  if (!address.trim()) return province;
  return foldVietnamese(address).includes(foldVietnamese(province))
    ? address
    : `${address}, ${province}`;
}
