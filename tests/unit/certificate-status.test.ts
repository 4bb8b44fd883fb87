import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_VALIDITY_MONTHS,
  certificateStatus,
  currentCertification,
  EXPIRING_WITHIN_DAYS,
  productCertificateStatus,
  validUntil,
  type DatedCertification,
} from '../../src/lib/domain/certificate-status.ts';
import { addMonths } from '../../src/lib/domain/dates.ts';

const cert = (
  decisionDate: string,
  status: DatedCertification['status'] = 'new',
): DatedCertification => ({ decisionDate, status });

describe('constants', () => {
  it('certificates last 36 months and warn 90 days ahead', () => {
    expect(CERTIFICATE_VALIDITY_MONTHS).toBe(36);
    expect(EXPIRING_WITHIN_DAYS).toBe(90);
  });
});

describe('validUntil', () => {
  it.each([
    ['2023-05-12', '2026-05-12'],
    ['2024-02-29', '2027-02-28'],
    ['2020-02-29', '2023-02-28'],
    ['2022-12-31', '2025-12-31'],
  ])('%s → %s', (decision, until) => {
    expect(validUntil(decision)).toBe(until);
  });
});

describe('certificateStatus on the edge days', () => {
  const decision = '2023-05-12';
  const until = '2026-05-12';

  it('is valid on the day of the decision', () => {
    expect(certificateStatus(cert(decision), decision)).toEqual({
      state: 'valid',
      validUntil: until,
      daysLeft: 1096,
    });
  });

  it('is expiring with 0 days left on the last valid day', () => {
    expect(certificateStatus(cert(decision), until)).toEqual({
      state: 'expiring',
      validUntil: until,
      daysLeft: 0,
    });
  });

  it('is expired the day after', () => {
    expect(certificateStatus(cert(decision), '2026-05-13')).toEqual({
      state: 'expired',
      validUntil: until,
      daysLeft: -1,
    });
  });

  it('is expiring exactly 90 days before and valid 91 days before', () => {
    // 2026-05-12 − 90 days = 2026-02-11; − 91 days = 2026-02-10.
    const at90 = certificateStatus(cert(decision), '2026-02-11');
    expect(at90).toMatchObject({ state: 'expiring', daysLeft: 90 });
    const at91 = certificateStatus(cert(decision), '2026-02-10');
    expect(at91).toMatchObject({ state: 'valid', daysLeft: 91 });
  });

  it('has 1 day left the day before the last valid day (36 months here is 1096 days, not 3×365)', () => {
    expect(certificateStatus(cert(decision), '2026-05-11')).toMatchObject({
      state: 'expiring',
      daysLeft: 1,
    });
  });
});

describe('leap-year decisions', () => {
  it('a 2024-02-29 decision is valid through 2027-02-28 and expired on 2027-03-01', () => {
    expect(certificateStatus(cert('2024-02-29'), '2024-02-29').state).toBe('valid');
    expect(certificateStatus(cert('2024-02-29'), '2027-02-28')).toEqual({
      state: 'expiring',
      validUntil: '2027-02-28',
      daysLeft: 0,
    });
    expect(certificateStatus(cert('2024-02-29'), '2027-03-01')).toMatchObject({
      state: 'expired',
      daysLeft: -1,
    });
  });

  it('a 2020-02-29 decision is valid through 2023-02-28', () => {
    expect(certificateStatus(cert('2020-02-29'), '2023-02-28')).toMatchObject({
      state: 'expiring',
      validUntil: '2023-02-28',
      daysLeft: 0,
    });
    expect(certificateStatus(cert('2020-02-29'), '2023-03-01').state).toBe('expired');
    // 90 days before 2023-02-28 is 2022-11-30.
    expect(certificateStatus(cert('2020-02-29'), '2022-11-30')).toMatchObject({
      state: 'expiring',
      daysLeft: 90,
    });
    expect(certificateStatus(cert('2020-02-29'), '2022-11-29')).toMatchObject({
      state: 'valid',
      daysLeft: 91,
    });
  });
});

describe('revocation', () => {
  it('revoked wins even on the decision day', () => {
    expect(certificateStatus(cert('2025-01-10', 'revoked'), '2025-01-10').state).toBe('revoked');
  });

  it('revoked wins when the dates would make it expiring or expired', () => {
    expect(certificateStatus(cert('2020-01-10', 'revoked'), '2023-01-10').state).toBe('revoked');
    expect(certificateStatus(cert('2020-01-10', 'revoked'), '2030-01-10').state).toBe('revoked');
  });

  it('still reports validUntil and daysLeft for a revoked certificate', () => {
    expect(certificateStatus(cert('2023-05-12', 'revoked'), '2026-05-11')).toEqual({
      state: 'revoked',
      validUntil: '2026-05-12',
      daysLeft: 1,
    });
  });
});

describe('currentCertification', () => {
  const a = { ...cert('2019-03-01'), id: 'a' };
  const b = { ...cert('2022-03-01', 're-recognised'), id: 'b' };
  const c = { ...cert('2024-02-29', 'upgraded'), id: 'c' };

  it('picks the latest by decision date whatever the order of the array', () => {
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, c, a],
      [a, c, b],
    ]) {
      expect(currentCertification(order).id).toBe('c');
    }
  });

  it('returns the only certification of a one-item history', () => {
    expect(currentCertification([a])).toBe(a);
  });

  it('throws on an empty history', () => {
    expect(() => currentCertification([])).toThrow(RangeError);
    expect(() => productCertificateStatus([], '2025-01-01')).toThrow(/at least one/);
  });

  it('a later revocation decides the product status', () => {
    const revoked = cert('2024-06-01', 'revoked');
    expect(productCertificateStatus([revoked, cert('2023-06-01')], '2024-07-01').state).toBe(
      'revoked',
    );
  });

  it('a later re-recognition supersedes an older, expired certificate', () => {
    const history = [cert('2023-09-01', 're-recognised'), cert('2020-09-01')];
    expect(productCertificateStatus(history, '2024-01-01')).toEqual({
      state: 'valid',
      validUntil: addMonths('2023-09-01', 36),
      daysLeft: 974,
    });
  });
});
