/**
 * Vietnamese banks by their NAPAS BIN, from the list `vietnam-qr-pay` maintains (the banks that
 * take VietQR transfers, with their short names). Build-time only: pages carry the bank's name,
 * so the browser never loads the list.
 */
import { Banks } from 'vietnam-qr-pay';

/** The library's `VietQRStatus.NOT_SUPPORTED`: banks that cannot receive a VietQR transfer. */
const NOT_SUPPORTED = -1;

export interface BankInfo {
  bin: string;
  /** "Vietcombank", "Agribank"… */
  shortName: string;
  /** Full Vietnamese name. */
  name: string;
}

const banks: BankInfo[] = Banks.filter(
  (b) => !b.deprecated && b.vietQRStatus !== NOT_SUPPORTED,
).map((b) => ({ bin: b.bin, shortName: b.shortName, name: b.name }));

export const BANKS_BY_BIN: ReadonlyMap<string, BankInfo> = new Map(banks.map((b) => [b.bin, b]));
export const NAPAS_BINS: ReadonlySet<string> = new Set(BANKS_BY_BIN.keys());
