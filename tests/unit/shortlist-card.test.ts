import { describe, expect, it } from 'vitest';
import { cardState, shardKey } from '../../src/lib/shortlist/card.ts';
import { certificateStatus } from '../../src/lib/domain/certificate-status.ts';

describe('shardKey', () => {
  it('is the first two characters of the code', () => {
    expect(shardKey('k7q2m4')).toBe('k7');
  });
});

describe('cardState', () => {
  it('agrees with certificateStatus, the rule the pages use, around every boundary', () => {
    const decisionDate = '2023-05-12';
    const { validUntil } = certificateStatus({ decisionDate, status: 'new' }, '2023-05-12');
    for (const today of [
      '2023-05-12',
      '2026-02-10',
      '2026-02-11',
      '2026-02-12',
      validUntil,
      '2026-05-13',
      '2030-01-01',
    ]) {
      expect(cardState({ validUntil }, today), today).toBe(
        certificateStatus({ decisionDate, status: 'new' }, today).state,
      );
    }
  });

  it('says revoked whatever the date', () => {
    expect(cardState({ validUntil: '2099-01-01', revoked: true }, '2024-01-01')).toBe('revoked');
  });
});
