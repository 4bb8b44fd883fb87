/**
 * What both engines search of a description: its first sentence (`description-lead.ts`) without
 * the Vietnamese function words ("là", "và", "của", "để", "trong"…). Once diacritics are folded,
 * these collide with the words people search for: "non la" found a pickle described as "Nhút
 * là món mít non…", "sua de" honey "để lâu" in a category naming "sữa", "banh trang" a
 * honeycomb "trong bánh tổ" (one typo from "trang"). Removed from the indexed text only, never
 * from queries, and compared with their diacritics, so "lá" (leaf), "cỏ", "đá" and "chợ" stay.
 * Measured by `npm run bench:relevance` (docs/search.md, "Relevance").
 */
import { normaliseText } from '../domain/vietnamese.ts';
import { descriptionLead } from './description-lead.ts';

/**
 * Function words of Vietnamese description text, as written (lower case, NFC): words that say
 * how the product is described, not what it is.
 */
export const DESCRIPTION_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'là và của các những được có cho với từ một trong này để như khi thì đã rất nhiều cũng ' +
    'không ở mà theo đến sẽ đang bằng hoặc nhưng còn chỉ cần rồi nên vào ra lại hơn nữa đó ' +
    'đây ấy tại bởi vì nếu'
  )
    .normalize('NFC')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** `text` without its function words (punctuation kept, spaces collapsed). */
export function withoutStopWords(text: string): string {
  return normaliseText(text)
    .replace(WORD, (word) => (DESCRIPTION_STOP_WORDS.has(word.toLowerCase()) ? '' : word))
    .replace(/\s+([,.;:!?…])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The searched text of a description: its lead, without function words. */
export function descriptionSearchText(description: string): string {
  return withoutStopWords(descriptionLead(description));
}
