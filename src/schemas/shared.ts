/** Small field schemas shared by the entity schemas. */
import { z } from 'astro/zod';
import { CODE_PATTERN } from '../lib/domain/codes.ts';
import { isValidIsoDate } from '../lib/domain/dates.ts';
import { parseVietnamesePhone } from '../lib/domain/phone.ts';
import { SLUG_PATTERN, normaliseText } from '../lib/domain/vietnamese.ts';

/** Text shown to people: NFC, single spaces, not blank. */
export const text = (min = 1) =>
  z
    .string()
    .transform(normaliseText)
    .pipe(z.string().min(min, `must have at least ${min} character${min === 1 ? '' : 's'}`));

export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a lower-case ASCII slug such as "banh-cay-lang-nguyen"');

/** Stable short code behind `/p/<code>/` and `/c/<code>/`, the QR code and the badge. */
export const code = z
  .string()
  .regex(
    CODE_PATTERN,
    'must be 6 characters of lower-case Crockford base 32 (0-9 and a-z without i, l, o, u), e.g. "k7q2m4"',
  )
  .describe('Stable short code, given once and never changed (short URL, QR code, badge)');

export const isoDate = z
  .string()
  .refine(isValidIsoDate, 'must be a real calendar date written YYYY-MM-DD, e.g. "2023-05-12"');

export const url = z.url({ message: 'must be a full URL starting with https://' });

/** A Vietnamese phone number (mobile, fixed line or 1800/1900), as people write it. */
export const phone = z.string().refine((s) => parseVietnamesePhone(s) !== undefined, {
  message:
    'must be a Vietnamese phone number: a mobile "0912 345 678", a fixed line "024 3851 2345" or "0227 3851 234", "+84 …", or 1800/1900',
});

/**
 * Where a record's facts come from. Anything made up for the sample catalogue (a decision
 * number, a price, a description) is listed in `invented` so pages can say so.
 */
export const provenance = z
  .object({
    sources: z.array(url).describe('Public pages that state the facts'),
    invented: z
      .array(z.string())
      .default([])
      .describe('Fields written for the sample catalogue rather than taken from a source'),
  })
  .strict();

export const onlineChannel = z
  .object({
    kind: z.enum(['website', 'shopee', 'lazada', 'tiki', 'tiktok', 'zalo', 'facebook', 'other']),
    url,
    label: z.string().optional(),
  })
  .strict();

export type Provenance = z.infer<typeof provenance>;
export type OnlineChannel = z.infer<typeof onlineChannel>;
