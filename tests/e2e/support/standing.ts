/**
 * Products of the build under test by the standing of their certificate on the build day, and
 * the words the site must print for it — written here from the content files, independently
 * of `src/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  currentCertification,
  DIST,
  expectedState,
  formatViDate,
  hasUnambiguousCurrent,
  isRevoked,
  pick,
  products,
  validUntil,
  type ProductEntry,
} from './catalogue.ts';

export type Coded = ProductEntry & { code: string };

/** The day the build under test was made (its footer says so): the sheets are printed on it. */
export function buildDay(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const footer = html.slice(html.lastIndexOf('<footer'));
  const day = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(footer)?.[1];
  if (!day) throw new Error('The home page of the build has no build day in its footer');
  return day;
}

/** Products of the build whose certificate on `day` is revoked, expired, valid (two). */
export function standingSubjects(day: string) {
  const all = (products() as Coded[]).filter(
    (p) => hasUnambiguousCurrent(p) && currentCertification(p).decisionDate <= day,
  );
  const state = (p: Coded) => expectedState(currentCertification(p), day);
  const valid = all.filter((p) => state(p) === 'valid');
  if (valid.length < 2) throw new Error(`The build needs two products valid on ${day}`);
  return {
    revoked: pick(all, 'product whose certificate is revoked', isRevoked),
    expired: pick(
      all,
      `product whose certificate had expired on ${day}`,
      (p) => state(p) === 'expired',
    ),
    valid: valid[0]!,
    valid2: valid[1]!,
  };
}

/** The status words the sheets must print for a product on `day` (written here, not imported). */
export function statusWords(p: ProductEntry, day: string): string {
  const cert = currentCertification(p);
  const until = formatViDate(validUntil(cert.decisionDate));
  return {
    valid: `Còn hiệu lực đến ${until}`,
    expiring: `Sắp hết hạn: hiệu lực đến ${until}`,
    expired: `Đã hết hạn ngày ${until}`,
    revoked: 'Chứng nhận đã bị thu hồi',
  }[expectedState(cert, day)];
}
