/**
 * Who decided: the decision number, date and province that apply to a whole list, from the
 * command line first and the title block second.
 */
import { resolveProvinceName, type ProvinceResolution } from '../domain/provinces.ts';
import { cleanText } from './clean-text.ts';
import { ImportUsageError } from './errors.ts';
import { normaliseDecision, parseDate, type TitleFacts } from './find-header.ts';

/** What the decision (title rows, file name, options) says of every row under it. */
export interface Decider {
  decision?: string | undefined;
  decisionDate?: string | undefined;
  /** The province as the decision names it, and what it resolves to. */
  provinceName?: string | undefined;
  province?: ProvinceResolution | undefined;
  source?: string | undefined;
}

/** A province name or slug, old or new, as a cell or an option writes it. */
export function resolveProvince(value: string): ProvinceResolution | undefined {
  const text = cleanText(value);
  return text ? resolveProvinceName(text) : undefined;
}

export interface DeciderOptions {
  decision?: string | undefined;
  date?: string | undefined;
  province?: string | undefined;
  source?: string | undefined;
}

/** Checks the options (a bad one is a usage error) and merges them over the title block. */
export function buildDecider(options: DeciderOptions, title: TitleFacts): Decider {
  const decision = options.decision ? normaliseDecision(options.decision) : title.decision;
  let decisionDate = title.decisionDate;
  if (options.date) {
    decisionDate = parseDate(options.date);
    if (!decisionDate) {
      throw new ImportUsageError(`--date "${options.date}" is not a date: write it 2026-03-12.`);
    }
  }
  const provinceName = options.province ? cleanText(options.province) : title.province;
  const province = provinceName ? resolveProvince(provinceName) : undefined;
  if (options.province && !province) {
    throw new ImportUsageError(`--province "${options.province}" is not a Vietnamese province.`);
  }
  if (options.source && !URL.canParse(options.source)) {
    throw new ImportUsageError(`--source "${options.source}" is not a full URL.`);
  }
  return {
    decision,
    decisionDate,
    provinceName: province ? provinceName?.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '') : undefined,
    province,
    source: options.source,
  };
}
