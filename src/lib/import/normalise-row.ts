/**
 * One product row of a list → the facts to import, cleaned (NFC, spaces, tone marks), or the
 * reason it cannot be imported. Which decision, date and province apply comes from the row
 * itself (the open-data CSV has them per row), else the command line, else the title block.
 */
import { getFormerProvince, getProvince } from '../domain/provinces.ts';
import { isValidIsoDate } from '../domain/dates.ts';
import { SLUG_PATTERN } from '../domain/vietnamese.ts';
import { normaliseCode } from '../domain/codes.ts';
import type { ProducerType } from '../../schemas/producer.ts';
import { cleanText, parseDecimal } from './clean-text.ts';
import { statusFromNote, type SectionContext } from './classify-row.ts';
import { normaliseDecision, parseDate } from './find-header.ts';
import type { ColumnMap, Field } from './map-columns.ts';
import type { CommuneMergerTable } from './commune-mergers.ts';
import { mapOldCommune } from './map-old-commune.ts';
import { parseAddress } from './parse-address.ts';
import { parseCategory } from './parse-category.ts';
import { checkStars } from './parse-stars.ts';
import { producerTypeFromName } from './producer-type.ts';
import { formulaFlags } from './formula-cells.ts';
import { resolveProvince, type Decider } from './decider.ts';
import { certificationFor, type CertificationDraft } from './certification.ts';

export type { Decider };

export interface ImportRow {
  rowNumber: number;
  slug?: string | undefined;
  /** The site's short code (open-data CSV): finds the product even after a rename. */
  code?: string | undefined;
  name: string;
  nameEn?: string | undefined;
  producerName: string;
  producerSlug?: string | undefined;
  producerType: ProducerType;
  province: string;
  commune?: string | undefined;
  address?: string | undefined;
  category?: string | undefined;
  certification: CertificationDraft;
  /** Status written in the row (Ghi chú) or its section; otherwise worked out from history. */
  statusGiven: boolean;
  packaging?: string | undefined;
  price?: { min: number; max?: number; unit: string; unitEn?: string } | undefined;
  description?: string | undefined;
  /** English columns (optional): they go into new entries only. */
  descriptionEn?: string | undefined;
  packagingEn?: string | undefined;
  producerStory?: string | undefined;
  producerStoryEn?: string | undefined;
  flags: string[];
}

export type NormalisedRow =
  | { ok: true; row: ImportRow }
  | { ok: false; rowNumber: number; name?: string | undefined; reason: string; flags: string[] };

export function normaliseRow(
  rowNumber: number,
  cells: readonly string[],
  columns: ColumnMap,
  decider: Decider,
  section: SectionContext,
  communeMergers?: CommuneMergerTable,
): NormalisedRow {
  const get = (field: Field) => {
    const at = columns[field];
    return at === undefined ? '' : cleanText(cells[at] ?? '');
  };
  const name = get('name');
  const producerName = get('producer');
  const flags: string[] = formulaFlags(cells);
  const reject = (reason: string) => ({ ok: false as const, rowNumber, name, reason, flags });
  if (!name) return reject('missing product name');
  if (!producerName) return reject('missing producer');
  let starsCell = get('stars');
  if (!starsCell && section.stars)
    starsCell = section.potential ? 'Tiềm năng 5 sao' : `${section.stars} sao`;
  const stars = checkStars(starsCell, get('score'), get('potential'));
  flags.push(...stars.flags);
  if (stars.reject || !stars.stars) return reject(stars.reject ?? 'no star rating');

  const address = parseAddress(get('address'));
  const provinceCell = resolveProvince(get('province'));
  const place = address.province ?? provinceCell ?? decider.province;
  if (!place) return reject('no province: the address names none (give --province)');
  const decided = decider.province;
  if (decided && (address.province ?? provinceCell)) {
    const at = (address.province ?? provinceCell)!;
    const differs =
      at.province !== decided.province ||
      (at.former && decided.former && at.former !== decided.former);
    if (differs) {
      const where = at.former ? getFormerProvince(at.former)?.name : getProvince(at.province)?.name;
      flags.push(`address is in ${where ?? at.province}, outside the deciding province`);
    }
  }
  let commune = address.commune;
  if (address.threeLevel) {
    const mapped = mapOldCommune(address, place, communeMergers);
    commune = mapped.commune;
    flags.push(mapped.flag);
  }

  const decision = normaliseDecision(get('decision')) || decider.decision;
  const decisionDate = parseDate(get('decisionDate')) ?? decider.decisionDate;
  if (!decision) return reject('no decision number (give --decision or put it in the title)');
  if (!decisionDate || !isValidIsoDate(decisionDate)) {
    return reject('no decision date (give --date or put it in the title)');
  }
  const noteStatus = statusFromNote(get('note')) ?? section.status;
  const certification = certificationFor({
    stars: stars.stars,
    score: stars.score,
    potentialFiveStar: stars.potentialFiveStar,
    decision,
    decisionDate,
    levelCell: get('level'),
    issuerCell: get('issuer'),
    formerCell: get('formerProvince'),
    status: noteStatus,
    decider,
    place,
    source: validUrl(get('source')) ?? decider.source,
    flags,
  });

  const type = producerTypeFromName(producerName, get('producerType'));
  if (type.guessed) flags.push('producer type not in the name: taken as hộ kinh doanh');
  const categoryCells = [
    get('category'),
    get('subgroup'),
    get('group'),
    get('categoryName'),
    get('sector'),
    // The group named by the section heading above the row, when the row names none.
    section.category ?? '',
  ];
  const category = parseCategory(categoryCells, name);
  if (category.flag) flags.push(category.flag);
  const slug = get('slug').toLowerCase();
  const producerSlug = get('producerSlug').toLowerCase();
  const priceMin = parseDecimal(get('priceMin'));
  const priceMax = parseDecimal(get('priceMax'));
  const priceUnit = get('priceUnit');
  const priceUnitEn = get('priceUnitEn');
  const price =
    priceMin && Number.isInteger(priceMin) && priceMin > 0 && priceUnit
      ? {
          min: priceMin,
          unit: priceUnit,
          ...(priceUnitEn ? { unitEn: priceUnitEn } : {}),
          ...(priceMax && priceMax >= priceMin ? { max: priceMax } : {}),
        }
      : undefined;
  return {
    ok: true,
    row: {
      rowNumber,
      slug: SLUG_PATTERN.test(slug) ? slug : undefined,
      code: normaliseCode(get('code')),
      name,
      nameEn: get('nameEn') || undefined,
      producerName,
      producerSlug: SLUG_PATTERN.test(producerSlug) ? producerSlug : undefined,
      producerType: type.type,
      province: place.province,
      commune: get('commune') || commune,
      address: address.address,
      category: category.code,
      certification,
      statusGiven: noteStatus !== undefined,
      packaging: get('packaging') || undefined,
      price,
      description: get('description') || undefined,
      descriptionEn: get('descriptionEn') || undefined,
      packagingEn: get('packagingEn') || undefined,
      producerStory: get('producerStory') || undefined,
      producerStoryEn: get('producerStoryEn') || undefined,
      flags,
    },
  };
}

function validUrl(value: string): string | undefined {
  return /^https?:\/\/\S+$/.test(value) && URL.canParse(value) ? value : undefined;
}
