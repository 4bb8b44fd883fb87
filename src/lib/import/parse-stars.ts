/**
 * Reads a star rating as lists write it — "3 sao", "4★", "4", "★★★★", "Đạt 4 sao", "Tiềm năng
 * 5 sao" (certified 4★ by the province and sent to the ministry), "Không đạt" — and checks it
 * against the score bands of Decision 148 (`domain/stars.ts`).
 */
import { STAR_BANDS, starsForScore } from '../domain/stars.ts';
import { foldVietnamese } from '../domain/vietnamese.ts';
import { parseDecimal } from './clean-text.ts';

export interface ParsedStars {
  /** 1–5 as written; undefined when the cell gives no number. */
  stars?: 1 | 2 | 3 | 4 | 5 | undefined;
  /** "Tiềm năng 5 sao": certified 4★, potential 5★. */
  potential: boolean;
  /** "Không đạt", "Không xếp hạng": not an OCOP product. */
  failed: boolean;
  /** A number of stars that no rating has ("7 sao", "0", "6★", "-1"): the cell as written. */
  outOfRange?: string | undefined;
}

/** A star count as written: the whole cell a number, or a number before "sao" / ★ / *. */
const COUNT =
  /^\s*(?:dat\s+)?([-+−]?\d+(?:[.,]\d+)?)\s*(?:sao|\*+|★+|⭐+)?\s*$|([-+−]?\d+(?:[.,]\d+)?)\s*(?:sao|\*|★|⭐)/u;

export function parseStars(input: string): ParsedStars {
  const text = foldVietnamese(input);
  const result: ParsedStars = { potential: false, failed: false };
  if (!text) return result;
  if (/\bkhong (dat|xep hang|cong nhan)\b|\bchua dat\b/.test(text)) {
    return { ...result, failed: true };
  }
  const count = COUNT.exec(text);
  if (count) {
    const value = Number((count[1] ?? count[2]!).replace(',', '.').replace('−', '-'));
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      return { ...result, outOfRange: input.trim() };
    }
  }
  const symbols = (input.match(/[★☆*⭐]/gu) ?? []).length;
  if (!count && symbols > 5 && !/\d/.test(text)) return { ...result, outOfRange: input.trim() };
  const potential = /tiem nang/.test(text);
  const digit = /(?:^|[^\d.,])([1-5])(?:[.,]0+)?(?!\d)/.exec(` ${text}`);
  // A number but none from 1 to 5 ("6?", "10 điểm"): not a rating, whatever the score says.
  if (!digit && /\d/.test(text)) return { ...result, outOfRange: input.trim() };
  let stars = digit ? Number(digit[1]) : symbols >= 1 && symbols <= 5 ? symbols : undefined;
  if (potential) stars = stars === undefined || stars === 5 ? 4 : stars;
  return {
    stars: stars as ParsedStars['stars'],
    potential: potential && stars === 4,
    failed: false,
  };
}

export interface StarCheck {
  stars?: 3 | 4 | 5 | undefined;
  score?: number | undefined;
  potentialFiveStar: boolean;
  /** Why the row cannot be imported, when it cannot. */
  reject?: string | undefined;
  flags: string[];
}

/** Combines the star cell and the score cell into what a certification may record. */
export function checkStars(starsCell: string, scoreCell: string, potentialCell = ''): StarCheck {
  const parsed = parseStars(starsCell);
  const flags: string[] = [];
  let score: number | undefined;
  if (scoreCell.trim()) {
    score = parseDecimal(scoreCell);
    if (score === undefined || score < 0 || score > 100) {
      flags.push(`score "${scoreCell.trim()}" is not a number from 0 to 100: not recorded`);
      score = undefined;
    }
  }
  let potential = parsed.potential || /^(true|x|co|1)$/.test(foldVietnamese(potentialCell));
  if (parsed.failed)
    return { potentialFiveStar: false, flags, reject: 'rated "Không đạt" (not OCOP)' };
  if (parsed.outOfRange !== undefined) {
    // Never replaced by a level from the score: the cell is wrong and someone must look at it.
    return {
      potentialFiveStar: false,
      flags,
      reject: `stars column: "${parsed.outOfRange}" is not a star rating (1 to 5 stars)`,
    };
  }
  let stars = parsed.stars;
  if (stars === undefined && score !== undefined) {
    stars = starsForScore(score);
    if (stars === 5) {
      // A province scores, the ministry certifies 5★: 90+ without a rating is potential 5★.
      stars = 4;
      potential = true;
    }
    flags.push(`stars taken from the score (${score})`);
  }
  if (stars === undefined) return { potentialFiveStar: false, flags, reject: 'no star rating' };
  if (stars < 3) return { potentialFiveStar: false, flags, reject: `rated ${stars}★, below 3★` };
  if (potential && stars !== 4) potential = false;
  if (score !== undefined) {
    const band = starsForScore(score);
    if (stars === 4 && band === 5 && !potential) {
      potential = true;
      flags.push(`score ${score} with 4★: marked potential 5★`);
    } else if (band !== stars && !(stars === 4 && potential && score >= 90)) {
      const [min, max] = STAR_BANDS[stars as 3 | 4 | 5];
      flags.push(
        `score ${score} is outside the ${stars}★ band (${min}–${max}): kept the stars, score not recorded`,
      );
      score = undefined;
    }
  }
  if (potential && score !== undefined && score < 90) {
    flags.push(`potential 5★ with a score of ${score} (under 90)`);
  }
  return { stars: stars as 3 | 4 | 5, score, potentialFiveStar: potential, flags };
}
