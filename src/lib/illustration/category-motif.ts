/**
 * The drawn motif that stands in for a product photo: a line drawing for its category (by
 * nhóm, falling back to the group) in the group's colours, on a 200 × 150 canvas. Used by the
 * page illustration (`CategoryIllustration.astro`) and the share images.
 */

/** Background and stroke colour of each Decision 148 group. */
const PALETTE: Record<string, readonly [string, string]> = {
  I: ['#fdf3e1', '#b45309'],
  II: ['#e8f1fb', '#1d4ed8'],
  III: ['#eaf6ec', '#166534'],
  IV: ['#f6ece4', '#9a3412'],
  V: ['#eef7e8', '#3f6212'],
  VI: ['#e6f4f5', '#0e7490'],
};

const MOTIFS: Record<string, string> = {
  // fresh food: a fruit with a leaf
  'I.1': 'M100 62c-22 0-36 16-36 36s16 34 36 34 36-14 36-34-14-36-36-36zm0 0c0-10 6-18 16-22',
  // rice, honey: a jar
  'I.2':
    'M78 56h44M82 56v10c-10 6-14 14-14 26v26a10 10 0 0 0 10 10h44a10 10 0 0 0 10-10V92c0-12-4-20-14-26V56',
  // processed food: a bowl with steam
  'I.3': 'M60 96h80c0 22-18 36-40 36s-40-14-40-36zM86 60c-6 8 6 14 0 24M106 60c-6 8 6 14 0 24',
  // condiments: a sauce bottle
  'I.4': 'M92 44h16v18l10 14v50a6 6 0 0 1-6 6H88a6 6 0 0 1-6-6V76l10-14z',
  // tea: a leaf
  'I.5': 'M64 118c0-40 30-64 72-70-2 42-28 70-72 70zm0 0 44-44',
  // coffee: a bean
  'I.6': 'M100 56c20 0 32 18 32 38s-12 38-32 38-32-18-32-38 12-38 32-38zm-6 8c10 16 10 44 12 60',
  II: 'M88 46h24v14l8 12v54a6 6 0 0 1-6 6H86a6 6 0 0 1-6-6V72l8-12z',
  III: 'M100 132V80m0 20c-20 0-30-14-30-30 16 0 30 10 30 30zm0-10c0-20 14-30 30-30 0 16-10 30-30 30z',
  'IV.1': 'M74 60h52l-6 62a8 8 0 0 1-8 8H88a8 8 0 0 1-8-8zM68 56h64',
  'IV.2': 'M62 64l22-10c4 8 28 8 32 0l22 10-8 20-10-4v48H80V80l-10 4z',
  V: 'M100 132V92m0 0c-16-8-20-24-14-36 12 4 18 20 14 36zm0 0c16-8 20-24 14-36-12 4-18 20-14 36z',
  VI: 'M50 130l30-50 20 28 14-18 36 40z',
};

export interface CategoryMotif {
  background: string;
  stroke: string;
  /** SVG path data on a 200 × 150 canvas, drawn as a 5-unit stroke. */
  path: string;
}

/** The motif of a category path (codes top group first: `["I", "I.4", "I.4.a"]`). */
export function categoryMotif(codes: readonly string[]): CategoryMotif {
  const group = codes[0] ?? 'I';
  const [background, stroke] = PALETTE[group] ?? ['#f1f5f2', '#185730'];
  const path =
    [...codes]
      .reverse()
      .map((c) => MOTIFS[c])
      .find(Boolean) ?? MOTIFS['III']!;
  return { background, stroke, path };
}

/** Category path codes of a leaf code: `"I.4.a"` → `["I", "I.4", "I.4.a"]`. */
export function codesOfLeaf(leaf: string): string[] {
  const parts = leaf.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
