/**
 * Product cards in the browser: fetches only the shards a list of codes needs
 * (`/du-lieu/the/<xx>.json`), once each, and the helpers every view uses to fill its
 * `<template>`s. Shared by the shortlist page and the print views.
 */
import { productCardsPath } from '../lib/i18n/routes.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';
import { parseCodeList, SHORTLIST_PARAM, type ParsedCodeList } from '../lib/shortlist/code-list.ts';
import { shardKey, type CardShard, type ProductCardData } from '../lib/shortlist/card.ts';
import type { Localized } from '../lib/i18n/localized.ts';
import { readShortlist } from './shortlist-store.ts';

const shards = new Map<string, Promise<CardShard>>();

function loadShard(key: string): Promise<CardShard> {
  let shard = shards.get(key);
  if (!shard) {
    // A missing shard (404) means none of its codes exist: an empty shard, not an error.
    shard = fetch(productCardsPath(key)).then((r) => {
      if (r.ok) return r.json() as Promise<CardShard>;
      if (r.status === 404) return {};
      throw new Error(`${r.url}: HTTP ${r.status}`);
    });
    shards.set(key, shard);
    shard.catch(() => shards.delete(key));
  }
  return shard;
}

export interface LoadedCards {
  /** Cards found, in the order of the codes asked for. */
  found: { code: string; card: ProductCardData }[];
  /** Codes no shard knows: products no longer in the catalogue. */
  unknown: string[];
}

export async function loadCards(codes: readonly string[]): Promise<LoadedCards> {
  const keys = [...new Set(codes.map(shardKey))];
  const loaded = new Map(
    await Promise.all(keys.map(async (k) => [k, await loadShard(k)] as const)),
  );
  const found: LoadedCards['found'] = [];
  const unknown: string[] = [];
  for (const code of codes) {
    const card = loaded.get(shardKey(code))?.[code];
    if (card) found.push({ code, card });
    else unknown.push(code);
  }
  return { found, unknown };
}

/** The list a view shows: `?sp=` when the URL has one (a shared list), else the visitor's own. */
export function pageCodes(): ParsedCodeList & { shared: boolean } {
  const param = new URLSearchParams(location.search).get(SHORTLIST_PARAM);
  if (param !== null) return { ...parseCodeList(param), shared: true };
  return { codes: readShortlist(), invalid: [], dropped: 0, shared: false };
}

export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : 'vi';
}

/** `{n}`-style placeholders. */
export const fillIn = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );

/** Sets the text of every `[data-slot="<name>"]` under `root`. */
export function fillSlots(root: ParentNode, values: Record<string, string>): void {
  for (const [slot, text] of Object.entries(values))
    for (const el of root.querySelectorAll<HTMLElement>(`[data-slot="${slot}"]`))
      el.textContent = text;
}

/** Writes a card's name into its `name` slots, marked with the language it is in. */
export function fillName(root: ParentNode, name: Localized): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-slot="name"]')) {
    el.textContent = name.text;
    el.lang = name.lang;
  }
}

/** Shows the one `[data-when="<value>"]` child of `root` that matches, hides the others. */
export function showWhen(root: ParentNode, value: string): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-when]'))
    el.hidden = el.dataset['when'] !== value;
}

export const starGlyphs = (stars: number): string => '★'.repeat(stars) + '☆'.repeat(5 - stars);

export function cloneTemplate(selector: string): DocumentFragment {
  const template = document.querySelector<HTMLTemplateElement>(selector);
  if (!template) throw new Error(`No template ${selector}`);
  return template.content.cloneNode(true) as DocumentFragment;
}
