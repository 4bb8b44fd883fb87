/**
 * The site header, written as one string: it stands on every page, so it is put together once
 * per language and per kind of page (which link is current, whether it holds the search form)
 * and only the language switch's address is filled in per page. On phones it is two rows of at
 * most 120 px together: the logo, the list, the cart and the language (each an icon over its
 * word), then search and a "Menu" disclosure holding the main links (a `<details>`: no
 * JavaScript needed). From 640 px search stands between the logo and the links, the menu
 * gives way to the links in a row. One search form serves both: the header's row is a grid on
 * phones (`header-row` in `styles/global.css`) that puts it on the second line. Its scripts
 * are rendered by `SiteHeader.astro`.
 */
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { routes, switchLocale } from '../../lib/i18n/routes.ts';
import { browseStrings } from '../../lib/i18n/ui/browse.ts';
import { fairStrings } from '../../lib/i18n/ui/fairs.ts';
import { siteStrings } from '../../lib/i18n/ui/site.ts';
import { cartLinkHtml } from '../order/cart-link-html.ts';
import { shortlistLinkHtml } from '../shortlist/shortlist-link-html.ts';
import { searchFormHtml } from './search-form-html.ts';

export interface SiteHeaderOptions {
  locale: Locale;
  /** The page's path (`Astro.url.pathname`): marks the current link, gives the switch's address. */
  path: string;
  /** Pages with no counterpart (404) switch to the other language's home. */
  standalone?: boolean | undefined;
}

/** What of the header depends on the page, beyond the language switch's address. */
export interface HeaderShape {
  locale: Locale;
  /** For each main link, whether the page is under it. */
  active: readonly boolean[];
  /** The header's search form (not on the home and search pages, which have their own). */
  withSearch: boolean;
  shortlistCurrent: boolean;
  cartCurrent: boolean;
}

const mainLinks = (locale: Locale) => {
  const words = siteStrings(locale);
  return [
    { href: routes.search(locale), label: words.nav.search },
    { href: routes.provinces(locale), label: words.nav.provinces },
    { href: routes.categories(locale), label: words.nav.categories },
    { href: routes.starLevels(locale), label: words.nav.stars },
    { href: routes.salesPoints(locale), label: words.nav.salesPoints },
    { href: routes.fairs(locale), label: fairStrings(locale).nav },
    { href: routes.about(locale), label: words.nav.about },
  ];
};

/** The page's header shape: which links are current, whether the search form shows. */
export function headerShape(locale: Locale, path: string): HeaderShape {
  return {
    locale,
    active: mainLinks(locale).map((link) => path.startsWith(link.href)),
    withSearch: !path.startsWith(routes.search(locale)) && path !== routes.home(locale),
    shortlistCurrent: path === routes.shortlist(locale),
    cartCurrent: path === routes.cart(locale),
  };
}

const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

const linkClass = (active: boolean) => `nav-link ${active ? 'nav-link-on' : 'text-brand-800'}`;

function navItems(locale: Locale, active: readonly boolean[], item: string, wide: boolean) {
  return mainLinks(locale)
    .map(
      (link, i) =>
        `<li${item}> <a href="${escapeAttribute(link.href)}"${active[i] ? ' aria-current="page"' : ''}` +
        ` class="${linkClass(active[i] === true)}${wide ? ' w-full' : ''}"> ${escapeText(link.label)} </a> </li>`,
    )
    .join('');
}

/** The header around the language switch's address: [before it, after it]. */
function headerTemplate(shape: HeaderShape): [string, string] {
  const { locale, active, withSearch } = shape;
  const words = siteStrings(locale);
  const other = otherLocale(locale);
  const before =
    `<header class="site-header" data-site-header>` +
    ` <div class="header-row">` +
    ` <a href="${escapeAttribute(routes.home(locale))}" class="site-logo">` +
    ` <svg aria-hidden="true" width="32" height="32" viewBox="0 0 32 32"> <circle cx="16" cy="16" r="15" fill="#185730"></circle>` +
    ` <path d="M16 6l2.9 6.2 6.8.8-5 4.6 1.4 6.7L16 21l-6.1 3.3 1.4-6.7-5-4.6 6.8-.8z" fill="#fbbf24"></path> </svg>` +
    ` <span class="site-name">${escapeText(words.siteShortName)}</span> </a> ` +
    (withSearch
      ? `<div class="header-search"> ${searchFormHtml({ locale, id: 'site-search' })} </div>`
      : '') +
    ` <div class="header-links"> ${shortlistLinkHtml(locale, shape.shortlistCurrent)}` +
    ` ${cartLinkHtml(locale, shape.cartCurrent)} <a href="`;
  const after =
    `" hreflang="${other}" lang="${other}" title="${escapeAttribute(words.languageSwitchLabel)}"` +
    ` class="language-switch">` +
    ` <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" class="sm:hidden">` +
    ` <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.6"></circle>` +
    ` <path d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16" fill="none" stroke="currentColor" stroke-width="1.4"></path> </svg>` +
    ` ${escapeText(words.languageSwitch)} </a> </div>` +
    ` <details class="group header-menu" data-menu>` +
    ` <summary class="menu-button">` +
    ` <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor"> <path d="M1 3h14v2H1zm0 4h14v2H1zm0 4h14v2H1z"></path> </svg>` +
    ` ${escapeText(browseStrings(locale).menu)} </summary>` +
    ` <nav aria-label="${escapeAttribute(words.nav.label)}" class="menu-panel">` +
    ` <ul class="grid grid-cols-2 gap-1 text-sm font-semibold"> ${navItems(locale, active, '', true)} </ul> </nav> </details> </div>` +
    ` <nav aria-label="${escapeAttribute(words.nav.label)}" class="mx-auto hidden max-w-6xl px-2 sm:block">` +
    ` <ul class="flex flex-wrap gap-x-1 pb-1 text-sm font-semibold"> ${navItems(locale, active, ' class="shrink-0"', false)} </ul> </nav> </header>`;
  return [before, after];
}

const templates = new Map<string, [string, string]>();

/** The header of the page at `path`. */
export function siteHeaderHtml(
  { locale, path, standalone = false }: SiteHeaderOptions,
  shape: HeaderShape = headerShape(locale, path),
): string {
  const key = [
    locale,
    shape.active.map(Number).join(''),
    shape.withSearch,
    shape.shortlistCurrent,
    shape.cartCurrent,
  ].join('|');
  let template = templates.get(key);
  if (!template) {
    template = headerTemplate(shape);
    templates.set(key, template);
  }
  const switchHref = standalone
    ? routes.home(otherLocale(locale))
    : switchLocale(path, otherLocale(locale));
  return template[0] + escapeAttribute(switchHref) + template[1];
}
