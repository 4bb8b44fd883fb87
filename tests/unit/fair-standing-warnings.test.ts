/** `check:content` warnings for fair booth products whose certificates lapse (never errors). */
import { describe, expect, it } from 'vitest';
import { fairStandingWarnings } from '../../src/lib/content-files/fair-standing.ts';
import type { Catalogue } from '../../src/lib/content-files/read-content.ts';

const product = (id: string, decisionDate: string, status = 'new') => ({
  id,
  file: `content/products/${id}.json`,
  data: { certifications: [{ stars: 4, decisionDate, status }] },
});

const fair = (id: string, startDate: string, endDate: string) => ({
  id,
  file: `content/fairs/${id}.json`,
  data: {
    startDate,
    endDate,
    booths: [
      { number: 'A1', products: ['fine', 'old'] },
      { number: 'B2', label: 'Gian chung', products: ['lapsing', 'gone', 'missing'] },
    ],
  },
});

// Only the fields the check reads; the schemas are tested elsewhere.
const catalogue = {
  products: [
    product('fine', '2025-05-08'),
    product('old', '2020-11-13'),
    product('lapsing', '2023-12-20'), // valid through 2026-12-20
    product('gone', '2025-01-01', 'revoked'),
  ],
  producers: [],
  salesPoints: [],
  fairs: [fair('soon', '2026-12-18', '2026-12-22'), fair('over', '2026-04-23', '2026-04-27')],
} as unknown as Catalogue;

describe('fairStandingWarnings', () => {
  const warnings = fairStandingWarnings(catalogue, '2026-12-06');

  it('names the fair file, the field, the booth and the product of each flagged product', () => {
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      ['content/fairs/soon.json', 'booths[0].products[1]'],
      ['content/fairs/soon.json', 'booths[1].products[0]'],
      ['content/fairs/soon.json', 'booths[1].products[1]'],
    ]);
    expect(warnings[0]!.message).toMatch(
      /^booth A1: "old": certificate expired \(valid until 2023-11-13\)/,
    );
    expect(warnings[1]!.message).toMatch(
      /^booth B2: "lapsing": certificate valid until 2026-12-20, before the fair ends/,
    );
    expect(warnings[2]!.message).toMatch(/^booth B2: "gone": certificate revoked/);
  });

  it('leaves a fair that is over, and a missing product (an error of its own), alone', () => {
    expect(warnings.some((w) => w.file.includes('over'))).toBe(false);
    expect(warnings.some((w) => w.message.includes('missing'))).toBe(false);
  });

  it('depends on the day: before the old fair ended, it is checked too', () => {
    const then = fairStandingWarnings(catalogue, '2026-04-01');
    expect(then.filter((w) => w.file.includes('over')).map((w) => w.message)).toEqual([
      expect.stringMatching(/^booth A1: "old": certificate expired/),
      expect.stringMatching(/^booth B2: "gone": certificate revoked/),
    ]);
  });
});
