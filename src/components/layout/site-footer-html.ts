/**
 * The site footer, written as one string: the same on every page of a language and a build, so
 * it is put together once for each language.
 */
import { BUILD_DATE } from '../../lib/catalogue/build-date.ts';
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import { formatDate } from '../../lib/i18n/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { routes } from '../../lib/i18n/routes.ts';
import { fairStrings } from '../../lib/i18n/ui/fairs.ts';
import { siteStrings } from '../../lib/i18n/ui/site.ts';

const item = (href: string, label: string) =>
  `<li> <a href="${escapeAttribute(href)}" class="inline-block py-1"> ${escapeText(label)} </a> </li>`;

function footer(locale: Locale): string {
  const words = siteStrings(locale);
  return (
    `<footer class="mt-16 border-t border-brand-100 bg-brand-50 text-sm text-muted">` +
    ` <div class="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">` +
    ` <p class="sm:col-span-2">${escapeText(words.footer.about)}</p> <ul class="space-y-1">` +
    ` ${item(routes.about(locale), words.nav.about)} ${item(routes.salesPoints(locale), words.nav.salesPoints)}` +
    ` ${item(routes.fairs(locale), fairStrings(locale).nav)} ${item(routes.openData(locale), words.footer.openData)}` +
    ` <li> <a href="/sitemap-index.xml" class="inline-block py-1">\nSitemap\n</a> </li>` +
    ` <li> ${escapeText(words.footer.builtOn)} <time datetime="${escapeAttribute(BUILD_DATE)}">${escapeText(formatDate(BUILD_DATE, locale))}</time> </li>` +
    ` </ul> </div> </footer>`
  );
}

const footers = new Map<Locale, string>();

/** The footer of a page in `locale`. */
export function siteFooterHtml(locale: Locale): string {
  let html = footers.get(locale);
  if (html === undefined) {
    html = footer(locale);
    footers.set(locale, html);
  }
  return html;
}
