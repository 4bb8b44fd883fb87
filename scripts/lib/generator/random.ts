/**
 * Seeded pseudo-random numbers for the catalogue generator. Everything random in a generated
 * catalogue comes from here, so the same seed always gives byte-identical output
 * (no `Math.random()`, no clock).
 */

/** FNV-1a hash of a string to an unsigned 32-bit integer: turns "seed + purpose" into a seed. */
export function hashString(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item, each equally likely. */
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough for test data (period 2^32). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/**
 * A separate stream per purpose ("producers", "products"…), so that changing one count does not
 * reshuffle every other kind of record.
 */
export function randomStream(seed: number, purpose: string): Random {
  return createRandom(hashString(`${seed}:${purpose}`));
}

/** Picks items in proportion to their weights (binary search over cumulative weights). */
export function weightedPicker<T>(
  items: readonly T[],
  weights: readonly number[],
): (random: Random) => T {
  if (items.length === 0 || items.length !== weights.length) {
    throw new RangeError('weightedPicker needs as many weights as items, and at least one');
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0)) throw new RangeError(`Weights must be non-negative numbers, got ${w}`);
    total += w;
    cumulative.push(total);
  }
  if (total <= 0) throw new RangeError('At least one weight must be positive');
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

/** Shorthand for a picker over `[item, weight]` pairs. */
export function weightedTable<T>(table: readonly (readonly [T, number])[]): (random: Random) => T {
  return weightedPicker(
    table.map(([item]) => item),
    table.map(([, weight]) => weight),
  );
}
