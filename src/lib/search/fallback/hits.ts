/** A document's display record and facet values → the hit a results list shows (pure). */
import { slugify } from '../../domain/vietnamese.ts';
import type { CertificateState } from '../../domain/certificate-status.ts';
import type { ProducerType } from '../../../schemas/producer.ts';
import { decodeOrder, type DisplayRecord, type EngineFacet } from './format.ts';
import type { Loaded } from './load.ts';
import type { ProductHit } from './types.ts';

export function toHit(loaded: Loaded, id: number, record: DisplayRecord): ProductHit {
  const { manifest, columns } = loaded;
  const [name, producerName, certifiedOn, validUntil, slug, producerSlug, code, order, nameEn] =
    record;
  const value = (facet: EngineFacet) => columns[facet].values[columns[facet].codes[id]!]!;
  const province = value('province');
  return {
    id: slug || slugify(name),
    name,
    ...(nameEn ? { nameEn } : {}),
    producer: producerSlug || slugify(producerName),
    producerName,
    producerType: value('producerType') as ProducerType,
    province,
    provinceName: manifest.labels.province[province] ?? province,
    categoryGroup: value('categoryGroup'),
    categoryNhom: value('categoryNhom'),
    categoryLeaf: value('categoryLeaf'),
    stars: loaded.stars[id]!,
    certificateStatus: value('certificateStatus') as CertificateState,
    certifiedOn,
    validUntil,
    hasImage: value('hasImage') === 'true',
    ...(code ? { code } : {}),
    ...decodeOrder(order),
  };
}
