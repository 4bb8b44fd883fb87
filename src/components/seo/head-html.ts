/**
 * Everything in <head> a page needs to be found and shared: title, description, canonical URL,
 * hreflang alternates, Open Graph, Twitter card and structured data. Written as one string (it
 * is on every page); `Head.astro` puts it in the page with the site's stylesheet.
 */
import { escapeAttribute, escapeText, jsonInScript } from '../../lib/html/escape.ts';
import { HTML_LANG, LOCALES, OG_LOCALE, type Locale } from '../../lib/i18n/locales.ts';
import { assets, switchLocale } from '../../lib/i18n/routes.ts';
import { siteStrings } from '../../lib/i18n/ui/site.ts';

export interface HeadOptions {
  title: string;
  description: string;
  locale: Locale;
  /** Absolute or site-relative image for link previews. */
  image?: { src: string; alt: string; width?: number; height?: number } | undefined;
  type?: 'website' | 'product' | 'profile' | undefined;
  jsonLd?: object[] | undefined;
  noindex?: boolean | undefined;
  /** No canonical URL or language alternates (the 404 page has no address of its own). */
  standalone?: boolean | undefined;
}

export interface HeadPage {
  /** The site's address (`Astro.site`). */
  site: URL;
  /** The page's path (`Astro.url.pathname`). */
  path: string;
}

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeAttribute(content)}">`;

/** Structured data in its script element (`jsonInScript`: no string in it can end the element). */
export const jsonLdScript = (data: object) =>
  `<script type="application/ld+json">${jsonInScript(data)}</script>`;

export function headHtml(
  {
    title,
    description,
    locale,
    image,
    type = 'website',
    jsonLd = [],
    noindex = false,
    standalone = false,
  }: HeadOptions,
  { site, path }: HeadPage,
): string {
  const words = siteStrings(locale);
  const canonical = new URL(path, site).href;
  const ogImage = image ?? {
    src: assets.siteShareImage(locale),
    alt: words.siteName,
    width: 1200,
    height: 630,
  };
  const ogImageUrl = new URL(ogImage.src, site).href;
  const fullTitle = title === words.siteName ? title : `${title} · ${words.siteShortName}`;
  const link = (rel: string, href: string, more = '') =>
    `<link rel="${rel}"${more} href="${escapeAttribute(href)}">`;
  // One space between the parts, as the template this replaced gave: a part that is not there
  // leaves its two spaces.
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(fullTitle)}</title>`,
    meta('name', 'description', description),
    standalone ? '' : link('canonical', canonical),
    noindex ? '<meta name="robots" content="noindex, follow">' : '',
    standalone
      ? ''
      : LOCALES.map((l) =>
          link(
            'alternate',
            new URL(switchLocale(path, l), site).href,
            ` hreflang="${HTML_LANG[l]}"`,
          ),
        ).join(''),
    standalone
      ? ''
      : link('alternate', new URL(switchLocale(path, 'vi'), site).href, ' hreflang="x-default"'),
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<link rel="sitemap" href="/sitemap-index.xml">',
    '<meta name="theme-color" content="#185730">',
    meta('property', 'og:site_name', words.siteName),
    meta('property', 'og:type', type),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    standalone ? '' : meta('property', 'og:url', canonical),
    meta('property', 'og:locale', OG_LOCALE[locale]),
    LOCALES.filter((l) => l !== locale)
      .map((l) => meta('property', 'og:locale:alternate', OG_LOCALE[l]))
      .join(''),
    meta('property', 'og:image', ogImageUrl),
    meta('property', 'og:image:alt', ogImage.alt),
    ogImage.width ? meta('property', 'og:image:width', String(ogImage.width)) : '',
    ogImage.height ? meta('property', 'og:image:height', String(ogImage.height)) : '',
    '<meta name="twitter:card" content="summary_large_image">',
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', ogImageUrl),
    meta('name', 'twitter:image:alt', ogImage.alt),
    jsonLd.map(jsonLdScript).join(''),
  ].join(' ');
}
