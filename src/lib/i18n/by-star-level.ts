/**
 * Words for each OCOP star level (3, 4 and 5), every level required, read by any star count
 * (`meaning[n]`): for strings tables whose English must list the same levels as the Vietnamese.
 */
export function byStarLevel(words: Record<3 | 4 | 5, string>): Record<number, string> {
  return words;
}
