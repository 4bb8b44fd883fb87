/**
 * The order reference of each producer's order in the cart ("DH" + six characters), made when
 * the order is first shown and kept in this browser with the cart until the buyer says it is
 * sent, so every message and payment code for that order carries the same reference.
 */
import { newOrderReference } from '../lib/order/order-link.ts';

const KEY = 'ocop:gio-hang:ma-don';
const REFERENCE = /^DH[0-9A-HJKMNP-TV-Z]{6}$/;
let memory: Record<string, string> = {};

function read(): Record<string, string> {
  try {
    const data = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    if (typeof data === 'object' && data !== null)
      memory = Object.fromEntries(
        Object.entries(data).filter(
          (e): e is [string, string] => typeof e[1] === 'string' && REFERENCE.test(e[1]),
        ),
      );
  } catch {
    // Unreadable or unavailable storage: keep the in-page copy.
  }
  return memory;
}

function write(references: Record<string, string>): void {
  memory = references;
  try {
    localStorage.setItem(KEY, JSON.stringify(references));
  } catch {
    // Kept for this page only.
  }
}

/** The references of the producers in the cart; new ones are made, those of others dropped. */
export function referencesFor(producerCodes: readonly string[]): Map<string, string> {
  const stored = read();
  const next: Record<string, string> = {};
  for (const code of producerCodes) next[code] = stored[code] ?? newOrderReference();
  if (JSON.stringify(next) !== JSON.stringify(stored)) write(next);
  return new Map(Object.entries(next));
}

/** The order was sent: the next order to this producer gets a new reference. */
export function forgetReference(producerCode: string): void {
  write(Object.fromEntries(Object.entries(read()).filter(([code]) => code !== producerCode)));
}
