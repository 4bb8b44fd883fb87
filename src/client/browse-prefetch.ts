/**
 * Browse listings are static pages (docs/browse.md): a choice — a narrowing, a sort, the other
 * part, a page — is a link. With JavaScript, the page behind a choice is fetched into the HTTP
 * cache as soon as the pointer rests on it, a finger touches it or the keyboard focuses it, so the
 * click that follows usually opens it from the cache. Nothing is swapped in place: the page that
 * opens is the same one a visitor without JavaScript gets.
 */
const CHOICES =
  '[data-listing-controls] a[href], [data-listing] nav a[href], [data-lapsed-link], [data-in-force-link]';
const fetched = new Set<string>([location.pathname]);

function prefetch(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(CHOICES);
  if (!link || link.origin !== location.origin || fetched.has(link.pathname)) return;
  fetched.add(link.pathname);
  const hint = document.createElement('link');
  hint.rel = 'prefetch';
  hint.href = link.pathname;
  document.head.append(hint);
}

for (const type of ['pointerover', 'touchstart', 'focusin'])
  document.addEventListener(type, prefetch, { passive: true });
