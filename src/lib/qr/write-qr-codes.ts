/**
 * Writes the QR code files of the built site (`/p/<code>/qr.svg`, `qr.png`, and the same under
 * `/c/<code>/`). Each code is encoded once for both files; codes already drawn by an earlier
 * build come from the cache (`cache.ts`). Node only; called by the `ocop:qr-codes` integration
 * and by `scripts/bench/qr.ts`.
 */
import { qrMatrix, QR_DEFAULT_ERROR_CORRECTION, QR_QUIET_ZONE_MODULES } from './matrix.ts';
import { renderQrPng } from './png.ts';
import { renderQrSvg } from './svg.ts';
import { QrCache } from './cache.ts';
import { folderWriter, type OutputWriter } from '../build/output-ledger.ts';

/** PNG pixels per module: a version-4 code is 410 px, 35 mm at the 300 dpi stored in it. */
export const QR_PNG_SCALE = 10;
/** SVG `width`/`height` in CSS pixels per module (it scales freely; this is its natural size). */
export const QR_SVG_MODULE_PX = 8;

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
  reused: number;
  svgBytes: number;
  pngBytes: number;
  /** Time spent encoding and drawing (not writing), in ms. */
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
    reused: 0,
    svgBytes: 0,
    pngBytes: 0,
    drawMs: 0,
    ms: 0,
    cpuMs: 0,
    cacheEntries: 0,
  };
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const drawStarted = performance.now();
      let drawn = cache?.get(job.text, errorCorrection);
      if (drawn) report.reused++;
      else {
        const matrix = qrMatrix(job.text, { errorCorrection });
        drawn = { matrix, png: renderQrPng(matrix, { scale: QR_PNG_SCALE }) };
        cache?.set(job.text, matrix, drawn.png);
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
