/**
 * The OCOP star scale (Decision 148/QĐ-TTg): a score out of 100 gives 1★ < 30, 2★ 30–49,
 * 3★ 50–69, 4★ 70–89, 5★ 90–100. Only 3★–5★ are OCOP products.
 */

/** Score bands as people read them (whole points). */
export const STAR_BANDS = { 3: [50, 69], 4: [70, 89], 5: [90, 100] } as const;

export type OcopStars = 3 | 4 | 5;

/** Stars a score earns; decimal scores fall in the band below the next threshold (69.99 → 3). */
export function starsForScore(score: number): 1 | 2 | 3 | 4 | 5 {
  if (score < 30) return 1;
  if (score < 50) return 2;
  if (score < 70) return 3;
  if (score < 90) return 4;
  return 5;
}
