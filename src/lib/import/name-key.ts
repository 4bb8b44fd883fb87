/**
 * Keys to recognise one producer or product however a list writes its name. Names are folded
 * (no diacritics, lower case, punctuation read as spaces: `nameKey`), then the abbreviations
 * official lists use are expanded word by word ("Cty TNHH SX-TM" → "cong ty trach nhiem huu
 * han san xuat thuong mai", "HTX NN", "DNTN", "CTCP", "SXKD", "DVTM", "TM-DV"…).
 *
 * - `producerKey`: the expanded name without its leading legal-form words ("công ty TNHH",
 *   "hợp tác xã"…), plus the producer type those words say. Two names with the same key are
 *   the same producer.
 * - `producerLikeness`: for two names whose keys differ, whether they are still likely the
 *   same producer (only legal-form or activity words differ, or a close edit distance). The
 *   importer flags such pairs instead of deciding.
 * - `productNameKey` / `productLikeness`: the same for product names.
 */
import { nameKey } from './clean-text.ts';
import { producerTypeFromName } from './producer-type.ts';

/** One folded word (or run of words, as lists join them) → what it stands for. */
const ABBREVIATIONS: Record<string, string> = {
  cty: 'cong ty',
  ct: 'cong ty',
  tnhh: 'trach nhiem huu han',
  mtv: 'mot thanh vien',
  cp: 'co phan',
  ctcp: 'cong ty co phan',
  dn: 'doanh nghiep',
  dntn: 'doanh nghiep tu nhan',
  htx: 'hop tac xa',
  lhhtx: 'lien hiep hop tac xa',
  tht: 'to hop tac',
  hkd: 'ho kinh doanh',
  cs: 'co so',
  cssx: 'co so san xuat',
  nn: 'nong nghiep',
  sx: 'san xuat',
  tm: 'thuong mai',
  dv: 'dich vu',
  kd: 'kinh doanh',
  xnk: 'xuat nhap khau',
  sxkd: 'san xuat kinh doanh',
  sxtm: 'san xuat thuong mai',
  dvtm: 'dich vu thuong mai',
  tmdv: 'thuong mai dich vu',
  dvnn: 'dich vu nong nghiep',
  nndv: 'nong nghiep dich vu',
  xd: 'xay dung',
  ltd: 'trach nhiem huu han',
  jsc: 'co phan',
};

/** Legal-form words a name may start with (longest first), folded and expanded. */
const LEGAL_FORMS = [
  'chi nhanh cong ty',
  'tong cong ty',
  'cong ty',
  'trach nhiem huu han',
  'mot thanh vien',
  'co phan',
  'doanh nghiep tu nhan',
  'doanh nghiep',
  'lien hiep hop tac xa',
  'hop tac xa',
  'to hop tac',
  'ho kinh doanh',
  'co so san xuat',
  'co so',
];

/** Legal-form words a name may end with ("… Co., Ltd", "… JSC"), folded and expanded. */
const TRAILING_FORMS = ['trach nhiem huu han', 'mot thanh vien', 'co phan', 'cong ty', 'co'];

/** Words that say what a producer does rather than who it is. */
const ACTIVITY_WORDS = new Set([
  'san',
  'xuat',
  'thuong',
  'mai',
  'dich',
  'vu',
  'kinh',
  'doanh',
  'nong',
  'nghiep',
  'nhap',
  'khau',
  'che',
  'bien',
  'va',
]);

/** `fn` remembering its answers: an import compares each name with many others. */
function memo(fn: (name: string) => string): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let key = known.get(name);
    if (key === undefined) {
      if (known.size > 100_000) known.clear();
      key = fn(name);
      known.set(name, key);
    }
    return key;
  };
}

/** Folded, punctuation as spaces, every known abbreviation written out. */
export const expandedKey = memo(expand);

function expand(name: string): string {
  return nameKey(name)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ')
    .trim();
}

/** The expanded name without its leading (and trailing "co ltd"/"jsc") legal-form words. */
export const producerCore = memo(core);

function core(name: string): string {
  let key = ` ${expandedKey(name)} `;
  for (let changed = true; changed;) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (key.startsWith(` ${form} `) && key.trim() !== form) {
        key = key.slice(form.length + 1);
        changed = true;
      }
    }
    for (const form of TRAILING_FORMS) {
      if (key.endsWith(` ${form} `) && key.trim() !== form) {
        key = key.slice(0, -form.length - 1);
        changed = true;
      }
    }
  }
  return key.trim();
}

/** Same key ⇒ same producer: the core name and the type its legal form says. */
export const producerKey = memo(keyOf);

function keyOf(name: string): string {
  const direct = producerTypeFromName(name);
  const type = direct.guessed ? producerTypeFromName(expandedKey(name)).type : direct.type;
  return `${producerCore(name)}#${type}`;
}

/** The core without activity words ("sản xuất", "thương mại", "nông nghiệp"…). */
export function bareCore(name: string): string {
  return producerCore(name)
    .split(' ')
    .filter((w) => !ACTIVITY_WORDS.has(w))
    .join(' ');
}

/**
 * Why two producer names whose keys differ are still likely one producer, or undefined. Only
 * the legal form, the activity words, or one or two letters (a typo) in a long enough name.
 */
export function producerLikeness(a: string, b: string): string | undefined {
  if (producerKey(a) === producerKey(b)) return undefined;
  const coreA = producerCore(a);
  const coreB = producerCore(b);
  if (coreA && coreA === coreB) return 'producer names differ only by the kind of producer';
  const bareA = bareCore(a);
  const bareB = bareCore(b);
  if (bareA && bareA === bareB) return 'producer names differ only by kind or activity words';
  if (closeEnough(coreA, coreB)) return 'producer names differ by a letter or two';
  return undefined;
}

/** A product name as compared: folded, punctuation as spaces, abbreviations written out. */
export function productNameKey(name: string): string {
  return expandedKey(name);
}

/** Why two product names whose keys differ are likely one product, or undefined. */
export function productLikeness(a: string, b: string): string | undefined {
  const keyA = productNameKey(a);
  const keyB = productNameKey(b);
  if (keyA === keyB) return undefined;
  return closeEnough(keyA, keyB) ? 'product names differ by a letter or two' : undefined;
}

/** Close edit distance: at most 1 edit up to 12 characters, 2 beyond; never under 8 characters. */
export function closeEnough(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 8) return false;
  const limit = shorter > 12 ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

/** Levenshtein distance, stopping early once it is certainly above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
