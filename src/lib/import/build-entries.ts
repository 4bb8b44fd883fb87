/**
 * The JSON a new product or producer file gets, and a certification appended to an existing
 * product. Only facts from the row go in, English columns included (an existing entry only ever
 * gains a certification, so English text already in content is never dropped or overwritten). A new product's description is required by the
 * schema; when the row has none it gets a placeholder built only from the decision's facts
 * (name, stars, producer, province, decision), which is therefore not listed in
 * `provenance.invented`: editors replace it, and the importer never overwrites it afterwards.
 */
import { getProvince } from '../domain/provinces.ts';
import type { CertificationDraft, CertStatus } from './certification.ts';
import type { ImportRow } from './normalise-row.ts';

/** Marks a generated description so editors (and `isPlaceholderDescription`) can find it. */
export const PLACEHOLDER_MARK = '(Mô tả tạm do trình nhập danh sách tạo từ quyết định công nhận.)';

export function placeholderDescription(row: ImportRow): string {
  const cert = row.certification;
  const province = getProvince(row.province)?.name ?? row.province;
  const [y, m, d] = cert.decisionDate.split('-');
  return (
    `${row.name} – sản phẩm OCOP ${cert.stars} sao của ${row.producerName}, ${province}, ` +
    `công nhận theo Quyết định ${cert.decision} ngày ${d}/${m}/${y}. ${PLACEHOLDER_MARK}`
  );
}

export function isPlaceholderDescription(text: string): boolean {
  return text.includes(PLACEHOLDER_MARK);
}

export type Json = Record<string, unknown>;

export function certificationJson(cert: CertificationDraft, status: CertStatus): Json {
  const json: Json = {
    stars: cert.stars,
    ...(cert.score !== undefined ? { score: cert.score } : {}),
    ...(cert.potentialFiveStar ? { potentialFiveStar: true } : {}),
    level: cert.level,
    decision: cert.decision,
    decisionDate: cert.decisionDate,
    issuer: cert.issuer,
    status,
  };
  if (cert.formerProvince) json['formerProvince'] = cert.formerProvince;
  if (cert.source) json['source'] = cert.source;
  return json;
}

export function newProductJson(
  row: ImportRow,
  slugOfProducer: string,
  category: string,
  code: string,
): Json {
  const cert = row.certification;
  return {
    code,
    name: row.name,
    ...(row.nameEn && row.nameEn.length >= 2 ? { nameEn: row.nameEn } : {}),
    category,
    producer: slugOfProducer,
    province: row.province,
    ...(row.commune && row.commune.length >= 2 ? { commune: row.commune } : {}),
    description:
      row.description && row.description.length >= 10
        ? row.description
        : placeholderDescription(row),
    ...(row.descriptionEn && row.descriptionEn.length >= 10
      ? { descriptionEn: row.descriptionEn }
      : {}),
    images: [],
    ...(row.packaging && row.packaging.length >= 2 ? { packaging: row.packaging } : {}),
    ...(row.packagingEn && row.packagingEn.length >= 2 ? { packagingEn: row.packagingEn } : {}),
    ...(row.price ? { price: row.price } : {}),
    channels: [],
    salesPoints: [],
    certifications: [certificationJson(cert, cert.status ?? 'new')],
    provenance: { sources: cert.source ? [cert.source] : [], invented: [] },
  };
}

export function newProducerJson(row: ImportRow, code: string): Json {
  return {
    code,
    name: row.producerName,
    type: row.producerType,
    province: row.province,
    ...(row.commune && row.commune.length >= 2 ? { commune: row.commune } : {}),
    ...(row.address && row.address.length >= 2 ? { address: row.address } : {}),
    social: [],
    ...(row.producerStory && row.producerStory.length >= 10 ? { story: row.producerStory } : {}),
    ...(row.producerStoryEn && row.producerStoryEn.length >= 10
      ? { storyEn: row.producerStoryEn }
      : {}),
    provenance: { sources: [], invented: [] },
  };
}

/** Same decision: the number compared without spaces or case, and the same date. */
export function sameDecision(a: { decision: string; decisionDate: string }, b: CertificationDraft) {
  const key = (s: string) => s.replace(/\s+/g, '').toUpperCase().replace(/QD/g, 'QĐ');
  return key(a.decision) === key(b.decision) && a.decisionDate === b.decisionDate;
}

/** Inserts a certification keeping the history oldest first (stable for equal dates). */
export function insertByDate(history: Json[], cert: Json): Json[] {
  const date = cert['decisionDate'] as string;
  const at = history.findIndex((c) => (c['decisionDate'] as string) > date);
  return at < 0 ? [...history, cert] : [...history.slice(0, at), cert, ...history.slice(at)];
}
