/** The category mix: Decision 148 leaves weighted by their vocabularies. */
import { LEAF_CATEGORIES } from '../../../src/lib/domain/categories.ts';
import { weightedPicker, type Random } from './random.ts';
import { LEAF_VOCABULARY, type LeafVocabulary } from './vocabulary.ts';

const LEAF_CODES = LEAF_CATEGORIES.map((c) => c.code);

for (const code of LEAF_CODES) {
  if (!LEAF_VOCABULARY[code]) throw new Error(`The generator has no vocabulary for leaf ${code}`);
}

export const pickLeaf = weightedPicker(
  LEAF_CODES,
  LEAF_CODES.map((code) => vocabularyOf(code).weight),
);

const byGroup = new Map<string, string[]>();
for (const code of LEAF_CODES) {
  const group = code.split('.')[0] as string;
  byGroup.set(group, [...(byGroup.get(group) ?? []), code]);
}
const groupPickers = new Map(
  [...byGroup].map(([group, codes]) => [
    group,
    weightedPicker(
      codes,
      codes.map((code) => vocabularyOf(code).weight),
    ),
  ]),
);

/** A leaf of the same ngành (top group) as `code`: a tea maker may also make herbal tea. */
export function pickRelatedLeaf(random: Random, code: string): string {
  const picker = groupPickers.get(code.split('.')[0] as string);
  return picker ? picker(random) : code;
}

export function vocabularyOf(code: string): LeafVocabulary {
  const vocabulary = LEAF_VOCABULARY[code];
  if (!vocabulary) throw new RangeError(`No generator vocabulary for leaf "${code}"`);
  return vocabulary;
}
