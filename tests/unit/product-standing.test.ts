import { describe, expect, it } from 'vitest';
import {
  certificateStanding,
  NoCertificationInForceError,
  productStanding,
  sortHistory,
  standingDayFacts,
  UnknownProvinceError,
  type StandingCertification,
} from '../../src/lib/domain/product-standing.ts';
import { standingLine, statusPhrase } from '../../src/lib/i18n/standing-words.ts';

const cert = (
  decisionDate: string,
  stars: 3 | 4 | 5 = 4,
  status: StandingCertification['status'] = 'new',
  extra: Partial<StandingCertification> = {},
): StandingCertification => ({ decisionDate, stars, status, ...extra });

const product = (certifications: StandingCertification[], province = 'hung-yen') => ({
  province,
  category: 'I.3.b',
  certifications,
});

describe('productStanding: boundary days', () => {
  const p = product([cert('2023-05-12')]);
  it.each([
    ['2023-05-12', 'valid', 1096],
    ['2026-02-10', 'valid', 91],
    ['2026-02-11', 'expiring', 90],
    ['2026-05-12', 'expiring', 0],
    ['2026-05-13', 'expired', -1],
  ] as const)('on %s it is %s with %i days left', (today, state, daysLeft) => {
    const s = productStanding(p, today);
    expect(s.status).toEqual({ state, validUntil: '2026-05-12', daysLeft });
    expect(s.inForce).toBe(state !== 'expired');
    expect(s.listed).toBe(true);
  });
});

describe('productStanding: leap years', () => {
  it('a decision on 29 February runs to 28 February three years on', () => {
    const s = productStanding(product([cert('2024-02-29')]), '2027-02-28');
    expect(s.status.validUntil).toBe('2027-02-28');
    expect(s.status.state).toBe('expiring');
    expect(productStanding(product([cert('2024-02-29')]), '2027-03-01').status.state).toBe(
      'expired',
    );
  });
  it('counts 29 February 2028 among the days left', () => {
    const s = productStanding(product([cert('2025-03-01')]), '2028-02-28');
    expect(s.status.validUntil).toBe('2028-03-01');
    expect(s.status.daysLeft).toBe(2);
  });
});

describe('productStanding: revoked', () => {
  it('a revocation wins over the dates, is not listed and not in force', () => {
    const s = productStanding(
      product([cert('2024-01-10', 4), cert('2025-06-01', 4, 'revoked')]),
      '2025-07-01',
    );
    expect(s.status.state).toBe('revoked');
    expect(s.listed).toBe(false);
    expect(s.inForce).toBe(false);
    expect(s.stars).toBe(4);
  });
  it('a later re-recognition restores the standing', () => {
    const s = productStanding(
      product([cert('2022-01-10', 3, 'revoked'), cert('2024-03-01', 3, 're-recognised')]),
      '2025-01-01',
    );
    expect(s.status.state).toBe('valid');
    expect(s.listed).toBe(true);
  });
});

describe('productStanding: several certificates', () => {
  const history = [
    cert('2024-06-01', 5, 'upgraded', { formerProvince: 'hai-duong' }),
    cert('2019-03-01', 3, 'new', { formerProvince: 'hai-duong' }),
    cert('2022-04-02', 4, 're-recognised', { potentialFiveStar: true, formerProvince: 'ha-tay' }),
  ];
  const s = productStanding(product(history, 'hai-phong'), '2025-01-01');
  it('the latest decision decides stars and status, whatever the file order', () => {
    expect(s.current.decisionDate).toBe('2024-06-01');
    expect(s.stars).toBe(5);
    expect(s.potentialFiveStar).toBe(false);
    expect(s.history.map((c) => c.decisionDate)).toEqual([
      '2019-03-01',
      '2022-04-02',
      '2024-06-01',
    ]);
    expect(s.firstCertified).toBe('2019-03-01');
  });
  it('names each former province once, in the order first named', () => {
    expect(s.formerProvinces).toEqual(['hai-duong', 'ha-tay']);
  });
  it('resolves the 2025 province and the category path', () => {
    expect(s.province.slug).toBe('hai-phong');
    expect(s.categoryPath.map((c) => c.code)).toEqual(['I', 'I.3', 'I.3.b']);
  });
  it('two decisions on one day: the later in the file decides, as before', () => {
    const same = certificateStanding(
      [cert('2024-06-01', 3), cert('2024-06-01', 4, 'upgraded')],
      '2025-01-01',
    );
    expect(same.stars).toBe(4);
    expect(sortHistory([cert('2024-06-01', 3), cert('2024-06-01', 4)]).map((c) => c.stars)).toEqual(
      [3, 4],
    );
  });
});

