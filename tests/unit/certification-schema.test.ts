import { describe, expect, it } from 'vitest';
import { certificationSchema, STAR_BANDS } from '../../src/schemas/certification.ts';

const base = {
  stars: 4,
  score: 78,
  level: 'province',
  decision: '715/QĐ-UBND',
  decisionDate: '2022-04-20',
  issuer: 'UBND tỉnh Thái Bình',
  status: 'new',
};
const parse = (patch: Record<string, unknown>) =>
  certificationSchema.safeParse({ ...base, ...patch });
const paths = (patch: Record<string, unknown>) =>
  parse(patch).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('star bands (3★ 50–69, 4★ 70–89, 5★ 90–100)', () => {
  it('exports the bands of Decision 148', () => {
    expect(STAR_BANDS[3][0]).toBe(50);
    expect(STAR_BANDS[4][0]).toBe(70);
    expect(STAR_BANDS[5]).toEqual([90, 100]);
  });

  it.each([
    [3, 50, 'district'],
    [3, 69.5, 'province'],
    [4, 70, 'province'],
    [4, 89.9, 'province'],
    [5, 90, 'central'],
    [5, 100, 'central'],
  ])('%i★ with %d points is accepted', (stars, score, level) => {
    expect(paths({ stars, score, level })).toEqual([]);
  });

  it.each([
    [3, 49.5, 'province', /3 stars \(50–69 points\)/],
    [3, 70, 'province', /3 stars \(50–69 points\)/],
    [4, 69.9, 'province', /4 stars \(70–89 points\)/],
    [4, 90, 'province', /4 stars \(70–89 points\)/],
    [5, 89.9, 'central', /5 stars \(90–100 points\)/],
    [5, 60, 'central', /a score of 60 does not match 5 stars/],
  ])('%i★ with %d points is rejected at score', (stars, score, level, message) => {
    const result = parse({ stars, score, level });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]!.path).toEqual(['score']);
    expect(result.error!.issues[0]!.message).toMatch(message);
  });

  it('a score above 100 or below 0 is rejected', () => {
    expect(paths({ stars: 5, score: 101, level: 'central' })).toContain('score');
    expect(paths({ score: -1 })).toContain('score');
  });

  it('a certification without a score is accepted', () => {
    const { score: _omit, ...withoutScore } = base;
    expect(certificationSchema.safeParse(withoutScore).success).toBe(true);
  });

  it('only 3, 4 and 5 stars exist', () => {
    for (const stars of [1, 2, 6, '4', 4.5]) expect(paths({ stars })).toContain('stars');
  });
});

describe('potential 5★', () => {
  it('a 4★ with 90+ points and potentialFiveStar is accepted', () => {
    const result = parse({ stars: 4, score: 94, potentialFiveStar: true });
    expect(result.success).toBe(true);
    expect(result.data!.potentialFiveStar).toBe(true);
  });

  it('potentialFiveStar defaults to false', () => {
    expect(parse({}).data!.potentialFiveStar).toBe(false);
  });

  it.each([3, 5])('is refused on a %i★ certification', (stars) => {
    const score = stars === 3 ? 60 : 95;
    const level = stars === 5 ? 'central' : 'province';
    expect(paths({ stars, score, level, potentialFiveStar: true })).toEqual(['potentialFiveStar']);
  });
});

describe('level', () => {
  it.each(['district', 'province'])('5★ certified at %s level is refused', (level) => {
    const result = parse({ stars: 5, score: 95, level });
    expect(result.error!.issues.map((i) => i.path)).toEqual([['level']]);
    expect(result.error!.issues[0]!.message).toMatch(/ministry/);
  });

  it('an unknown level is refused', () => {
    expect(paths({ level: 'national' })).toEqual(['level']);
  });
});

describe('other fields', () => {
  it.each(['2023-02-29', '2023-02-30', '2024-13-01', '2024-1-1', '20/04/2022'])(
    'decisionDate %j is refused',
    (decisionDate) => {
      expect(paths({ decisionDate })).toEqual(['decisionDate']);
    },
  );

  it('accepts a leap-day decision date', () => {
    expect(paths({ decisionDate: '2024-02-29' })).toEqual([]);
  });

  it('status must be one of the four', () => {
    for (const status of ['new', 're-recognised', 'upgraded', 'revoked']) {
      expect(paths({ status })).toEqual([]);
    }
    expect(paths({ status: 'expired' })).toEqual(['status']);
  });

  it('formerProvince must be a pre-2025 slug', () => {
    expect(paths({ formerProvince: 'thai-binh' })).toEqual([]);
    expect(paths({ formerProvince: 'hue' })).toEqual(['formerProvince']);
    expect(paths({ formerProvince: 'Thái Bình' })).toEqual(['formerProvince']);
  });

  it('is strict about unknown fields', () => {
    const result = parse({ verified: true });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('normalises the decision number and issuer', () => {
    const data = parse({
      decision: ' 715/QĐ-UBND '.normalize('NFD'),
      issuer: 'UBND  tỉnh\u00A0Thái Bình',
    }).data!;
    expect(data.decision).toBe('715/QĐ-UBND');
    expect(data.issuer).toBe('UBND tỉnh Thái Bình');
  });
});
