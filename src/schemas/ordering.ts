/**
 * What a producer publishes so that people can order from it, and what a product offers: the
 * storefront's data (see docs/ordering.md). Everything is optional: a producer that publishes
 * nothing simply shows how else to reach it.
 */
import { z } from 'astro/zod';
import { parseVietnamesePhone } from '../lib/domain/phone.ts';
import { NAPAS_BINS } from '../lib/order/banks.ts';
import { MAX_QUANTITY, MAX_VND } from '../lib/order/money.ts';
import { PROVINCE_SLUGS } from '../lib/domain/provinces.ts';
import { text } from './shared.ts';

/** Zalo accounts are found by their mobile number. */
export const zaloNumber = z.string().refine((s) => parseVietnamesePhone(s)?.kind === 'mobile', {
  message: 'must be the mobile number the Zalo account uses, e.g. "0912 345 678"',
});

const https = z
  .url({ message: 'must be a full URL starting with https://' })
  .refine((u) => u.startsWith('https://'), { message: 'must start with https://' });

export const SHOP_PLATFORMS = ['shopee', 'tiki', 'lazada', 'postmart', 'tiktok-shop'] as const;
export type ShopPlatform = (typeof SHOP_PLATFORMS)[number];

/** The host each shop link must be on (a link elsewhere is not that shop). */
export const SHOP_HOSTS: Record<ShopPlatform, RegExp> = {
  shopee: /(^|\.)shopee\.vn$/,
  tiki: /(^|\.)tiki\.vn$/,
  lazada: /(^|\.)lazada\.vn$/,
  postmart: /(^|\.)postmart\.vn$/,
  'tiktok-shop': /(^|\.)tiktok\.com$/,
};

export const shopSchema = z
  .object({
    platform: z.enum(SHOP_PLATFORMS).describe('shopee, tiki, lazada, postmart or tiktok-shop'),
    url: https.describe("The producer's shop on that platform"),
  })
  .strict()
  .refine((s) => SHOP_HOSTS[s.platform].test(new URL(s.url).hostname), {
    message: 'the link is not on that platform',
    path: ['url'],
  });

export const bankAccountSchema = z
  .object({
    bin: z
      .string()
      .refine((b) => NAPAS_BINS.has(b), {
        message: 'must be a bank BIN from the NAPAS list, six digits such as "970436"',
      })
      .describe("The bank's NAPAS BIN (six digits)"),
    accountNumber: z
      .string()
      .regex(/^[0-9A-Z]{6,19}$/, 'must be 6–19 digits or capital letters, no spaces')
      .describe('Account number as the bank writes it'),
    accountName: text(2)
      .refine((s) => /^[A-Z0-9 ]+$/.test(s), {
        message: 'must be in capitals without diacritics, as the bank prints it',
      })
      .describe('Account holder, as the bank prints it: capitals without diacritics'),
  })
  .strict();

export const orderTermsSchema = z
  .object({
    accepts: z.boolean().describe('Takes orders from this site'),
    shipsTo: z
      .union([
        z.literal('nationwide'),
        z
          .array(z.enum(PROVINCE_SLUGS, { message: 'must be a 2025 province slug' }))
          .min(1, 'name at least one province, or write "nationwide"'),
      ])
      .describe('"nationwide" or the 2025 provinces it delivers to'),
    leadTimeDays: z
      .object({ min: z.number().int().min(0).max(90), max: z.number().int().min(0).max(90) })
      .strict()
      .refine((d) => d.max >= d.min, { message: 'max must not be below min', path: ['max'] })
      .optional()
      .describe('Working days from confirmation to dispatch'),
    minOrderValue: z
      .number()
      .int()
      .min(0)
      .max(MAX_VND)
      .optional()
      .describe('Smallest order it accepts, in đồng'),
    cashOnDelivery: z.boolean().default(false).describe('Payment on delivery (COD)'),
    bankTransfer: bankAccountSchema
      .optional()
      .describe('Account for transfers; shown with a VietQR code for the order total'),
  })
  .strict();

export const offerSchema = z
  .object({
    sku: z
      .string()
      .regex(/^[a-z0-9-]{1,16}$/, 'must be 1–16 lower-case letters, digits or hyphens, e.g. "300g"')
      .describe('Short id of the pack size, unique within the product'),
    pack: text(2).describe('Pack size as sold, Vietnamese, e.g. "Hộp 300 g"'),
    packEn: text(2).optional().describe('The same in English, e.g. "Box, 300 g"'),
    price: z.number().int().positive().max(MAX_VND).describe('Reference price per pack, đồng'),
    wholesale: z
      .array(
        z
          .object({
            minQuantity: z.number().int().min(2).max(MAX_QUANTITY),
            unitPrice: z.number().int().positive().max(MAX_VND),
          })
          .strict(),
      )
      .default([])
      .describe('Wholesale tiers: from N packs, each pack costs this'),
  })
  .strict()
  .superRefine((offer, ctx) => {
    const seen = new Set<number>();
    offer.wholesale.forEach((tier, i) => {
      if (seen.has(tier.minQuantity))
        ctx.addIssue({
          code: 'custom',
          path: ['wholesale', i, 'minQuantity'],
          message: 'two tiers start at the same quantity',
        });
      seen.add(tier.minQuantity);
      if (tier.unitPrice > offer.price)
        ctx.addIssue({
          code: 'custom',
          path: ['wholesale', i, 'unitPrice'],
          message: 'a wholesale price must not be above the retail price',
        });
    });
  });

export const offersSchema = z
  .array(offerSchema)
  .refine((offers) => new Set(offers.map((o) => o.sku)).size === offers.length, {
    message: 'two offers share one sku',
  });

export const seasonSchema = z
  .object({
    months: z
      .array(z.number().int().min(1).max(12))
      .min(1)
      .max(11)
      .describe('Months it is available (1–12); leave out for all year'),
  })
  .strict();

export type OrderTerms = z.infer<typeof orderTermsSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type BankAccount = z.infer<typeof bankAccountSchema>;
export type Shop = z.infer<typeof shopSchema>;
