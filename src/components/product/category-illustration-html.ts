/**
 * Shown where a product has no photo yet: a drawn motif for its category (by nhóm, falling back
 * to the group), in the group's colours, as inline SVG — nothing to download. The markup of
 * `CategoryIllustration.astro`, also written into product cards (`card-html.ts`), thousands of
 * times a catalogue: what every motif shares (how its line is drawn) is the `art` class in
 * `styles/global.css`, so each holds only its colours and its line.
 */
import { escapeAttribute } from '../../lib/html/escape.ts';
import { categoryMotif } from '../../lib/illustration/category-motif.ts';

export interface CategoryIllustrationOptions {
  /** Category path codes, top group first: ["I", "I.4", "I.4.a"]. */
  codes: string[];
  /** Its accessible name; empty where the picture only decorates (a card names the product). */
  label: string;
  class?: string | undefined;
}

export function categoryIllustrationHtml({
  codes,
  label,
  class: className,
}: CategoryIllustrationOptions): string {
  const { background, stroke, path } = categoryMotif(codes);
  const named = label
    ? ` role="img" aria-label="${escapeAttribute(label)}"`
    : ' aria-hidden="true"';
  return (
    `<svg viewBox="0 0 200 150"${named} class="art${className ? ` ${escapeAttribute(className)}` : ''}"` +
    ` preserveAspectRatio="xMidYMid slice"><rect width="200" height="150" fill="${background}"></rect>` +
    `<path d="${path}" stroke="${stroke}"></path></svg>`
  );
}
