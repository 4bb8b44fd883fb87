/**
 * A product's standing on a day: the one derivation of everything the site says about its
 * OCOP certificate — which certification is current, its status, the stars to show, the 2025
 * province and the former ones, the category path. Pure: no `astro:content`, no build date
 * read here (the day is an argument), so pages, search documents of both engines, badges,
 * share images, captions, open data, print cards and fair cards all get the same answer, and
 * the browser can run it too.
 *
 * A decision dated after the day is announced but not yet in force: it does not decide the
 * standing while an earlier one does. A product none of whose decisions is in force yet has no
 * standing, and asking for one is an error naming the dates (the catalogue lists a product
 * from its decision date on).
 */
import { certificateStatus, type CertificateStatus } from './certificate-status.ts';
import { categoryPath, type Category } from './categories.ts';
import { getProvince } from './provinces.ts';
import type { OcopStars } from './stars.ts';
import type { Province } from '../../schemas/province.ts';

/** What the derivation reads of one certification (the schema's `Certification` fits). */
export interface StandingCertification {
  stars: OcopStars;
  decisionDate: string;
  status: 'new' | 're-recognised' | 'upgraded' | 'revoked';
  potentialFiveStar?: boolean | undefined;
  formerProvince?: string | undefined;
}

/** What it reads of a product (the schema's `ProductData` fits). */
export interface StandingInput<C extends StandingCertification> {
  province: string;
  category: string;
  certifications: readonly C[];
}

/** What the certificates alone decide (badges need no more). */
export interface CertificateStanding<C extends StandingCertification = StandingCertification> {
  /** Every certification, oldest decision first (same-day decisions keep their file order). */
  history: C[];
  /** The certification in force on the day: the latest decided on or before it. */
  current: C;
  /** Decisions dated after the day (announced, not yet in force), oldest first. */
  upcoming: C[];
  /** Stars of the current certification: shown only with `status` beside them. */
  stars: OcopStars;
  potentialFiveStar: boolean;
  /** Status of the current certification on the day. */
  status: CertificateStatus;
  /** Not revoked: listed in browse pages, counted in facets. */
  listed: boolean;
  /** Valid or expiring: the only case a product may be called "OCOP N sao" without a caveat. */
  inForce: boolean;
  /** Pre-2025 provinces named on any certificate, first named first. */
  formerProvinces: string[];
  /** Decision date of the first certification: when it entered the programme. */
  firstCertified: string;
}

export interface ProductStanding<
  C extends StandingCertification = StandingCertification,
> extends CertificateStanding<C> {
  /** Province of 2025. */
  province: Province;
  /** Decision 148 path, group first, leaf last. */
  categoryPath: Category[];
}

/** A product none of whose decisions is in force on the day. */
export class NoCertificationInForceError extends RangeError {
  constructor(decisionDates: readonly string[], today: string) {
    super(
      decisionDates.length === 0
        ? 'a product needs at least one certification'
        : `no certification is in force on ${today}: decided on ${decisionDates.join(', ')}`,
    );
    this.name = 'NoCertificationInForceError';
  }
}

/** A province slug the schema should have refused. */
export class UnknownProvinceError extends RangeError {
  constructor(slug: string) {
    super(`unknown province "${slug}"`);
    this.name = 'UnknownProvinceError';
  }
}

/** The history sorted by decision date (stable: same-day decisions keep their order). */
export function sortHistory<C extends { decisionDate: string }>(certifications: readonly C[]): C[] {
  return certifications.toSorted((a, b) =>
    a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : 0,
  );
}

/** What a product's certifications say on `today` (YYYY-MM-DD, Vietnam time). */
export function certificateStanding<C extends StandingCertification>(
  certifications: readonly C[],
  today: string,
): CertificateStanding<C> {
  const history = sortHistory(certifications);
  const current = history.findLast((c) => c.decisionDate <= today);
  if (!current)
    throw new NoCertificationInForceError(
      history.map((c) => c.decisionDate),
      today,
    );
  const status = certificateStatus(current, today);
  return {
    history,
    current,
    upcoming: history.filter((c) => c.decisionDate > today),
    stars: current.stars,
    potentialFiveStar: current.potentialFiveStar === true,
    status,
    listed: status.state !== 'revoked',
    inForce: status.state === 'valid' || status.state === 'expiring',
    formerProvinces: [
      ...new Set(history.flatMap((c) => (c.formerProvince ? [c.formerProvince] : []))),
    ],
    firstCertified: history[0]!.decisionDate,
  };
}

/** The standing of a product on `today`: its certificates, its province and its category. */
export function productStanding<C extends StandingCertification>(
  product: StandingInput<C>,
  today: string,
): ProductStanding<C> {
  const province = getProvince(product.province);
  if (!province) throw new UnknownProvinceError(product.province);
  return {
    ...certificateStanding(product.certifications, today),
    province,
    categoryPath: categoryPath(product.category),
  };
}

/**
 * What the day decides about a product wherever it is shown: which certification is in force
 * and its status (stars, "listed" and "in force" follow from these). Two days with equal facts
 * show the product the same way — the daily build renders again only what shows a product
 * whose facts changed (`lib/catalogue/digests.ts`).
 */
export function standingDayFacts(
  standing: Pick<CertificateStanding, 'history' | 'current' | 'status'>,
): [number, CertificateStatus['state']] {
  return [standing.history.indexOf(standing.current), standing.status.state];
}
