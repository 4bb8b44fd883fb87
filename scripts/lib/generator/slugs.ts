/** Unique file-name slugs: the first "nuoc-mam-tan-phu" keeps its name, the next gets "-2"… */
import { slugify } from '../../../src/lib/domain/vietnamese.ts';

export class SlugRegistry {
  readonly #used = new Set<string>();
  /** Next suffix to try per base slug, so a name repeated many times stays cheap. */
  readonly #next = new Map<string, number>();

  /** The slug of `name`, made unique within this registry. */
  claim(name: string): string {
    const base = slugify(name) || 'muc';
    let slug = base;
    let n = this.#next.get(base) ?? 2;
    while (this.#used.has(slug)) slug = `${base}-${n++}`;
    this.#next.set(base, n);
    this.#used.add(slug);
    return slug;
  }

  get size(): number {
    return this.#used.size;
  }
}
