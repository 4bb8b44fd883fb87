/** Highlighting (pure): the parts of a text that query words match, wrapped in tags. */
import type { QueryWord } from './query.ts';
import { tokenSpans } from './text.ts';

/**
 * `text` with the parts matching `words` wrapped in `pre`/`post` (whole words; the typed part
 * of a prefix word). Compared folded, so "banh" highlights "Bánh".
 */
export function highlight(
  text: string,
  words: readonly QueryWord[],
  pre = '<em>',
  post = '</em>',
): { value: string; matchedWords: string[]; fullyHighlighted: boolean } {
  const nfc = text.normalize('NFC');
  const matched = new Set<string>();
  let value = '';
  let at = 0;
  let highlighted = 0;
  const spans = tokenSpans(nfc);
  for (const span of spans) {
    let length = 0;
    for (const w of words) {
      if (span.folded === w.folded) length = span.end - span.start;
      else if (w.prefix && span.folded.startsWith(w.folded))
        length = Math.max(length, w.folded.length);
      else continue;
      matched.add(w.text);
    }
    if (!length) continue;
    value += nfc.slice(at, span.start) + pre + nfc.slice(span.start, span.start + length) + post;
    at = span.start + length;
    if (length === span.end - span.start) highlighted++;
  }
  value += nfc.slice(at);
  return {
    value,
    matchedWords: words.filter((w) => matched.has(w.text)).map((w) => w.text),
    fullyHighlighted: spans.length > 0 && highlighted === spans.length,
  };
}
