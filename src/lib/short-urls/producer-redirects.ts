/**
 * `/c/<code>/` (and `/en/c/<code>/`): a producer's short URL, a page that only leads on to the
 * producer's page — `<meta http-equiv="refresh">`, a canonical link there and a visible link
 * for when the refresh is blocked. Plain HTML written during the build (by the `ocop:qr-codes`
 * integration's background step) rather than an Astro page: at 10,000 producers, 20,000 pages of two lines are
 * not worth a render each. The deploy's `_redirects` answer first where the host supports them.
 * Node only.
 */
import path from 'node:path';
import { HTML_LANG, LOCALES, type Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import { shortUrlStrings } from '../i18n/ui/short-urls.ts';
import type { OutputWriter } from '../build/output-ledger.ts';
import { escapeText } from '../html/escape.ts';

export interface RedirectProducer {
  /** File name of the producer: its page's slug. */
  slug: string;
  code: string;
  name: string;
}

/** The whole page, for one producer in one language. */
export function producerRedirectHtml(
  producer: RedirectProducer,
  locale: Locale,
  site: string | URL,
): string {
  const s = shortUrlStrings(locale);
  const target = routes.producer(producer.slug, locale);
  const name = escapeText(producer.name);
  return (
    `<!doctype html><html lang="${HTML_LANG[locale]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeText(s.redirect.title(producer.name))}</title>` +
    `<link rel="canonical" href="${escapeText(new URL(target, site).href)}">` +
    `<meta http-equiv="refresh" content="0; url=${target}">` +
    `</head><body><p>${escapeText(s.redirect.text)} <a href="${target}" lang="vi">${name}</a></p>` +
    `</body></html>\n`
  );
}

/** Writes every producer's short-URL page in both languages; returns the number of files. */
export async function writeProducerRedirects(
  producers: readonly RedirectProducer[],
  writer: OutputWriter,
  site: string | URL,
  concurrency = 32,
): Promise<number> {
  const jobs = producers.flatMap((producer) => LOCALES.map((locale) => ({ producer, locale })));
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const { producer, locale } = jobs[next++]!;
      const file = path.posix.join(routes.producerShort(producer.code, locale), 'index.html');
      await writer.write(file, producerRedirectHtml(producer, locale, site));
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return jobs.length;
}
