/**
 * Chromium for the benchmark: Debian's browser driven by Playwright, the throttled profile
 * (slow 4G and a 4× slower CPU through the DevTools protocol) and a log of every request's
 * transferred bytes from `Network.loadingFinished` (`encodedDataLength`: compressed body and
 * headers, what went over the wire).
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface ThrottleProfile {
  name: string;
  /** Added to each request's round trip, ms. */
  latencyMs: number;
  /** Bytes per second. */
  downloadBps: number;
  uploadBps: number;
  cpuSlowdown: number;
}

/** ~400 ms RTT, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU 4× slower. */
export const SLOW_4G: ThrottleProfile = {
  name: 'slow 4G (400 ms RTT, 1.6 Mbit/s down, 0.75 Mbit/s up) + CPU ×4',
  latencyMs: 400,
  downloadBps: (1.6 * 1_000_000) / 8,
  uploadBps: (0.75 * 1_000_000) / 8,
  cpuSlowdown: 4,
};

export async function throttle(cdp: CDPSession, profile: ThrottleProfile): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBps,
    uploadThroughput: profile.uploadBps,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

export interface LoggedRequest {
  id: string;
  url: string;
  type: string;
  /** Seconds on the protocol's monotonic clock. */
  sentAt: number;
  finishedAt?: number;
  bytes: number;
  encoding?: string;
  failed?: boolean;
}

/** Records every request of the page (Network domain of its CDP session). */
export class NetworkLog {
  readonly requests = new Map<string, LoggedRequest>();

  static async attach(page: Page): Promise<{ cdp: CDPSession; log: NetworkLog }> {
    const cdp = await page.context().newCDPSession(page);
    const log = new NetworkLog();
    cdp.on('Network.requestWillBeSent', (event) => {
      // A redirect reuses the id: keep the first send time.
      if (log.requests.has(event.requestId)) return;
      log.requests.set(event.requestId, {
        id: event.requestId,
        url: event.request.url,
        type: event.type ?? 'Other',
        sentAt: event.timestamp,
        bytes: 0,
      });
    });
    cdp.on('Network.responseReceived', (event) => {
      const entry = log.requests.get(event.requestId);
      if (!entry) return;
      const headers = event.response.headers;
      const encoding = Object.entries(headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      )?.[1];
      if (encoding) entry.encoding = encoding;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = log.requests.get(event.requestId);
      if (!entry) return;
      entry.bytes = event.encodedDataLength;
      entry.finishedAt = event.timestamp;
    });
    cdp.on('Network.loadingFailed', (event) => {
      const entry = log.requests.get(event.requestId);
      if (entry) entry.failed = true;
    });
    await cdp.send('Network.enable');
    return { cdp, log };
  }

  /** Requests sent after `mark` (a count from `size()`). */
  since(mark: number): LoggedRequest[] {
    return [...this.requests.values()].slice(mark);
  }

  size(): number {
    return this.requests.size;
  }
}

export type ByteKind = 'search' | 'js' | 'html' | 'css' | 'font' | 'other';

export function kindOf(request: LoggedRequest): ByteKind {
  const path = new URL(request.url).pathname;
  // The server-less index, or Meilisearch's search routes.
  if (path.includes('/search/fallback/')) return 'search';
  if (path === '/multi-search' || /^\/indexes\/[^/]+\/search$/.test(path)) return 'search';
  if (/\.m?js$/.test(path) || request.type === 'Script') return 'js';
  if (request.type === 'Document' || path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.woff2?$/.test(path) || request.type === 'Font') return 'font';
  return 'other';
}

/** Transferred bytes and request counts by kind. */
export function bytesByKind(
  requests: readonly LoggedRequest[],
): Record<ByteKind, { bytes: number; count: number }> {
  const out: Record<ByteKind, { bytes: number; count: number }> = {
    search: { bytes: 0, count: 0 },
    js: { bytes: 0, count: 0 },
    html: { bytes: 0, count: 0 },
    css: { bytes: 0, count: 0 },
    font: { bytes: 0, count: 0 },
    other: { bytes: 0, count: 0 },
  };
  for (const request of requests) {
    const kind = kindOf(request);
    out[kind].bytes += request.bytes;
    out[kind].count += 1;
  }
  return out;
}
