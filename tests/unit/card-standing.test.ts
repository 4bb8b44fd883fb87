import { describe, expect, it } from 'vitest';
import { certificateStatus } from '../../src/lib/domain/certificate-status.ts';
import { standingLine, statusPhrase } from '../../src/lib/i18n/standing-words.ts';
import type { ProductCardData } from '../../src/lib/shortlist/card.ts';
import { cardStanding, leaveOut, notInForce } from '../../src/lib/shortlist/card-standing.ts';

const card = (over: Partial<ProductCardData> = {}): ProductCardData => ({
  slug: 'san-pham',
  name: 'Sản phẩm',
  stars: 4,
  province: 'Hà Nội',
  producer: 'Chủ thể',
  decision: '1/QĐ-UBND',
  validUntil: '2027-06-30',
  ...over,
});

describe('cardStanding', () => {
  it('says the status in words beside the stars, in both languages', () => {
    expect(cardStanding(card(), '2026-12-06', 'vi')).toEqual({
      state: 'valid',
      inForce: true,
      stars: 'OCOP 4 sao',
      status: 'Còn hiệu lực đến 30/6/2027',
    });
    expect(cardStanding(card(), '2026-12-06', 'en')).toEqual({
      state: 'valid',
      inForce: true,
      stars: 'OCOP 4 stars',
      status: 'Valid until 30 Jun 2027',
    });
  });

  it('is expiring within 90 days, expired the day after valid-until, revoked whatever the day', () => {
    expect(cardStanding(card(), '2027-04-01', 'vi')).toMatchObject({
      state: 'expiring',
      inForce: true,
      status: 'Sắp hết hạn: hiệu lực đến 30/6/2027',
    });
    expect(cardStanding(card(), '2027-06-30', 'vi').state).toBe('expiring');
    expect(cardStanding(card(), '2027-07-01', 'vi')).toMatchObject({
      state: 'expired',
      inForce: false,
      status: 'Đã hết hạn ngày 30/6/2027',
    });
    expect(cardStanding(card({ revoked: true }), '2026-12-06', 'en')).toMatchObject({
      state: 'revoked',
      inForce: false,
      status: 'Certificate revoked',
    });
  });

  it('agrees with the pages’ rule (certificateStatus) and words (standingLine) on every boundary', () => {
    const decisionDate = '2024-06-30';
    const { validUntil } = certificateStatus({ decisionDate, status: 'new' }, decisionDate);
    for (const today of ['2024-06-30', '2027-03-31', '2027-04-01', validUntil, '2027-07-01']) {
      const status = certificateStatus({ decisionDate, status: 'new' }, today);
      const standing = cardStanding(card({ validUntil }), today, 'vi');
      expect(standing.state, today).toBe(status.state);
      expect(`${standing.stars} · ${standing.status}`).toBe(standingLine(4, status, 'vi'));
      expect(standing.status).toBe(statusPhrase(status, 'vi'));
    }
  });
});

describe('notInForce', () => {
  const found = [
    { code: 'aaaaaa', card: card() },
    { code: 'bbbbbb', card: card({ revoked: true, name: 'Thu hồi' }) },
    { code: 'cccccc', card: card({ validUntil: '2025-01-31', name: 'Hết hạn' }) },
    { code: 'dddddd', card: card({ validUntil: '2027-01-31' }) },
  ];

  it('names the expired and revoked products of a list, in its order, with their status', () => {
    const bad = notInForce(found, '2026-12-06', 'vi');
    expect(bad.map((b) => [b.code, b.standing.state, b.standing.status])).toEqual([
      ['bbbbbb', 'revoked', 'Chứng nhận đã bị thu hồi'],
      ['cccccc', 'expired', 'Đã hết hạn ngày 31/1/2025'],
    ]);
  });

  it('decides on the day it is given: what is expiring today is expired later', () => {
    expect(notInForce(found, '2027-02-01', 'vi').map((b) => b.code)).toEqual([
      'bbbbbb',
      'cccccc',
      'dddddd',
    ]);
  });
});

describe('leaveOut', () => {
  it('drops the codes left out and keeps the order of the rest', () => {
    expect(leaveOut(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['b', 'd']);
    expect(leaveOut(['a', 'b'], [])).toEqual(['a', 'b']);
    expect(leaveOut(['a'], ['a'])).toEqual([]);
  });
});
