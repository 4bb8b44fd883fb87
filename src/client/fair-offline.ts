/**
 * The offline pack of a fair page: registers the service worker (only fair pages do), asks it
 * to store this fair's pack and says how it went. `data-state` on the status element is
 * `storing`, `stored`, `failed` or `unsupported` (the end-to-end tests wait on it).
 */
import {
  SERVICE_WORKER_URL,
  type StorePackReply,
  type StorePackRequest,
} from '../lib/offline/fair-pack.ts';

interface OfflineLabels {
  storing: string;
  progress: string;
  stored: string;
  failed: string;
  unsupported: string;
}

/** "850 kB" or "1,2 MB", in the page's language. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1_000_000 : bytes / 1000);
}

/** A worker that never answers (killed, or an old one) must not leave "saving…" for ever. */
const ANSWER_TIMEOUT_MS = 120_000;

function askToStore(
  target: ServiceWorker,
  manifest: string,
  onProgress: (done: number, total: number) => void,
): Promise<Extract<StorePackReply, { type: 'stored' }>> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      reject(new Error('no answer'));
    }, ANSWER_TIMEOUT_MS);
    channel.port1.onmessage = ({ data }: MessageEvent<StorePackReply>) => {
      if (data.type === 'progress') onProgress(data.done, data.total);
      else {
        clearTimeout(timer);
        channel.port1.close();
        if (data.type === 'stored') resolve(data);
        else reject(new Error(data.reason));
      }
    };
    const request: StorePackRequest = { type: 'store-pack', manifest };
    target.postMessage(request, [channel.port2]);
  });
}

export async function setUpOfflinePack(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as OfflineLabels;
  const manifest = root.dataset['manifest']!;
  const locale = document.documentElement.lang || 'vi';
  const show = (state: string, text: string) => {
    root.dataset['state'] = state;
    status.textContent = text;
  };
  root.hidden = false;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    show('unsupported', labels.unsupported);
    return;
  }
  show('storing', labels.storing);
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
    const { active } = await navigator.serviceWorker.ready;
    if (!active) throw new Error('no active service worker');
    const stored = await askToStore(active, manifest, (done, total) => {
      show(
        'storing',
        labels.progress.replace('{done}', String(done)).replace('{total}', String(total)),
      );
    });
    show('stored', labels.stored.replace('{size}', formatBytes(stored.bytes, locale)));
    root.dataset['version'] = stored.version;
  } catch (error) {
    console.warn('Offline pack not stored:', error);
    root.dataset['error'] = String(error);
    show('failed', labels.failed);
  }
}
