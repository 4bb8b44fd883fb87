/**
 * The certification a row records: level and issuer follow the rules of Decision 1489/QĐ-TTg
 * (5★ by the ministry, 3★–4★ by the province) unless the file says otherwise.
 */
import {
  FORMER_PROVINCE_SLUGS,
  getFormerProvince,
  getProvince,
  type ProvinceResolution,
} from '../domain/provinces.ts';
import { foldVietnamese } from '../domain/vietnamese.ts';
import { resolveProvince } from './decider.ts';
import type { Decider } from './decider.ts';

export type Level = 'district' | 'province' | 'central';
export type CertStatus = 'new' | 're-recognised' | 'upgraded' | 'revoked';

export interface CertificationDraft {
  stars: 3 | 4 | 5;
  score?: number | undefined;
  potentialFiveStar: boolean;
  level: Level;
  decision: string;
  decisionDate: string;
  issuer: string;
  status?: CertStatus | undefined;
  formerProvince?: string | undefined;
  source?: string | undefined;
}

/** The ministry took its new name on 1 March 2025 (Bộ Nông nghiệp và Môi trường). */
export function ministryOn(date: string): string {
  return date >= '2025-03-01'
    ? 'Bộ Nông nghiệp và Môi trường'
    : 'Bộ Nông nghiệp và Phát triển nông thôn';
}

function parseLevel(cell: string): Level | undefined {
  const f = foldVietnamese(cell);
  if (/^(district|province|central)$/.test(f)) return f as Level;
  if (/huyen/.test(f)) return 'district';
  if (/trung uong|quoc gia|bo /.test(f)) return 'central';
  if (/tinh|thanh pho/.test(f)) return 'province';
  return undefined;
}

interface Input {
  stars: 3 | 4 | 5;
  score?: number | undefined;
  potentialFiveStar: boolean;
  decision: string;
  decisionDate: string;
  levelCell: string;
  issuerCell: string;
  formerCell: string;
  status?: CertStatus | undefined;
  decider: Decider;
  place: ProvinceResolution;
  source?: string | undefined;
  flags: string[];
}

export function certificationFor(input: Input): CertificationDraft {
  const { stars, decider, place } = input;
  let level = parseLevel(input.levelCell) ?? (stars === 5 ? 'central' : 'province');
  if (stars === 5 && level !== 'central') {
    input.flags.push('5★ is certified by the ministry: level set to central');
    level = 'central';
  }
  const named = decider.province ?? place;
  const provinceName =
    decider.provinceName ??
    (named.former ? getFormerProvince(named.former)?.name : getProvince(named.province)?.name) ??
    named.province;
  const kind =
    (named.former ? getFormerProvince(named.former)?.kind : getProvince(named.province)?.kind) ??
    'province';
  const provinceWords = `${kind === 'city' ? 'thành phố' : 'tỉnh'} ${provinceName}`;
  const issuer =
    input.issuerCell ||
    (level === 'central'
      ? ministryOn(input.decisionDate)
      : level === 'district'
        ? `UBND cấp huyện, ${provinceWords}`
        : `UBND ${provinceWords}`);
  const formerFromCell = input.formerCell ? resolveProvince(input.formerCell)?.former : undefined;
  const candidates = [formerFromCell, decider.province, place].map((c) =>
    typeof c === 'string' || c === undefined
      ? c
      : c.former && c.former !== c.province
        ? c.former
        : undefined,
  );
  const former = candidates.find((c) => c && FORMER_PROVINCE_SLUGS.includes(c));
  return {
    stars,
    ...(input.score !== undefined ? { score: input.score } : {}),
    potentialFiveStar: input.potentialFiveStar,
    level,
    decision: input.decision,
    decisionDate: input.decisionDate,
    issuer,
    status: input.status,
    ...(former ? { formerProvince: former } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
}
