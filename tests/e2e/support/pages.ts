/** Small readers of what a loaded page says about itself, shared by the specs. */
import { expect, type Locator, type Page } from '@playwright/test';

export type JsonObject = Record<string, unknown>;

/** Every `application/ld+json` block, parsed; a block that is not JSON fails the test. */
export async function jsonLdBlocks(page: Page): Promise<JsonObject[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text, i) => {
    try {
      return JSON.parse(text) as JsonObject;
    } catch (error) {
      throw new Error(`JSON-LD block ${i + 1} on ${page.url()} is not JSON`, { cause: error });
    }
  });
}

/** Keys found anywhere in a JSON value, at any depth. */
export function allKeys(value: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        keys.add(k);
        visit(child);
      }
    }
  };
  visit(value);
  return keys;
}

/** `<link rel="alternate" hreflang>` of the page, hreflang → href. */
export async function hreflangAlternates(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
  const map: Record<string, string> = {};
  for (const [lang, href] of links) {
    expect(lang && href, 'every hreflang alternate has a language and a URL').toBeTruthy();
    expect(map[lang!], `hreflang="${lang!}" is given once`).toBeUndefined();
    map[lang!] = href!;
  }
  return map;
}

/** Path of an absolute URL: pages name the public origin, the tests run on localhost. */
export const pathOf = (url: string): string => new URL(url).pathname;

/**
 * Looks for a product card on a listing and, when the listing is paginated, on the following
 * pages (by the "next page" link). Returns the card, or fails naming how many pages it read.
 */
export async function findProductCard(page: Page, slug: string, maxPages = 50): Promise<Locator> {
  for (let n = 1; n <= maxPages; n++) {
    const card = page.locator(`article[data-product="${slug}"]`);
    if ((await card.count()) > 0) return card;
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    const href = await next.first().getAttribute('href');
    await next.first().click();
    await page.waitForURL((url) => url.pathname === href);
  }
  throw new Error(`No card for product "${slug}" on ${page.url()} or the pages after it`);
}
