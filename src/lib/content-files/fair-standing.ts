/**
 * Warnings (not errors) for `npm run check:content`: booth products whose certificate is
 * expired or revoked on the day, or runs out before the fair ends. These are facts of time —
 * the same file is fine in March and flagged in April — so they never fail the check; the fair
 * page and its print kit show the same flags (`lib/domain/fair-booth-standing.ts`). Fairs that
 * are over are not checked: nothing can be done about them any more.
 */
import { fairStatus } from '../domain/fair-status.ts';
import { flaggedBoothProducts, type BoothFlag } from '../domain/fair-booth-standing.ts';
import { certificateStanding } from '../domain/product-standing.ts';
import type { ContentProblem } from './errors.ts';
import type { Catalogue } from './read-content.ts';

const WHY: Record<BoothFlag, (validUntil: string) => string> = {
  revoked: () => 'certificate revoked',
  expired: (until) => `certificate expired (valid until ${until})`,
  'expires-before-end': (until) => `certificate valid until ${until}, before the fair ends`,
};

/** One warning per flagged booth product, naming the fair file, the booth and the product. */
export function fairStandingWarnings(catalogue: Catalogue, today: string): ContentProblem[] {
  const products = new Map(catalogue.products.map((p) => [p.id, p.data]));
  const warnings: ContentProblem[] = [];
  for (const fair of catalogue.fairs ?? []) {
    // A fair that is over cannot be mended: its page still flags, the check stays quiet.
    if (fairStatus(fair.data, today).state === 'past') continue;
    const booths = fair.data.booths.map((booth, i) => ({
      number: booth.number,
      products: booth.products.flatMap((slug, j) => {
        const data = products.get(slug);
        if (!data) return []; // a missing product is an error of its own (fair-references.ts)
        try {
          const { status } = certificateStanding(data.certifications, today);
          return [{ slug, data, field: `booths[${i}].products[${j}]`, status }];
        } catch {
          return []; // no decision in force yet: not listed on the site at all
        }
      }),
    }));
    const flagged = flaggedBoothProducts(booths, (p) => p.status, fair.data.endDate);
    for (const { booth, product, flag, status } of flagged) {
      warnings.push({
        file: fair.file,
        field: product.field,
        message: `booth ${booth}: "${product.slug}": ${WHY[flag](status.validUntil)} (as of ${today}; the fair ends ${fair.data.endDate})`,
      });
    }
  }
  return warnings;
}
