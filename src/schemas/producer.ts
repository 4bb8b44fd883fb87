/**
 * Producer (chủ thể OCOP): the cooperative, firm, cooperative group or household that makes
 * OCOP products. The entry's file name is its slug.
 */
import { z } from 'astro/zod';
import { PROVINCE_SLUGS } from '../lib/domain/provinces.ts';
import { orderTermsSchema, shopSchema, zaloNumber } from './ordering.ts';
import { code, onlineChannel, phone, provenance, text, url } from './shared.ts';

export const PRODUCER_TYPES = ['htx', 'doanh-nghiep', 'to-hop-tac', 'ho-kinh-doanh'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const producerSchema = z
  .object({
    code,
    name: text(2).describe('Registered name, e.g. "HTX Dừa sáp Hòa Tân"'),
    type: z
      .enum(PRODUCER_TYPES, {
        message: 'must be one of htx, doanh-nghiep, to-hop-tac, ho-kinh-doanh',
      })
      .describe('HTX (cooperative), doanh nghiệp (firm), tổ hợp tác, hộ kinh doanh / cơ sở'),
    province: z
      .enum(PROVINCE_SLUGS, {
        message:
          'must be the slug of a 2025 province such as "hung-yen" (see content/provinces.json)',
      })
      .describe('2025 province of the address'),
    commune: text(2).optional().describe('Commune or ward (xã/phường) after the 2025 reform'),
    address: text(2).optional().describe('Street address or village (thôn/ấp)'),
    phone: phone.optional(),
    email: z.email({ message: 'must be an e-mail address' }).optional(),
    website: url.optional(),
    social: z.array(onlineChannel).default([]).describe('Zalo OA, Facebook page…'),
    zalo: zaloNumber.optional().describe('Mobile number of the Zalo account that takes orders'),
    facebook: url
      .refine((u) => /^https:\/\/(www\.|m\.)?facebook\.com\//.test(u), {
        message: 'must be a https://facebook.com/… page',
      })
      .optional()
      .describe('Facebook page'),
    shops: z
      .array(shopSchema)
      .default([])
      .describe('Shops on Shopee, Tiki, Lazada, Postmart, TikTok Shop'),
    orders: orderTermsSchema.optional().describe('Whether and how it takes orders from this site'),
    story: text(10).optional().describe('A short story of the producer, a paragraph or two'),
    storyEn: text(10).optional().describe('The story in English, a translation of `story`'),
    provenance,
  })
  .strict();

export type ProducerData = z.infer<typeof producerSchema>;
