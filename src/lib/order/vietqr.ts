/**
 * VietQR payment codes (NAPAS 247, EMVCo) for an order: the producer's account, the amount in
 * đồng and the order reference as the transfer note. Built and parsed by `vietnam-qr-pay`
 * (a maintained encoder/decoder with CRC); only its encoder module is imported, so the
 * browser does not load the library's bank list.
 */
import { QRPay } from 'vietnam-qr-pay/dist/qr-pay.js';
import { isVnd } from './money.ts';

export interface VietQrRequest {
  /** Bank's NAPAS BIN, six digits. */
  bin: string;
  accountNumber: string;
  /** Whole đồng, > 0. */
  amount: number;
  /** Transfer note: ASCII letters, digits and spaces, at most 25 characters (what banks keep). */
  note: string;
}

export const MAX_NOTE_LENGTH = 25;

export class VietQrError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'VietQrError';
  }
}

/** The EMVCo payload to draw as a QR code. */
export function vietQrPayload(request: VietQrRequest): string {
  if (!/^\d{6}$/.test(request.bin)) throw new VietQrError(`not a bank BIN: ${request.bin}`);
  if (!/^[0-9A-Z]{6,19}$/.test(request.accountNumber))
    throw new VietQrError(`not an account number: ${request.accountNumber}`);
  if (!isVnd(request.amount) || request.amount === 0)
    throw new VietQrError(`not an amount in đồng: ${String(request.amount)}`);
  if (!/^[0-9A-Za-z ]{1,25}$/.test(request.note))
    throw new VietQrError(
      `a transfer note is 1–25 ASCII letters, digits or spaces: ${request.note}`,
    );
  return QRPay.initVietQR({
    bankBin: request.bin,
    bankNumber: request.accountNumber,
    amount: String(request.amount),
    purpose: request.note,
  }).build();
}

export interface ParsedVietQr {
  valid: boolean;
  bin?: string | undefined;
  accountNumber?: string | undefined;
  amount?: number | undefined;
  note?: string | undefined;
}

/** Reads a payload back (CRC checked by the library): for tests and for anyone verifying. */
export function parseVietQr(payload: string): ParsedVietQr {
  const qr = new QRPay(payload);
  return {
    valid: qr.isValid,
    bin: qr.consumer.bankBin,
    accountNumber: qr.consumer.bankNumber,
    amount: qr.amount === undefined ? undefined : Number(qr.amount),
    note: qr.additionalData.purpose,
  };
}
