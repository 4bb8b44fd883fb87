/**
 * One OCOP certification of a product: the decision that rated it (or revoked it). A product
 * keeps its whole history; its current status is derived in `lib/domain/certificate-status.ts`.
 */
import { z } from 'astro/zod';
import { FORMER_PROVINCE_SLUGS } from '../lib/domain/provinces.ts';
import { STAR_BANDS, starsForScore } from '../lib/domain/stars.ts';
import { isoDate, text, url } from './shared.ts';

export const CERTIFICATION_STATUSES = ['new', 're-recognised', 'upgraded', 'revoked'] as const;

export { STAR_BANDS };

export const certificationSchema = z
  .object({
    stars: z.union([z.literal(3), z.literal(4), z.literal(5)]).describe('3, 4 or 5'),
    score: z.number().min(0).max(100).optional().describe('Total score out of 100'),
    potentialFiveStar: z
      .boolean()
      .default(false)
      .describe('Scored 90+ in the provincial round: certified 4★, sent to the ministry for 5★'),
    level: z
      .enum(['district', 'province', 'central'])
      .describe('Who certified: district (3★ before 07/2025), province, or the ministry (5★)'),
    decision: text(3).describe('Decision number, e.g. "715/QĐ-UBND"'),
    decisionDate: isoDate.describe('Date of the decision; the certificate runs 36 months from it'),
    issuer: text(3).describe('Who signed, e.g. "UBND tỉnh Thanh Hóa"'),
    status: z.enum(CERTIFICATION_STATUSES).describe('new, re-recognised, upgraded or revoked'),
    formerProvince: z
      .enum(FORMER_PROVINCE_SLUGS, {
        message:
          'must be the slug of a pre-2025 province such as "thai-binh" (see content/provinces.json)',
      })
      .optional()
      .describe('Pre-2025 province named on the certificate, when it differs from today'),
    source: url.optional().describe('Where the decision or its news is published'),
  })
  .strict()
  .superRefine((cert, ctx) => {
    if (cert.score !== undefined) {
      const [min, max] = STAR_BANDS[cert.stars];
      const potential = cert.stars === 4 && cert.potentialFiveStar && cert.score >= 90;
      if (!potential && starsForScore(cert.score) !== cert.stars) {
        ctx.addIssue({
          code: 'custom',
          path: ['score'],
          message: `a score of ${cert.score} does not match ${cert.stars} stars (${min}–${max} points)`,
        });
      }
    }
    if (cert.potentialFiveStar && cert.stars !== 4) {
      ctx.addIssue({
        code: 'custom',
        path: ['potentialFiveStar'],
        message: 'only a 4-star certification can be marked potential 5 stars',
      });
    }
    if (cert.stars === 5 && cert.level !== 'central') {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: '5-star products are certified by the ministry: level must be "central"',
      });
    }
  });

export type Certification = z.infer<typeof certificationSchema>;
