/**
 * The producer type (the four the statistics use) from how the name starts: HTX / Hợp tác xã,
 * Công ty / Cty / DN / Doanh nghiệp, THT / Tổ hợp tác, Hộ / HKD / Cơ sở. A name that says none
 * of these is taken as a household business and flagged.
 */
import { PRODUCER_TYPES, type ProducerType } from '../../schemas/producer.ts';
import { nameKey } from './clean-text.ts';

const RULES: [RegExp, ProducerType][] = [
  [/^(htx|hop tac xa|lien hiep htx|lien hiep hop tac xa)\b/, 'htx'],
  [/^(tht|to hop tac)\b/, 'to-hop-tac'],
  [
    /^(cong ty|cty|ct|dn|dntn|doanh nghiep|tap doan|chi nhanh cong ty|tong cong ty)\b|\b(tnhh|co phan|jsc|co ltd|company|corporation)\b/,
    'doanh-nghiep',
  ],
  [
    /^(ho kinh doanh|hkd|ho|co so|cs|cssx|ca nhan|ong|ba|trang trai|xuong|lang nghe)\b/,
    'ho-kinh-doanh',
  ],
];

export interface ProducerTypeGuess {
  type: ProducerType;
  /** True when nothing in the name said so. */
  guessed: boolean;
}

export function producerTypeFromName(name: string, typeCell = ''): ProducerTypeGuess {
  const written = nameKey(typeCell).replace(/ /g, '-');
  if ((PRODUCER_TYPES as readonly string[]).includes(written)) {
    return { type: written as ProducerType, guessed: false };
  }
  const fromCell = typeCell.trim() ? classify(nameKey(typeCell)) : undefined;
  if (fromCell) return { type: fromCell, guessed: false };
  const fromName = classify(nameKey(name));
  return fromName ? { type: fromName, guessed: false } : { type: 'ho-kinh-doanh', guessed: true };
}

function classify(key: string): ProducerType | undefined {
  return RULES.find(([pattern]) => pattern.test(key))?.[1];
}

/** Producer name without its type words, to match "HTX X" with "Hợp tác xã X". */
export function producerKey(name: string): string {
  return nameKey(name)
    .replace(
      /^(hop tac xa|htx|to hop tac|tht|cong ty tnhh mtv|cong ty tnhh|cong ty co phan|cong ty cp|cong ty|cty tnhh|cty cp|cty|doanh nghiep tu nhan|doanh nghiep|dntn|dn|ho kinh doanh|hkd|co so san xuat|cssx|co so|cs)\s+/,
      '',
    )
    .trim();
}
