/**
 * Which known producers a new producer name could be "likely the same" as, without comparing it
 * with every producer of its province (20,000 new rows against hundreds of producers each took
 * minutes). Candidates share the name's core, its core without activity words, or a one-letter
 * deletion of the core (the symmetric-deletion blocking of spelling correctors): every pair at
 * edit distance 1, and the pairs two letters apart that a single deletion on each side makes
 * equal (a letter changed, two letters swapped). `producerLikeness` then decides.
 */
import { bareCore, producerCore } from './name-key.ts';

/** Names shorter than this are never compared by spelling (`closeEnough` does the same). */
const MIN_TYPO_LENGTH = 8;

function blockingKeys(name: string): string[] {
  const core = producerCore(name);
  const keys = [`c:${core}`, `b:${bareCore(name)}`];
  if (core.length >= MIN_TYPO_LENGTH) {
    keys.push(`d:${core}`);
    for (let i = 0; i < core.length; i++) keys.push(`d:${core.slice(0, i)}${core.slice(i + 1)}`);
  }
  return keys;
}

export class LikelyIndex<T extends { name: string }> {
  readonly #byKey = new Map<string, T[]>();

  add(item: T): void {
    for (const key of new Set(blockingKeys(item.name))) {
      const list = this.#byKey.get(key);
      if (list) list.push(item);
      else this.#byKey.set(key, [item]);
    }
  }

  /** Items that may be likely the same as `name`, each once, in the order they were added. */
  candidates(name: string): T[] {
    const found = new Set<T>();
    for (const key of blockingKeys(name))
      for (const item of this.#byKey.get(key) ?? []) found.add(item);
    return [...found];
  }
}
