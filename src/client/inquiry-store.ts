/**
 * The wholesale inquiry kept in this browser only (localStorage, no account, no server): the
 * buyer's details, the quantities asked per pack and each producer's request reference. What
 * is stored is checked again when read; storage may be unavailable (private mode, full), and
 * the inquiry then lives for this page only.
 */
import { isQuantity } from '../lib/order/money.ts';
import {
  EMPTY_BUYER,
  INQUIRY_REFERENCE,
  type InquiryBuyer,
  type Quantities,
} from '../lib/order/inquiry.ts';

const KEY = 'ocop:hoi-gia-si';
const PACK = /^[0-9a-hjkmnp-tv-z]{6}\.[a-z0-9-]{1,16}$/;
const LIMITS: Record<keyof InquiryBuyer, number> = {
  business: 160,
  contact: 120,
  phone: 40,
  email: 160,
  province: 60,
  wantedBy: 10,
  note: 600,
};

export interface StoredInquiry {
  buyer: InquiryBuyer;
  quantities: Quantities;
  /** Request reference by producer code. */
  references: Record<string, string>;
}

let memory: StoredInquiry = { buyer: { ...EMPTY_BUYER }, quantities: {}, references: {} };

const entries = (v: unknown): [string, unknown][] =>
  typeof v === 'object' && v !== null ? Object.entries(v) : [];

export function parseStoredInquiry(raw: string | null): StoredInquiry {
  try {
    const data = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    const b = Object.fromEntries(entries(data['buyer']));
    const buyer = { ...EMPTY_BUYER };
    for (const key of Object.keys(LIMITS) as (keyof InquiryBuyer)[])
      if (typeof b[key] === 'string') buyer[key] = b[key].slice(0, LIMITS[key]);
    const quantities: Quantities = {};
    for (const [k, v] of entries(data['quantities']))
      if (PACK.test(k) && isQuantity(v)) quantities[k] = v;
    const references: Record<string, string> = {};
    for (const [k, v] of entries(data['references']))
      if (/^[0-9a-z]{6}$/.test(k) && typeof v === 'string' && INQUIRY_REFERENCE.test(v))
        references[k] = v;
    return { buyer, quantities, references };
  } catch {
    return { buyer: { ...EMPTY_BUYER }, quantities: {}, references: {} };
  }
}

export function readInquiry(): StoredInquiry {
  try {
    memory = parseStoredInquiry(localStorage.getItem(KEY));
  } catch {
    // Storage unavailable: keep what this page has.
  }
  return memory;
}

export function writeInquiry(inquiry: StoredInquiry): void {
  memory = inquiry;
  try {
    localStorage.setItem(KEY, JSON.stringify(inquiry));
  } catch {
    // Not kept: the inquiry lives for this page only.
  }
}
