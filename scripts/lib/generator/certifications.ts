/**
 * A product's certification history: first recognition, then re-recognition near the end of the
 * 36 months or an upgrade, sometimes a revocation. Level and issuer follow the rules of the
 * time: 5★ by the ministry, 4★ by the province, 3★ by the district before July 2025 and by the
 * province after; certificates dated before the merger name the old province.
 */
import type { z } from 'astro/zod';
import type { certificationSchema } from '../../../src/schemas/certification.ts';
import type { FormerProvince, Province } from '../../../src/schemas/province.ts';
import { addMonths } from '../../../src/lib/domain/dates.ts';
import {
  type DecisionRounds,
  FIRST_DATE,
  LAST_TARGET,
  fromDayNumber,
  toDayNumber,
} from './decision-rounds.ts';
import { provinceLabel } from './geography.ts';
import type { Random } from './random.ts';

export type GeneratedCertification = z.input<typeof certificationSchema>;
export type Stars = 3 | 4 | 5;

/** Decision 1489/QĐ-TTg moved 3★ to the provinces as the 2025 merger took effect. */
export const REFORM_DATE = '2025-07-01';
/** The first 5★ products were decided in 2020. */
const FIVE_STAR_FROM = '2020-06-01';
/** The ministry took its new name (Nông nghiệp và Môi trường) on 1 March 2025. */
const MINISTRY_RENAMED = '2025-03-01';
/** Thừa Thiên Huế became the centrally run city of Huế on 1 January 2025. */
const HUE_CITY_FROM = '2025-01-01';
/** Worst case a round snaps a target forward (months), kept free at the end of the window. */
const SNAP_SLACK_MONTHS = 8;

export interface CertificationPlace {
  province: Province;
  /** The pre-2025 province the producer was in (may be the same slug as `province`). */
  former: FormerProvince;
  /** The pre-2025 district, e.g. "huyện Tân Phú". */
  district: string;
}

function issuerFor(stars: Stars, date: string, place: CertificationPlace) {
  if (stars === 5) {
    const renamed = date >= MINISTRY_RENAMED;
    return {
      level: 'central' as const,
      issuer: renamed ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Nông nghiệp và Phát triển nông thôn',
      suffix: renamed ? 'QĐ-BNNMT' : 'QĐ-BNN-VPĐP',
    };
  }
  if (date < REFORM_DATE) {
    if (stars === 3) {
      return { level: 'district' as const, issuer: `UBND ${place.district}`, suffix: 'QĐ-UBND' };
    }
    const { former } = place;
    const label =
      former.slug === 'thua-thien-hue' && date < HUE_CITY_FROM
        ? 'tỉnh Thừa Thiên Huế'
        : provinceLabel(former.slug === 'thua-thien-hue' ? 'Huế' : former.name, former.kind);
    return { level: 'province' as const, issuer: `UBND ${label}`, suffix: 'QĐ-UBND' };
  }
  const { province } = place;
  return {
    level: 'province' as const,
    issuer: `UBND ${provinceLabel(province.name, province.kind)}`,
    suffix: 'QĐ-UBND',
  };
}

const half = (x: number) => Math.round(x * 2) / 2;

function scoreFor(random: Random, stars: Stars, potential: boolean): number {
  if (potential) return half(random.float(90, 95.6));
  if (stars === 3) return half(random.float(50, 69.6));
  if (stars === 4) return half(random.float(70, 89.6));
  return half(random.float(90, 98.6));
}

/** Stars of each certification, oldest first, ending with `final`. */
function starChain(random: Random, final: Stars): Stars[] {
  const roll = random.next();
  const length = roll < 0.72 ? 1 : roll < 0.94 ? 2 : 3;
  const chain: Stars[] = [final];
  while (chain.length < length) {
    const next = chain[0] as Stars;
    const prev: Stars =
      next === 3 ? 3 : next === 4 ? (random.chance(0.55) ? 3 : 4) : random.chance(0.7) ? 4 : 5;
    chain.unshift(prev);
  }
  return chain;
}

export interface HistoryOptions {
  finalStars: Stars;
  revoke: boolean;
}

export function buildCertifications(
  random: Random,
  rounds: DecisionRounds,
  place: CertificationPlace,
  { finalStars, revoke }: HistoryOptions,
): GeneratedCertification[] {
  let chain = starChain(random, finalStars);
  // Months between certifications: an upgrade within 14–30 months, re-recognition near 36.
  let gaps = chain
    .slice(1)
    .map((s, i) => (s > (chain[i] as Stars) ? random.int(14, 30) : random.int(33, 37)));
  const earliest = toDayNumber(chain.includes(5) ? FIVE_STAR_FROM : FIRST_DATE);
  const latestFor = (months: number) =>
    toDayNumber(addMonths(LAST_TARGET, -(months + SNAP_SLACK_MONTHS * gaps.length)));
  while (chain.length > 1 && latestFor(gaps.reduce((a, b) => a + b, 0)) < earliest) {
    chain = chain.slice(1);
    gaps = gaps.slice(1);
  }
  let target = fromDayNumber(random.int(earliest, latestFor(gaps.reduce((a, b) => a + b, 0))));

  const history: GeneratedCertification[] = [];
  chain.forEach((stars, i) => {
    if (i > 0) target = addMonths(history[i - 1]?.decisionDate as string, gaps[i - 1] as number);
    const potential =
      stars === 4 &&
      (chain[i + 1] === 5 ? random.chance(0.6) : i === chain.length - 1 && random.chance(0.03));
    history.push(
      certification(rounds, place, stars, target, {
        status: i === 0 ? 'new' : stars > (chain[i - 1] as Stars) ? 'upgraded' : 're-recognised',
        score: scoreFor(random, stars, potential),
        potential,
      }),
    );
  });

  if (revoke) {
    const last = history[history.length - 1] as GeneratedCertification;
    const revokeTarget = addMonths(last.decisionDate, random.int(2, 30));
    if (revokeTarget <= LAST_TARGET) {
      history.push(certification(rounds, place, last.stars, revokeTarget, { status: 'revoked' }));
    }
  }
  return history;
}

function certification(
  rounds: DecisionRounds,
  place: CertificationPlace,
  stars: Stars,
  target: string,
  extra: { status: GeneratedCertification['status']; score?: number; potential?: boolean },
): GeneratedCertification {
  const decisionDate = rounds.snap(stars === 5 ? 'central' : place.province.slug, target);
  const { level, issuer, suffix } = issuerFor(stars, decisionDate, place);
  const formerDiffers = decisionDate < REFORM_DATE && place.former.slug !== place.province.slug;
  return {
    stars,
    ...(extra.score === undefined ? {} : { score: extra.score }),
    ...(extra.potential ? { potentialFiveStar: true } : {}),
    level,
    decision: `${rounds.decisionNumber(issuer, decisionDate)}/${suffix}`,
    decisionDate,
    issuer,
    status: extra.status,
    ...(formerDiffers ? { formerProvince: place.former.slug } : {}),
  };
}
