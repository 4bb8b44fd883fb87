/**
 * The strings a machine or a script reads out of an English page, each with where it sits:
 * JSON-LD (`$.offers[0].name`) and the words pages hand their scripts in `data-*` attributes
 * (`data-strings` tables, `data-template` texts the browser fills in later).
 */

export interface PlacedString {
  /** Where the string sits: a JSON path (`$.offers[0].name`) or an attribute (`data-template`). */
  where: string;
  text: string;
}

type Skip = (key: string) => boolean;

/** Every string of a JSON value with its path, but under the keys `skip` says hold no words. */
function jsonStrings(value: unknown, path: string, skip: Skip): PlacedString[] {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonStrings(v, `${path}[${i}]`, skip));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  // A JSON-LD value object marked Vietnamese: JSON-LD's own way of saying `lang="vi"`.
  const language = record['@language'];
  if (typeof language === 'string' && language.startsWith('vi')) return [];
  return Object.entries(record)
    .filter(([key]) => !skip(key))
    .flatMap(([key, v]) => jsonStrings(v, `${path}.${key}`, skip));
}

/**
 * JSON-LD keys that hold no words for a reader (types, identifiers, links), and
 * `alternateName`: on an English page it is the certified Vietnamese name, by design.
 */
const JSON_LD_SKIPPED = new Set([
  '@context',
  '@type',
  '@id',
  '@language',
  'url',
  'item',
  'image',
  'alternateName',
]);

/** Every string of a JSON-LD document a reader or a search engine shows, with its path. */
export const jsonLdStrings = (value: unknown): PlacedString[] =>
  jsonStrings(value, '$', (key) => JSON_LD_SKIPPED.has(key));

/** Data attributes that hold no words: Astro's image hints. */
const isMachineAttribute = (name: string) => name.startsWith('data-astro-');

/**
 * The words in an element's `data-*` attributes: the value itself, or, when it is JSON (a
 * `data-strings` table), each string in it (`data-strings.orderTitle`).
 */
export function dataAttributeStrings(attributes: Record<string, string>): PlacedString[] {
  const found: PlacedString[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!name.startsWith('data-') || isMachineAttribute(name) || !value) continue;
    const json = /^\s*[[{]/.test(value) ? parseJson(value) : undefined;
    if (json === undefined) found.push({ where: name, text: value });
    else found.push(...jsonStrings(json, name, () => false));
  }
  return found;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
