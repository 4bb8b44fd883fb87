/**
 * Draws an order's VietQR code into its frame: the EMVCo payload (`vietQrPayload`) as an SVG
 * with the sample-data warning inside the image (`paymentQrSvg`). Loaded by the cart page only
 * when a producer in view publishes a bank account, so a cart without one never downloads the
 * QR encoder and the payment library.
 */
import { paymentQrSvg } from '../lib/order/payment-qr.ts';
import { vietQrPayload, type VietQrRequest } from '../lib/order/vietqr.ts';

export function drawVietQr(
  frame: HTMLElement,
  request: VietQrRequest,
  options: { title: string; warning?: string },
): boolean {
  try {
    frame.innerHTML = paymentQrSvg(vietQrPayload(request), options); // escaped text only
    frame.dataset['drawn'] = 'true';
    return true;
  } catch {
    return false;
  }
}
