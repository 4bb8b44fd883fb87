/** Booth products flagged at a fair: expired or revoked on the day, or lapsing before the fair ends. */
import { describe, expect, it } from 'vitest';
import { certificateStatus } from '../../src/lib/domain/certificate-status.ts';
import {
  boothFlag,
  countBoothFlags,
  flaggedBoothProducts,
} from '../../src/lib/domain/fair-booth-standing.ts';
import { certificateStanding } from '../../src/lib/domain/product-standing.ts';

const cert = (decisionDate: string, status: 'new' | 'revoked' = 'new') => ({
  stars: 4 as const,
  decisionDate,
  status,
});

describe('boothFlag', () => {
  // Decided 2023-12-20: valid through 2026-12-20.
  const lapsing = certificateStatus(cert('2023-12-20'), '2026-12-06');

  it('flags a certificate that lapses before the fair ends', () => {
    expect(lapsing.state).toBe('expiring');
    expect(boothFlag(lapsing, '2026-12-22')).toBe('expires-before-end');
    expect(boothFlag(lapsing, '2026-12-21')).toBe('expires-before-end');
  });

  it('does not flag one valid through the fair’s last day (valid-until = end date)', () => {
    expect(boothFlag(lapsing, '2026-12-20')).toBeUndefined();
    expect(boothFlag(lapsing, '2026-12-10')).toBeUndefined();
  });

  it('flags expired and revoked certificates whatever the fair’s dates', () => {
    const expired = certificateStatus(cert('2020-11-13'), '2026-12-06');
    expect(expired.state).toBe('expired');
    expect(boothFlag(expired, '2020-12-01')).toBe('expired');
    const revoked = certificateStatus(cert('2025-01-01', 'revoked'), '2026-12-06');
    expect(boothFlag(revoked, '2027-01-01')).toBe('revoked');
    expect(boothFlag(revoked, '2026-12-06')).toBe('revoked');
  });

  it('does not flag a valid certificate that covers the fair', () => {
    const valid = certificateStatus(cert('2025-05-08'), '2026-12-06');
    expect(valid.state).toBe('valid');
    expect(boothFlag(valid, '2026-12-22')).toBeUndefined();
  });

  it('reads the standing’s status (the one derivation), including an upcoming re-decision', () => {
    // An old certificate expired; a new decision after the day is not in force yet.
    const standing = certificateStanding([cert('2020-01-01'), cert('2027-01-01')], '2026-12-06');
    expect(boothFlag(standing.status, '2026-12-22')).toBe('expired');
  });
});

describe('flaggedBoothProducts and countBoothFlags', () => {
  const statuses: Record<string, ReturnType<typeof certificateStatus>> = {
    old: certificateStatus(cert('2020-11-13'), '2026-12-06'),
    gone: certificateStatus(cert('2025-01-01', 'revoked'), '2026-12-06'),
    lapsing: certificateStatus(cert('2023-12-20'), '2026-12-06'),
    fine: certificateStatus(cert('2025-05-08'), '2026-12-06'),
  };
  const booths = [
    { number: 'D1', products: ['fine', 'old'] },
    { number: 'D2', products: [] },
    { number: 'D3', products: ['lapsing', 'gone', 'fine'] },
  ];
  const flagged = flaggedBoothProducts(booths, (p) => statuses[p]!, '2026-12-22');

  it('lists each flagged product with its booth, in the fair’s order', () => {
    expect(flagged.map((f) => [f.booth, f.product, f.flag])).toEqual([
      ['D1', 'old', 'expired'],
      ['D3', 'lapsing', 'expires-before-end'],
      ['D3', 'gone', 'revoked'],
    ]);
    expect(flagged[1]!.status.validUntil).toBe('2026-12-20');
  });

  it('counts each flag', () => {
    expect(countBoothFlags(flagged)).toEqual({
      revoked: 1,
      expired: 1,
      'expires-before-end': 1,
    });
    expect(countBoothFlags([])).toEqual({ revoked: 0, expired: 0, 'expires-before-end': 0 });
  });
});
