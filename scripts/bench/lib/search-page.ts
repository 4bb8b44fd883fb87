/**
 * The search page in a throttled Chromium: a cold visit (new context, empty cache) to
 * `/tim-kiem/?q=…`, timed from navigation start to the first result card on screen, then warm
 * follow-up queries typed into the same page, timed from the input event to the updated cards.
 * Times come from the page's own clock (`performance.now()`, 0 = navigation start), bytes
 * from the DevTools protocol.
 */
import type { Browser, Page } from '@playwright/test';
import {
  bytesByKind,
  kindOf,
  NetworkLog,
  throttle,
  type ByteKind,
  type LoggedRequest,
  type ThrottleProfile,
} from './browser.ts';

declare global {
  interface Window {
    __bench?: { inserted: number | null; visible: number | null };
  }
}

/** Runs in the page before its scripts: notes when the first result card appears. */
function watchFirstHit(): void {
  const state: { inserted: number | null; visible: number | null } = {
    inserted: null,
    visible: null,
  };
  window.__bench = state;
  const check = () => {
    if (state.inserted !== null) return;
    const hit = document.querySelector('[data-hit]');
    if (!hit || hit.getBoundingClientRect().height === 0) return;
    state.inserted = performance.now();
    observer.disconnect();
    // The frame that paints it.
    requestAnimationFrame(() => {
      state.visible = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Types `query` into the search box as one input event (a paste, or the last key of a word)
 * and resolves with the milliseconds until the cards show other results and the stats line is
 * no longer "searching" (measured on the next frame), or -1 after `timeoutMs`.
 */
async function typeAndTime({
  query,
  loading,
  timeoutMs,
}: {
  query: string;
  loading: string;
  timeoutMs: number;
}): Promise<{ ms: number; hits: string; first: string }> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search box');
  const firstId = () => document.querySelector('[data-hit]')?.getAttribute('data-hit') ?? '';
  const stats = () => document.querySelector('[data-testid="search-stats"]')?.textContent ?? '';
  const before = firstId();
  // React tracks the value through the prototype's setter: set it there, then fire input.
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  input.focus();
  const started = performance.now();
  descriptor?.set?.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const first = firstId();
      const text = stats();
      if (first && first !== before && !text.includes(loading)) {
        resolve({ ms: now - started, hits: text.replace(/\s*\(.*\)\s*$/, ''), first });
      } else if (now - started > timeoutMs) {
        resolve({ ms: -1, hits: text, first });
      } else {
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame(tick);
  });
}

/** Resolves when no request has been in flight for `quietMs`. */
async function networkQuiet(log: NetworkLog, quietMs = 800, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const pending = [...log.requests.values()].some((r) => r.finishedAt === undefined && !r.failed);
    if (pending) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Transfer {
  bytes: Record<ByteKind, { bytes: number; count: number }>;
  /** Sequential waves of index requests: a request sent after another finished opens a wave. */
  searchRounds: number;
  encodings: string[];
}

function transfer(requests: readonly LoggedRequest[]): Transfer {
  const search = requests.filter((r) => kindOf(r) === 'search').sort((a, b) => a.sentAt - b.sentAt);
  let rounds = 0;
  let waveEnd = -Infinity;
  for (const r of search) {
    if (r.sentAt >= waveEnd) {
      rounds += 1;
      waveEnd = r.finishedAt ?? Infinity;
    } else {
      waveEnd = Math.max(waveEnd, r.finishedAt ?? Infinity);
    }
  }
  return {
    bytes: bytesByKind(requests),
    searchRounds: rounds,
    encodings: [...new Set(requests.map((r) => r.encoding ?? 'none'))],
  };
}

export interface WarmResult {
  query: string;
  ms: number;
  stats: string;
  transfer: Transfer;
}

export interface ColdResult {
  url: string;
  /** Navigation start → first result card painted. */
  firstResultMs: number;
  /** Navigation start → the first request for the index (page and scripts ready). */
  firstIndexRequestMs: number;
  /** Navigation start → HTML received. */
  htmlMs: number;
  stats: string;
  transfer: Transfer;
  warm: WarmResult[];
  /** Every request of the cold visit, ms from the document request. */
  waterfall: { path: string; kind: ByteKind; startMs: number; endMs: number; bytes: number }[];
}

export interface VisitOptions {
  origin: string;
  path: string;
  profile: ThrottleProfile | undefined;
  warmQueries?: readonly string[];
  /** The stats line's "searching…" text, to tell loading from results. */
  loadingText: string;
  timeoutMs?: number;
}

/** One cold visit in a new context, then the warm queries in the same page. */
export async function visitSearchPage(
  browser: Browser,
  options: VisitOptions,
): Promise<ColdResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    locale: 'vi-VN',
  });
  try {
    const page: Page = await context.newPage();
    await page.addInitScript(watchFirstHit);
    const { cdp, log } = await NetworkLog.attach(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    if (options.profile) await throttle(cdp, options.profile);
    const url = `${options.origin}${options.path}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    const handle = await page.waitForFunction(() => window.__bench?.visible ?? null, null, {
      timeout: timeoutMs,
      polling: 100,
    });
    const firstResultMs = (await handle.jsonValue())!;
    await networkQuiet(log);
    const cold = [...log.requests.values()];
    const doc = cold.find((r) => r.type === 'Document');
    const base = doc?.sentAt ?? 0;
    const firstIndex = cold
      .filter((r) => kindOf(r) === 'search')
      .reduce((min, r) => Math.min(min, r.sentAt), Infinity);
    const stats = (await page.locator('[data-testid="search-stats"]').textContent()) ?? '';

    const warm: WarmResult[] = [];
    for (const query of options.warmQueries ?? []) {
      const mark = log.size();
      const result = await page.evaluate(typeAndTime, {
        query,
        loading: options.loadingText,
        timeoutMs,
      });
      await networkQuiet(log);
      warm.push({ query, ms: result.ms, stats: result.hits, transfer: transfer(log.since(mark)) });
    }
    await cdp.detach();
    return {
      url: options.path,
      firstResultMs,
      firstIndexRequestMs: (firstIndex - base) * 1000 + (doc ? 0 : Number.NaN),
      htmlMs: doc?.finishedAt === undefined ? Number.NaN : (doc.finishedAt - base) * 1000,
      stats: stats.replace(/\s*\(.*\)\s*$/, '').trim(),
      waterfall: cold.map((r) => ({
        path: new URL(r.url).pathname,
        kind: kindOf(r),
        startMs: (r.sentAt - base) * 1000,
        endMs: r.finishedAt === undefined ? Number.NaN : (r.finishedAt - base) * 1000,
        bytes: r.bytes,
      })),
      transfer: transfer(cold),
      warm,
    };
  } finally {
    await context.close();
  }
}
