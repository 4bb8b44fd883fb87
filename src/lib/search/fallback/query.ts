/**
 * A query as the server-less engine reads it: its words, each folded and in its exact form
 * (`text.ts`), the last one a prefix while it is being typed.
 */
import { exactForm, hasDiacritics, tokenSpans } from './text.ts';

export interface QueryWord {
  /** As typed, lower case. */
  text: string;
  folded: string;
  exact: string;
  /** The last word, still being typed: also matches longer words. */
  prefix: boolean;
}

/** Words beyond the tenth are ignored. */
export const MAX_WORDS = 10;

/** Splits a query into words; the last is a prefix unless the query ends with a separator. */
export function parseQuery(query: string): { words: QueryWord[]; withDiacritics: boolean } {
  const text = query.normalize('NFC');
  const all = tokenSpans(text);
  const spans = all.slice(0, MAX_WORDS);
  const endsInWord = /[\p{L}\p{N}]$/u.test(text);
  const words = spans.map((s, i): QueryWord => {
    const raw = text.slice(s.start, s.end).toLowerCase();
    return {
      text: raw,
      folded: s.folded,
      exact: exactForm(raw),
      prefix: i === spans.length - 1 && endsInWord && spans.length === all.length,
    };
  });
  return { words, withDiacritics: hasDiacritics(text) };
}