describe('productStanding: a future decision date', () => {
  it('a decision after the day is upcoming: the one in force still decides', () => {
    const s = productStanding(
      product([cert('2023-01-05', 3), cert('2026-01-20', 4, 'upgraded')]),
      '2025-12-31',
    );
    expect(s.stars).toBe(3);
    expect(s.current.decisionDate).toBe('2023-01-05');
    expect(s.upcoming.map((c) => c.decisionDate)).toEqual(['2026-01-20']);
    // On its day it takes over.
    const later = productStanding(
      product([cert('2023-01-05', 3), cert('2026-01-20', 4, 'upgraded')]),
      '2026-01-20',
    );
    expect(later.stars).toBe(4);
    expect(later.upcoming).toEqual([]);
  });
  it('a product whose only decision is in the future has no standing yet: a named error', () => {
    expect(() => productStanding(product([cert('2027-01-01')]), '2026-12-06')).toThrow(
      NoCertificationInForceError,
    );
    expect(() => productStanding(product([cert('2027-01-01')]), '2026-12-06')).toThrow(
      /no certification is in force on 2026-12-06: decided on 2027-01-01/,
    );
  });
});

describe('standingDayFacts: what a new day can change', () => {
  const facts = (p: ReturnType<typeof product>, day: string) =>
    standingDayFacts(productStanding(p, day));
  const p = product([cert('2023-05-12')]);

  it('are the same on two days between boundaries, days left aside', () => {
    expect(facts(p, '2026-02-09')).toEqual(facts(p, '2026-02-10'));
    expect(facts(p, '2026-02-11')).toEqual(facts(p, '2026-03-01'));
  });

  it('change at 90 days left and the day after the last valid day', () => {
    expect(facts(p, '2026-02-10')).not.toEqual(facts(p, '2026-02-11'));
    expect(facts(p, '2026-05-12')).toEqual([0, 'expiring']);
    expect(facts(p, '2026-05-13')).toEqual([0, 'expired']);
  });

  it('change when an announced decision comes into force, even with the same status', () => {
    const renewed = product([cert('2023-05-12'), cert('2024-01-10', 5, 're-recognised')]);
    expect(facts(renewed, '2024-01-09')).toEqual([0, 'valid']);
    expect(facts(renewed, '2024-01-10')).toEqual([1, 'valid']);
  });
});

describe('productStanding: no certificate, bad province', () => {
  it('no certification at all is an error', () => {
    expect(() => productStanding(product([]), '2026-12-06')).toThrow(
      /needs at least one certification/,
    );
  });
  it('an unknown province is an error naming it', () => {
    expect(() => productStanding(product([cert('2024-01-01')], 'atlantis'), '2025-01-01')).toThrow(
      UnknownProvinceError,
    );
  });
});

describe('the standing in words', () => {
  const until = '2026-05-12';
  it.each([
    ['valid', 'vi', 'OCOP 4 sao · Còn hiệu lực đến 12/5/2026'],
    ['expiring', 'vi', 'OCOP 4 sao · Sắp hết hạn: hiệu lực đến 12/5/2026'],
    ['expired', 'vi', 'OCOP 4 sao · Đã hết hạn ngày 12/5/2026'],
    ['revoked', 'vi', 'OCOP 4 sao · Chứng nhận đã bị thu hồi'],
    ['valid', 'en', 'OCOP 4 stars · Valid until 12 May 2026'],
    ['expired', 'en', 'OCOP 4 stars · Expired on 12 May 2026'],
    ['revoked', 'en', 'OCOP 4 stars · Certificate revoked'],
  ] as const)('%s (%s): %s', (state, locale, line) => {
    expect(standingLine(4, { state, validUntil: until }, locale)).toBe(line);
  });
  it('never says "hiệu lực" of an expired or revoked certificate', () => {
    for (const state of ['expired', 'revoked'] as const)
      expect(statusPhrase({ state, validUntil: until }, 'vi')).not.toMatch(/còn hiệu lực/i);
  });
});
