/**
 * The Decision 148 classification as lookups: leaves for products, groups for listings,
 * and the path from a leaf to its group for breadcrumbs.
 */
import data from '../../../content/categories.json' with { type: 'json' };
import { categoryFileSchema, type CategoryNode } from '../../schemas/category.ts';
import { foldVietnamese } from './vietnamese.ts';

const file = categoryFileSchema.parse(data);

export const CATEGORY_TREE: readonly CategoryNode[] = file.tree;

export interface Category extends CategoryNode {
  /** 1 = ngành (6 groups), 2 = nhóm, 3 = phân nhóm. */
  depth: 1 | 2 | 3;
  parent?: string | undefined;
  isLeaf: boolean;
}

const all: Category[] = [];
function walk(node: CategoryNode, depth: 1 | 2 | 3, parent?: string) {
  all.push({ ...node, depth, parent, isLeaf: !node.children?.length });
  for (const child of node.children ?? []) walk(child, (depth + 1) as 2 | 3, node.code);
}
for (const root of CATEGORY_TREE) walk(root, 1);

export const CATEGORIES: readonly Category[] = all;
export const LEAF_CATEGORIES = all.filter((c) => c.isLeaf);
export const LEAF_CODES = LEAF_CATEGORIES.map((c) => c.code) as [string, ...string[]];

const byCode = new Map(all.map((c) => [c.code, c]));
const bySlug = new Map(all.map((c) => [c.slug, c]));

export function getCategory(code: string): Category | undefined {
  return byCode.get(code);
}

export function getCategoryBySlug(slug: string): Category | undefined {
  return bySlug.get(slug);
}

/** From the top group down to `code` itself: I → I.3 → I.3.b. */
export function categoryPath(code: string): Category[] {
  const path: Category[] = [];
  for (let c = byCode.get(code); c; c = c.parent ? byCode.get(c.parent) : undefined) {
    path.unshift(c);
  }
  return path;
}

/** Every leaf code under `code` (itself when it is a leaf). */
export function leavesUnder(code: string): string[] {
  return LEAF_CATEGORIES.filter((c) => c.code === code || c.code.startsWith(`${code}.`)).map(
    (c) => c.code,
  );
}

/** Decision 1048 (2019) top-level names → the 148 code they map to (a group, not always a leaf). */
export function mapLegacy1048(name: string): string | undefined {
  // Compared on letters and digits only: "Lưu niệm - nội thất - trang trí", "luu niem, noi that".
  const key = (text: string) =>
    foldVietnamese(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const wanted = key(name);
  return file.legacy1048.find((l) => key(l.name) === wanted)?.maps;
}
