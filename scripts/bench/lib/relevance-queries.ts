/**
 * The relevance query set (`tests/fixtures/relevance/queries.json`): queries typed as people
 * type them on the sample catalogue, each with the products it should return (`relevant`, the
 * ones that must come first), those it must not (`mustNot`), and for words that must not return
 * the catalogue, `maxHits`. Products in neither list are neutral. Judged from the data, not
 * from what an engine returns.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';

export const QUERY_KINDS = [
  'no-diacritics',
  'typo',
  'former-province',
  'producer',
  'code',
  'english',
  'category',
  'common',
] as const;

const productId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a product slug');

export const relevanceQuerySchema = z
  .object({
    query: z.string().min(1).describe('As typed in the search box.'),
    kind: z.enum(QUERY_KINDS).describe('How people typed it (for the per-kind figures).'),
    relevant: z.array(productId).describe('Should be returned, ahead of everything else.'),
    mustNot: z.array(productId).default([]).describe('Must not be returned at all.'),
    maxHits: z.number().int().nonnegative().optional().describe('At most this many hits.'),
    locale: z.enum(['vi', 'en']).default('vi').describe('The page it is typed on.'),
    why: z.string().min(1).describe('The judgement, in a sentence.'),
  })
  .strict()
  .refine((q) => !q.relevant.some((id) => q.mustNot.includes(id)), {
    message: 'a product is both relevant and mustNot',
  })
  .refine((q) => q.relevant.length > 0 || q.maxHits !== undefined, {
    message: 'a query with nothing relevant needs maxHits',
  });

export const relevanceQuerySetSchema = z
  .object({
    description: z.string(),
    queries: z.array(relevanceQuerySchema).min(1),
  })
  .strict();

export type RelevanceQuery = z.output<typeof relevanceQuerySchema>;

export const DEFAULT_QUERY_SET = 'tests/fixtures/relevance/queries.json';

/** Product ids named by `queries` that are not in `known` (a typo in the set, or stale data). */
export function unknownProductIds(
  queries: readonly RelevanceQuery[],
  known: ReadonlySet<string>,
): string[] {
  const named = queries.flatMap((q) => [...q.relevant, ...q.mustNot]);
  return [...new Set(named.filter((id) => !known.has(id)))];
}

/** Reads and validates a query set; throws a `ZodError` naming each bad entry. */
export async function readRelevanceQueries(
  file: string = DEFAULT_QUERY_SET,
): Promise<RelevanceQuery[]> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  return relevanceQuerySetSchema.parse(json).queries;
}
