/**
 * Everyday equivalents of the words in a name ("Cà phê bột" → cafe, café, coffee; "Chè Shan
 * tuyết" → trà), indexed with the name by both engines (`nameAliases` in Meilisearch's
 * `prepare-documents.ts`, name-level terms in the server-less `build-index.ts`). A direct match
 * there ranks as a match in the name, where a query-time synonym would be scored like a typo.
 *
 * The groups are the everyday synonym groups (`EVERYDAY_SYNONYM_GROUPS`) and the alias-only
 * groups (`NAME_ALIAS_GROUPS`, not query-time synonyms: their folded words collide with common
 * words, "chè" with "chế biến").
 */
import { foldVietnamese } from '../domain/vietnamese.ts';
import { EVERYDAY_SYNONYM_GROUPS, NAME_ALIAS_GROUPS } from './synonym-groups.ts';

/** Padded, folded text, so a term is found only as whole words: " ca phe bot ". */
const wordsOf = (text: string) =>
  ` ${foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

const aliasGroups = [...EVERYDAY_SYNONYM_GROUPS, ...NAME_ALIAS_GROUPS].map((group) =>
  group.map((term) => ({ term, words: wordsOf(term) })),
);

/** Everyday equivalents of the terms `name` contains, that it does not contain itself. */
export function nameAliases(name: string): string[] {
  const words = wordsOf(name);
  // Keyed by folded words: "café" adds nothing once "cafe" is there (Meilisearch folds both).
  const aliases = new Map<string, string>();
  for (const group of aliasGroups) {
    if (!group.some((t) => words.includes(t.words))) continue;
    for (const t of group) {
      if (!words.includes(t.words) && !aliases.has(t.words)) aliases.set(t.words, t.term);
    }
  }
  return [...aliases.values()];
}
