/**
 * What an in-place update must send: the wanted documents compared, by id and digest, with what
 * the live index holds (`document-digest.ts`). A live document without a digest (indexed before
 * digests existed) counts as changed, so it is sent once and carries one from then on.
 */
import { DIGEST_FIELD } from './document-digest.ts';
import { DuplicateDocumentIdError } from './errors.ts';

export interface DocumentChanges<T> {
  /** Ids not in the live index. */
  added: T[];
  /** Ids in the live index with another digest. */
  changed: T[];
  /** Live ids no wanted document has. */
  removed: string[];
  unchanged: number;
}

/**
 * Compares `wanted` documents with `live` digests (id → digest, `undefined` when the live
 * document has none). Added and changed keep the order of `wanted`; removed ids are sorted.
 * Throws `DuplicateDocumentIdError` when two wanted documents share an id (the full path's
 * count check catches the same mistake).
 */
export function documentChanges<T extends { id: string; [DIGEST_FIELD]: string }>(
  live: ReadonlyMap<string, string | undefined>,
  wanted: readonly T[],
): DocumentChanges<T> {
  const seen = new Set<string>();
  const added: T[] = [];
  const changed: T[] = [];
  let unchanged = 0;
  for (const doc of wanted) {
    if (seen.has(doc.id)) throw new DuplicateDocumentIdError(doc.id);
    seen.add(doc.id);
    if (!live.has(doc.id)) added.push(doc);
    else if (live.get(doc.id) !== doc[DIGEST_FIELD]) changed.push(doc);
    else unchanged += 1;
  }
  const removed = [...live.keys()].filter((id) => !seen.has(id)).sort();
  return { added, changed, removed, unchanged };
}
