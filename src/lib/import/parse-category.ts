/**
 * The Decision 148 leaf of a product from whatever the list gives: a leaf code ("I.3.b"), a 148
 * name ("Chè tươi, chế biến"), or a 2019 Decision 1048 name ("Thực phẩm", "Lưu niệm - nội thất
 * - trang trí") that maps to a group (`mapLegacy1048`), in any case, with or without tone marks
 * and with or without its "Bộ sản phẩm:", "Nhóm:", "Phân nhóm:", "Ngành:" prefix. When the group
 * has several leaves the product name picks one by shared words, and the row is flagged: the
 * leaf is a best guess. A legacy name is flagged with what it was mapped to.
 */
import {
  CATEGORIES,
  LEAF_CATEGORIES,
  getCategory,
  leavesUnder,
  mapLegacy1048,
} from '../domain/categories.ts';
import { nameKey } from './clean-text.ts';

export interface CategoryGuess {
  code?: string | undefined;
  flag?: string | undefined;
}

const byName = new Map(CATEGORIES.map((c) => [nameKey(c.name), c.code]));

/** Words and phrases (folded) that name a kind of product, per leaf. */
const HINTS: Record<string, string> = {
  'I.1.a': 'rau, cu, qua, buoi, cam, xoai, vai, nhan, chuoi, dua luoi, thanh long, na, oi',
  'I.1.b': 'thit, ca tuoi, tom, cua, trung, sua tuoi, ga, lon, bo',
  'I.2.a': 'gao, nep, ngo, dau xanh, lac, hat',
  'I.2.b': 'mat ong, mat mia',
  'I.3.b': 'banh, bun, pho, mien, mi, com, keo, cay, chung',
  'I.3.c': 'mut, say, tuong ot, dua muoi, nuoc cot',
  'I.3.d': 'cha, gio, nem, ruoc, kho muc, ca kho, lap xuong, nem chua',
  'I.4.a': 'nuoc mam, tuong, mam',
  'I.4.b': 'muoi, tieu, ot, bot, gia vi, nghe, gung, toi, hanh',
  'I.5.a': 'che, tra xanh, che shan, tra shan',
  'I.5.b': 'tra thao moc, atiso, tra hoa',
  'I.6': 'ca phe, ca cao',
  'II.1.a': 'ruou trang, ruou nep, ruou men la, ruou',
  'II.1.b': 'ruou vang, ruou can, ruou sim, bia',
  'II.2.a': 'nuoc khoang, nuoc uong dong chai',
  'II.2.b': 'nuoc ep, sua hat, siro',
  'III.1': 'cao, vien, thuoc, thuc pham chuc nang',
  'III.2': 'xa phong, dau goi, my pham, kem',
  'III.3': 'tinh dau, duoc lieu',
  'IV.1': 'may tre dan, coi, chieu, gom, su, go, son mai, tranh, non',
  'IV.2': 'vai, lua, tho cam, det, may mac',
};

export interface CategoryMatch {
  /** A Decision 148 code: a leaf or a group. */
  code: string;
  /** Found through a Decision 1048 name. */
  legacy: boolean;
}

/** "Bộ sản phẩm:", "Nhóm SP", "Phân nhóm -", "Ngành" before the name (folded, punctuation gone). */
const PREFIX = /^(bo san pham|bo sp|phan nhom|phan nganh|nhom san pham|nhom sp|nhom|nganh|bo) /;

/** The category a cell names ("I.3.b", "Chè tươi, chế biến", "Nhóm: Đồ uống"), if any. */
export function categoryFromText(input: string): CategoryMatch | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const code = /^[IV]{1,3}(?:\.\d)?(?:\.[a-e])?$/.exec(text.replace(/\s+/g, ''))?.[0];
  if (code && getCategory(code)) return { code, legacy: false };
  const full = nameKey(text);
  for (const key of [full, full.replace(PREFIX, '')]) {
    const current = byName.get(key);
    if (current) return { code: current, legacy: false };
    const legacy = mapLegacy1048(key);
    if (legacy) return { code: legacy, legacy: true };
  }
  return undefined;
}

export function parseCategory(cells: readonly string[], productName: string): CategoryGuess {
  let unknown: string | undefined;
  for (const cell of cells) {
    const text = cell.trim();
    if (!text) continue;
    const match = categoryFromText(text);
    if (!match) {
      unknown ??= text;
      continue;
    }
    const leaves = leavesUnder(match.code);
    const leaf = leaves.length === 1 ? leaves[0]! : bestLeaf(leaves, productName);
    // A cell that named nothing known before this one (the section's group, say) is said too.
    const parts: string[] = unknown === undefined ? [] : [`category "${unknown}" not recognised`];
    if (match.legacy) {
      const group = getCategory(match.code);
      parts.push(`Decision 1048 category "${text}" mapped to ${match.code} (${group?.name ?? ''})`);
    }
    if (leaves.length > 1) {
      parts.push(
        `${match.legacy ? 'it' : `category "${text}"`} covers ${leaves.length} leaves: chose ${leaf} from the product name`,
      );
    }
    return { code: leaf, flag: parts.length ? parts.join('; ') : undefined };
  }
  const leaf = bestLeaf(
    LEAF_CATEGORIES.map((c) => c.code),
    productName,
    true,
  );
  const given =
    unknown === undefined ? 'no category given' : `category "${unknown}" not recognised`;
  return leaf
    ? { code: leaf, flag: `${given}: chose ${leaf} from the product name` }
    : unknown === undefined
      ? {}
      : { flag: `${given}: no category recorded` };
}

function bestLeaf(
  leaves: readonly string[],
  productName: string,
  strict = false,
): string | undefined {
  const name = ` ${nameKey(productName)} `;
  let best: string | undefined;
  let bestScore = 0;
  for (const code of leaves) {
    const words = (HINTS[code] ?? '').split(', ').filter(Boolean);
    const score = words.reduce((s, w) => (name.includes(` ${w} `) ? s + w.length : s), 0);
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best ?? (strict ? undefined : leaves[0]);
}
