/**
 * A content digest on every indexed document, so the next run can tell which documents changed
 * without fetching them whole (`incremental-update.ts`). The digest is a hash of the document's
 * own fields with keys sorted at every level: equal content gives an equal digest, whatever order
 * the fields were built in, and any change to any field (a status, a rank, an alias) changes it.
 * 96 bits of SHA-256 in base64url: 16 characters per document, collisions out of reach at any
 * catalogue size. Not searchable (`settings.ts` lists the searched fields); it is returned with
 * hits (`displayedAttributes: ['*']`), which is harmless: it says nothing the document does not.
 */
import { createHash } from 'node:crypto';

/** The field that holds the digest in every index. */
export const DIGEST_FIELD = 'digest';

/** JSON with object keys sorted at every level; arrays keep their order (it is meaningful). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // As JSON writes an undefined array item (an undefined field is left out above).
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The digest of a document's fields (its own `digest` field, if any, left out). */
export function documentDigest(document: object): string {
  const { [DIGEST_FIELD]: _ignored, ...fields } = document as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(fields)).digest('base64url').slice(0, 16);
}

export type WithDigest<T> = T & { [DIGEST_FIELD]: string };

/** Copies of `documents` with their digest set; the array keeps its order. */
export function withDigests<T extends object>(documents: readonly T[]): WithDigest<T>[] {
  return documents.map((doc) => ({ ...doc, [DIGEST_FIELD]: documentDigest(doc) }));
}
