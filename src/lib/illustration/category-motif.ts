/**
 * The drawn motif that stands in for a product photo: the line drawing of its Decision 148 leaf
 * (`motifs.ts`) in its group's colours, on a 200 × 150 canvas. Used by the page illustration
 * (`CategoryIllustration.astro`), the search results (`islands/search/HitIllustration.tsx`)
 * and the share images.
 */
import { MOTIFS, type MotifName } from './motifs.ts';

/** Background and stroke colour of each Decision 148 group. */
const PALETTE: Record<string, readonly [string, string]> = {
  I: ['#fdf3e1', '#b45309'],
  II: ['#e8f1fb', '#1d4ed8'],
  III: ['#eaf6ec', '#166534'],
  IV: ['#f6ece4', '#9a3412'],
  V: ['#eef7e8', '#3f6212'],
  VI: ['#e6f4f5', '#0e7490'],
};

/** The motif of each of the 26 leaves (phân nhóm, or a nhóm without them). */
export const LEAF_MOTIFS: Readonly<Record<string, MotifName>> = {
  'I.1.a': 'fruit',
  'I.1.b': 'fish',
  'I.2.a': 'riceEar',
  'I.2.b': 'honeyJar',
  'I.3.a': 'noodleBowl',
  'I.3.b': 'riceCake',
  'I.3.c': 'driedFruitBag',
  'I.3.d': 'porkRoll',
  'I.4.a': 'sauceBottle',
  'I.4.b': 'chilli',
  'I.5.a': 'teaBud',
  'I.5.b': 'flowerTea',
  'I.6': 'coffeeBean',
  'II.1.a': 'spiritJar',
  'II.1.b': 'wineGlass',
  'II.2.a': 'waterBottle',
  'II.2.b': 'juiceGlass',
  'III.1': 'capsule',
  'III.2': 'creamJar',
  'III.3': 'dropperBottle',
  'IV.1': 'wovenBasket',
  'IV.2': 'shirt',
  'V.1': 'flower',
  'V.2': 'bonsai',
  'V.3': 'bird',
  'VI.1': 'landscape',
};

export interface CategoryMotif {
  background: string;
  stroke: string;
  /** SVG path data on a 200 × 150 canvas, drawn as a 5-unit stroke. */
  path: string;
}

/** The leaf motif for a code: its own, or (for a group or nhóm) its first leaf's. */
function motifName(code: string): MotifName | undefined {
  return (
    LEAF_MOTIFS[code] ??
    Object.entries(LEAF_MOTIFS).find(([leaf]) => leaf.startsWith(`${code}.`))?.[1]
  );
}

/** The motif of a category path (codes top group first: `["I", "I.4", "I.4.a"]`). */
export function categoryMotif(codes: readonly string[]): CategoryMotif {
  const group = codes[0] ?? 'I';
  const [background, stroke] = PALETTE[group] ?? ['#f1f5f2', '#185730'];
  const name =
    [...codes]
      .reverse()
      .map(motifName)
      .find((n) => n !== undefined) ?? 'fruit';
  return { background, stroke, path: MOTIFS[name].path };
}

/** Category path codes of a leaf code: `"I.4.a"` → `["I", "I.4", "I.4.a"]`. */
export function codesOfLeaf(leaf: string): string[] {
  const parts = leaf.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
