/**
 * Finds Vietnamese text on an English page (`scripts/check-english.ts`): text, readable
 * attributes (alt, title, aria-label, placeholder, the description and Open Graph metas), the
 * words scripts fill in later (`data-*` attributes, `<template>`s) and JSON-LD strings that
 * hold Vietnamese letters, outside elements marked `lang="vi"`. A proper name the site shows as
 * such (a province, a producer) is allowed wherever it stands in the text: every word with
 * Vietnamese letters must belong to a listed name (`NameList`).
 */
import { ELEMENT_NODE, TEXT_NODE, parse, type ElementNode } from 'ultrahtml';
import { dataAttributeStrings, jsonLdStrings } from './readable-strings.ts';

/** Letters only Vietnamese uses among the site's languages: ă â đ ê ô ơ ư and the tone marks. */
export const VIETNAMESE_LETTER =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

export const hasVietnamese = (text: string): boolean => VIETNAMESE_LETTER.test(text);

/** A word as names are compared: NFC, lower case, without the punctuation around it. */
const wordKey = (word: string): string =>
  word
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const words = (text: string): string[] => text.split(/\s+/).map(wordKey).filter(Boolean);

/**
 * Listed names, looked up word by word: each name under its first word, longest first, so a
 * text is covered by the longest names it holds.
 */
export class NameList {
  readonly #byFirst = new Map<string, string[][]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const w = words(name);
      if (!w.length || !hasVietnamese(name)) continue;
      const list = this.#byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.#byFirst.set(w[0]!, list);
    }
    for (const list of this.#byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The words of `text` with Vietnamese letters that no listed name covers. */
  unlisted(text: string): string[] {
    if (!hasVietnamese(text)) return [];
    const w = words(text);
    // A text cut short to fit ("Ea Tiêu plain-roasted coff…", a label's name) ends inside a
    // name: there the name's first words, the last of them perhaps cut, cover the rest.
    const clipped = /…\s*$/.test(text);
    const covers = (n: string[], i: number) =>
      n.every((x, j) => {
        const word = w[i + j];
        if (word === undefined) return clipped;
        return word === x || (clipped && i + j === w.length - 1 && x.startsWith(word));
      });
    const left: string[] = [];
    for (let i = 0; i < w.length;) {
      const name = this.#byFirst.get(w[i]!)?.find((n) => covers(n, i));
      if (name) {
        i += name.length;
        continue;
      }
      if (hasVietnamese(w[i]!)) left.push(w[i]!);
      i++;
    }
    return left;
  }
}

export interface Offence {
  /** The text (or attribute value) as the page has it, trimmed. */
  text: string;
  /** The nearest element: tag, id and first class, e.g. `h1#title` or `p.text-muted`. */
  element: string;
  /**
   * Where in it: "text", an attribute's name, `data-strings.<key>`, `json-ld <path>`; prefixed
   * "template " inside a `<template>` the page's script clones.
   */
  where: string;
  /** The words no listed name covers. */
  words: string[];
}

/** Not prose: scripts, styles, and code a reader copies (an embed snippet in a textarea). */
const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'textarea']);
const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];
const READ_METAS = new Set([
  'description',
  'og:title',
  'og:description',
  'og:image:alt',
  'og:site_name',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? whole),
  );

function describe(el: ElementNode): string {
  const id = el.attributes['id'] ? `#${el.attributes['id']}` : '';
  const cls = el.attributes['class']?.split(/\s+/)[0];
  const data = Object.keys(el.attributes).find((a) => a.startsWith('data-'));
  return `${el.name}${id}${cls ? `.${cls}` : ''}${!id && !cls && data ? `[${data}]` : ''}`;
}

/** A catalogue value JSON-LD may hold in Vietnamese (`untranslatedValues`), compared this way. */
export const valueKey = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Every piece of Vietnamese text of an English page outside `lang="vi"`, in page order: text,
 * readable attributes and metas, the words in `data-*` attributes and `<template>`s that scripts
 * fill in later, and the strings of JSON-LD. JSON-LD cannot mark a string `lang="vi"` the way
 * Google reads it, so there a Vietnamese value stands when it is one the catalogue holds no
 * English for (`untranslated`, see `untranslatedValues`).
 */
export function findVietnamese(
  html: string,
  allowed: NameList,
  untranslated: ReadonlySet<string> = new Set(),
): Offence[] {
  const offences: Offence[] = [];
  const check = (decoded: string, el: ElementNode, where: string) => {
    const text = decoded.replace(/\s+/g, ' ').trim();
    const left = text ? allowed.unlisted(text) : [];
    if (left.length) offences.push({ text, element: describe(el), where, words: left });
  };
  const checkJsonLd = (el: ElementNode) => {
    const source = el.children.map((c) => (c.type === TEXT_NODE ? c.value : '')).join('');
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      offences.push({ text: source.slice(0, 80), element: 'script', where: 'json-ld', words: [] });
      return;
    }
    for (const s of jsonLdStrings(json))
      if (!untranslated.has(valueKey(s.text))) check(s.text, el, `json-ld ${s.where}`);
  };
  const walk = (el: ElementNode, lang: string, within: string) => {
    const own = el.attributes['lang'] ?? lang;
    if (own.startsWith('vi')) return;
    if (el.name === 'script' && el.attributes['type'] === 'application/ld+json') {
      checkJsonLd(el);
      return;
    }
    const decoded = Object.fromEntries(
      Object.entries(el.attributes).map(([name, value]) => [name, decode(value)]),
    );
    // Read even on a skipped element: a textarea's caption the script swaps in is prose.
    for (const s of dataAttributeStrings(decoded)) check(s.text, el, within + s.where);
    if (SKIPPED.has(el.name)) return;
    for (const attribute of READ_ATTRIBUTES) {
      const value = el.attributes[attribute];
      if (value) check(decode(value), el, within + attribute);
    }
    if (el.name === 'meta') {
      const kind = el.attributes['name'] ?? el.attributes['property'] ?? '';
      if (READ_METAS.has(kind) && el.attributes['content'])
        check(decode(el.attributes['content']), el, `meta ${kind}`);
    }
    const inside = el.name === 'template' ? 'template ' : within;
    for (const child of el.children) {
      if (child.type === ELEMENT_NODE) walk(child, own, inside);
      else if (child.type === TEXT_NODE) check(decode(child.value), el, `${inside}text`);
    }
  };
  const doc = parse(html) as { children: { type: number }[] };
  const root: ElementNode = {
    type: ELEMENT_NODE,
    name: '#document',
    attributes: {},
    children: doc.children,
  } as unknown as ElementNode;
  walk(root, 'en', '');
  return offences;
}
