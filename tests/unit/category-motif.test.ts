import { describe, expect, it } from 'vitest';
import data from '../../content/categories.json' with { type: 'json' };
import {
  LEAF_MOTIFS,
  categoryMotif,
  codesOfLeaf,
} from '../../src/lib/illustration/category-motif.ts';
import { MOTIFS } from '../../src/lib/illustration/motifs.ts';

interface Node {
  code: string;
  name: string;
  nameEn: string;
  children?: Node[];
}

/** The leaves of Decision 148 as `content/categories.json` lists them. */
function leaves(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : [n]));
}
const LEAVES = leaves(data.tree);

describe('category motifs', () => {
  it('the classification has 26 leaves, and each has a motif of its own', () => {
    expect(LEAVES).toHaveLength(26);
    expect(Object.keys(LEAF_MOTIFS).sort()).toEqual(LEAVES.map((l) => l.code).sort());
    expect(new Set(Object.values(LEAF_MOTIFS)).size).toBe(26);
  });

  it.each(LEAVES.map((l) => [l.code, l] as const))(
    '%s: the motif depicts something the leaf’s name says',
    (code, leaf) => {
      const motif = MOTIFS[LEAF_MOTIFS[code]!];
      const names = `${leaf.name} | ${leaf.nameEn}`.toLowerCase();
      expect(
        motif.depicts.some((word) => names.includes(word)),
        `${code} "${leaf.name}" drawn as ${LEAF_MOTIFS[code]} (${motif.depicts.join(', ')})`,
      ).toBe(true);
      expect(categoryMotif(codesOfLeaf(code)).path).toBe(motif.path);
    },
  );

  it('handicrafts (a guitar, a lantern, pottery) are not drawn as a cup or a bowl', () => {
    const crafts = categoryMotif(['IV', 'IV.1']).path;
    expect(LEAF_MOTIFS['IV.1']).toBe('wovenBasket');
    expect(crafts).not.toBe(MOTIFS.noodleBowl.path);
    expect(crafts).not.toBe(MOTIFS.flowerTea.path);
  });

  it('a group or nhóm takes its first leaf’s motif, in the group’s colours', () => {
    expect(categoryMotif(['I', 'I.3']).path).toBe(MOTIFS.noodleBowl.path);
    expect(categoryMotif(['II'])).toMatchObject({ path: MOTIFS.spiritJar.path, stroke: '#1d4ed8' });
  });

  it('an unknown code still gets a drawing', () => {
    expect(categoryMotif(['IX', 'IX.9']).path).toBe(MOTIFS.fruit.path);
  });

  it('codesOfLeaf lists the path from the group down', () => {
    expect(codesOfLeaf('I.4.a')).toEqual(['I', 'I.4', 'I.4.a']);
    expect(codesOfLeaf('VI.1')).toEqual(['VI', 'VI.1']);
  });
});
