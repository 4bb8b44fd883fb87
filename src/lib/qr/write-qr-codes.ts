/**
 * Writes the QR code files of the built site (`/p/<code>/qr.svg`, `qr.png`, and the same under
 * `/c/<code>/`). Each code is encoded once for both files; codes already drawn by an earlier
 * build come from the cache (`cache.ts`). Node only; called by the `ocop:qr-codes` integration
 * and by `scripts/bench/qr.ts`.
 */
import { Worker } from 'node:worker_threads';
import {
  qrMatrix,
  QR_DEFAULT_ERROR_CORRECTION,
  QR_QUIET_ZONE_MODULES,
  type QrErrorCorrection,
  type QrMatrix,
} from './matrix.ts';
import { renderQrPng } from './png.ts';
import { renderQrSvg } from './svg.ts';
import { QrCache } from './cache.ts';
import { folderWriter, type OutputWriter } from '../build/output-ledger.ts';

/** PNG pixels per module: a version-4 code is 410 px, 35 mm at the 300 dpi stored in it. */
export const QR_PNG_SCALE = 10;
/** SVG `width`/`height` in CSS pixels per module (it scales freely; this is its natural size). */
export const QR_SVG_MODULE_PX = 8;

/**
 * From this many codes to draw, the second half is drawn on another thread (`draw-worker.ts`)
 * while this one draws the first half and writes files: a first build at 20,000 products draws
 * 30,000 codes (~0.5 ms each). Fewer are not worth a thread's start-up.
 */
export const QR_OFF_THREAD_MIN = 2000;

interface Drawn {
  matrix: QrMatrix;
  png: Buffer;
}

/** Draws `texts` on a worker thread; resolves with each text's matrix and PNG. */
function drawOffThread(
  texts: readonly string[],
  errorCorrection: QrErrorCorrection,
): Promise<Map<string, Drawn>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./draw-worker.ts', import.meta.url), {
      workerData: { texts, errorCorrection, scale: QR_PNG_SCALE },
    });
    worker.once('message', (drawn: { matrix: QrMatrix; png: Uint8Array }[]) => {
      const byText = new Map<string, Drawn>();
      drawn.forEach(({ matrix, png }, i) =>
        byText.set(texts[i]!, {
          matrix,
          png: Buffer.from(png.buffer, png.byteOffset, png.byteLength),
        }),
      );
      resolve(byText);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`QR drawing thread stopped with exit code ${code}`));
    });
  });
}

export interface QrJob {
  /** What the code encodes: the absolute short URL. */
  text: string;
  /** Accessible name of the SVG. */
  title: string;
  /** Paths inside the built site, e.g. `/p/k7q2m4/qr.svg`. */
  svg: string;
  png: string;
}

export interface QrReport {
  codes: number;
  encoded: number;
  /** Of those, drawn on another thread. */
  offThread: number;
  reused: number;
  svgBytes: number;
  pngBytes: number;
  /** Time spent encoding and drawing here or waiting for the other thread's codes (not writing), in ms. */
  drawMs: number;
  ms: number;
  /** Processor time of the whole process (user + system, file writes included), in ms. */
  cpuMs: number;
  cacheEntries: number;
}

export async function writeQrCodes(options: {
  jobs: readonly QrJob[];
  outDir: string;
  /** How files reach `outDir` (default: written every time; the build passes its ledger). */
  writer?: OutputWriter;
  /** Omit to encode everything afresh and keep nothing. */
  cacheDir?: string | undefined;
  concurrency?: number;
  /** Draw the second half on another thread from this many new codes (`QR_OFF_THREAD_MIN`). */
  offThreadMin?: number;
}): Promise<QrReport> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { jobs, concurrency = 32 } = options;
  const writer = options.writer ?? folderWriter(options.outDir);
  const errorCorrection = QR_DEFAULT_ERROR_CORRECTION;
  const cache = options.cacheDir
    ? await QrCache.open(
        options.cacheDir,
        `${errorCorrection}-q${QR_QUIET_ZONE_MODULES}-s${QR_PNG_SCALE}`,
      )
    : undefined;
  const report: QrReport = {
    codes: jobs.length,
    encoded: 0,
    offThread: 0,
    reused: 0,
    svgBytes: 0,
    pngBytes: 0,
    drawMs: 0,
    ms: 0,
    cpuMs: 0,
    cacheEntries: 0,
  };
  // Codes no earlier build drew: the second half goes to another thread, this one starts on
  // the first half and reaches the second when the other thread is (nearly) done.
  const toDraw = [...new Set(jobs.map((job) => job.text).filter((text) => !cache?.has(text)))];
  const offThreadTexts =
    toDraw.length >= (options.offThreadMin ?? QR_OFF_THREAD_MIN)
      ? toDraw.slice(Math.ceil(toDraw.length / 2))
      : [];
  const offThread = offThreadTexts.length
    ? drawOffThread(offThreadTexts, errorCorrection)
    : undefined;
  // Settled at once if drawing stops early, so no rejection goes unhandled meanwhile.
  offThread?.catch(() => {});
  const drawnOffThread = new Set(offThreadTexts);
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const drawStarted = performance.now();
      let drawn = cache?.get(job.text, errorCorrection);
      if (drawn) report.reused++;
      else {
        if (drawnOffThread.has(job.text)) {
          drawn = (await offThread!).get(job.text)!;
          report.offThread++;
        } else {
          const matrix = qrMatrix(job.text, { errorCorrection });
          drawn = { matrix, png: renderQrPng(matrix, { scale: QR_PNG_SCALE }) };
        }
        cache?.set(job.text, drawn.matrix, drawn.png);
        report.encoded++;
      }
      const svg = renderQrSvg(drawn.matrix, {
        title: job.title,
        size: drawn.matrix.size * QR_SVG_MODULE_PX,
      });
      report.drawMs += performance.now() - drawStarted;
      // SVG first: it makes the folder when missing, the PNG then finds it.
      await writer.write(job.svg, svg);
      await writer.write(job.png, drawn.png);
      report.svgBytes += Buffer.byteLength(svg);
      report.pngBytes += drawn.png.length;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  report.cacheEntries = cache ? (await cache.save()).entries : 0;
  report.ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  report.cpuMs = (cpu.user + cpu.system) / 1000;
  return report;
}
