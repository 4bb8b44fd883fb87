/**
 * The offline page's list of what works offline: every fair pack stored in Cache Storage
 * (complete ones: the manifest is stored last), fairs in the page's language first, each a
 * link to its page and to its search. Also shows the Reload button.
 */
import { PACK_CACHE_PREFIX, type PackManifest } from '../lib/offline/fair-pack.ts';
import { fairPathOfCache, localeOfPath } from '../lib/offline/offline-answers.ts';

interface StoredFair {
  path: string;
  name: string;
  locale: string;
}

async function storedFairs(): Promise<StoredFair[]> {
  if (!('caches' in window)) return [];
  const found = new Map<string, StoredFair>();
  for (const cacheName of await caches.keys()) {
    const path = fairPathOfCache(cacheName);
    if (!path || found.has(path) || !cacheName.startsWith(PACK_CACHE_PREFIX)) continue;
    const manifest = await (await caches.open(cacheName)).match(`${path}offline.json`);
    if (!manifest) continue; // an interrupted pack
    const { name } = (await manifest.json()) as Partial<PackManifest>;
    found.set(path, { path, name: name ?? path, locale: localeOfPath(path) });
  }
  return [...found.values()];
}

export async function listStoredFairs(): Promise<void> {
  const reload = document.querySelector<HTMLButtonElement>('[data-reload]');
  if (reload) {
    reload.hidden = false;
    reload.addEventListener('click', () => {
      location.reload();
    });
  }
  const list = document.querySelector<HTMLElement>('[data-offline-fairs]');
  const none = document.querySelector<HTMLElement>('[data-offline-none]');
  if (!list || !none) return;
  const locale = list.dataset['locale'] ?? 'vi';
  const fairs = (await storedFairs()).sort(
    (a, b) => Number(b.locale === locale) - Number(a.locale === locale),
  );
  for (const fair of fairs) {
    const item = document.createElement('li');
    item.dataset['offlineFair'] = fair.path;
    const link = document.createElement('a');
    link.href = fair.path;
    link.lang = 'vi';
    link.className = 'font-semibold';
    link.textContent = fair.name;
    const search = document.createElement('a');
    search.href = `${fair.path}#fair-search-input`;
    search.className = 'ml-2 text-sm';
    search.textContent = list.dataset['searchLabel'] ?? '';
    item.append(link, ' · ', search);
    list.append(item);
  }
  none.hidden = fairs.length > 0;
}
