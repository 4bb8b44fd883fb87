/**
 * The `_redirects` file (Netlify and Cloudflare Pages format, `from to status`; nginx
 * equivalents in docs/deploy.md):
 * - a producer's short URL `/c/<code>/` → its page (the page at that path also leads there
 *   with a meta refresh, for hosts that read no redirect file);
 * - English aliases of pages (`/en/cart/` → `/en/gio-hang/`, see `PAGE_ALIASES`);
 * - province URLs in the forms people and old links use — the full name ("tinh-thai-binh",
 *   "thanh-pho-ha-noi") and the name with "tp" ("tp-ho-chi-minh") — → the province's page
 *   (a former province's page says where it went and lists what it certified).
 */
import { FORMER_PROVINCES, PROVINCES } from '../domain/provinces.ts';
import { slugify } from '../domain/vietnamese.ts';
import { LOCALES } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';

export interface Redirect {
  from: string;
  to: string;
  status: 301 | 302;
}

export function provinceAliasRedirects(): Redirect[] {
  const out = new Map<string, string>();
  const add = (alias: string, slug: string) => {
    if (alias && alias !== slug && !out.has(alias)) out.set(alias, slug);
  };
  const KIND_PREFIX: Record<string, string[]> = {
    city: ['thanh-pho-', 'tp-'],
    province: ['tinh-'],
  };
  for (const p of [...PROVINCES, ...FORMER_PROVINCES]) {
    for (const prefix of KIND_PREFIX[p.kind] ?? []) add(`${prefix}${p.slug}`, p.slug);
    add(slugify(p.name), p.slug);
  }
  // Aliases must never shadow a real province or former-province page.
  const real = new Set([...PROVINCES, ...FORMER_PROVINCES].map((p) => p.slug));
  return [...out]
    .filter(([alias]) => !real.has(alias))
    .flatMap(([alias, slug]) =>
      LOCALES.map((locale) => ({
        from: routes.province(alias, locale),
        to: routes.province(slug, locale),
        status: 301 as const,
      })),
    );
}

/**
 * Paths a visitor may type in English for a page whose path is Vietnamese in both languages
 * (the same path keeps hreflang simple): `/en/cart/` → `/en/gio-hang/`. Astro's `redirects`
 * (astro.config.mjs) writes a page with a meta refresh at the same path, for hosts without
 * a redirect file.
 */
export const PAGE_ALIASES: Readonly<Record<string, string>> = {
  '/en/cart/': routes.cart('en'),
};

export function pageAliasRedirects(): Redirect[] {
  return Object.entries(PAGE_ALIASES).map(([from, to]) => ({ from, to, status: 301 as const }));
}

export function producerShortRedirects(
  producers: readonly { code: string; slug: string }[],
): Redirect[] {
  return producers.flatMap(({ code, slug }) =>
    LOCALES.map((locale) => ({
      from: routes.producerShort(code, locale),
      to: routes.producer(slug, locale),
      status: 301 as const,
    })),
  );
}

export function formatRedirects(redirects: readonly Redirect[]): string {
  return `${redirects.map((r) => `${r.from} ${r.to} ${String(r.status)}`).join('\n')}\n`;
}

export function parseRedirects(text: string): Redirect[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map((line, i) => {
      const [from, to, status] = line.trim().split(/\s+/);
      if (!from || !to || (status !== '301' && status !== '302'))
        throw new Error(`_redirects line ${String(i + 1)}: "${line}"`);
      return { from, to, status: Number(status) as 301 | 302 };
    });
}
