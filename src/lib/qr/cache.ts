/**
 * QR codes remembered across builds, keyed by the text they encode (a short URL never changes
 * while its code and the site's origin stay the same). One file holds them all, written with
 * `v8.serialize`: the module matrix packed 8 to a byte, and the finished PNG. A warm build
 * draws only the SVG (a string join) and writes files. The file name carries everything else
 * that decides the pixels (format version, error correction, quiet zone, PNG scale), so a
 * change there starts a fresh cache rather than reusing wrong codes.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ocopCacheDir } from '../build/cache-dir.ts';
import { deserialize, serialize } from 'node:v8';
import type { QrMatrix } from './matrix.ts';

/** Bump when the matrix or the PNG a cached entry holds would be drawn differently. */
const CACHE_FORMAT = 1;

interface CachedQr {
  size: number;
  symbolSize: number;
  version: number;
  mask: number;
  bits: Uint8Array;
  png: Uint8Array;
}

/** `node_modules/.cache/ocop/qr`, or `<OCOP_CACHE_DIR>/qr` when a build keeps its caches apart. */
export function defaultQrCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return ocopCacheDir('qr', env);
}

function pack(modules: Uint8Array): Uint8Array {
  const bits = new Uint8Array(Math.ceil(modules.length / 8));
  for (let i = 0; i < modules.length; i++) if (modules[i]) bits[i >> 3]! |= 0x80 >> (i & 7);
  return bits;
}

function unpack(bits: Uint8Array, length: number): Uint8Array {
  const modules = new Uint8Array(length);
  for (let i = 0; i < length; i++) modules[i] = (bits[i >> 3]! >> (7 - (i & 7))) & 1;
  return modules;
}

export class QrCache {
  #saved = new Map<string, CachedQr>();
  #used = new Map<string, CachedQr>();
  #added = 0;
  readonly #file: string;

  private constructor(file: string) {
    this.#file = file;
  }

  /** Opens the cache for codes drawn with `setting` (e.g. `Q-q4-s10`); none yet is fine. */
  static async open(cacheDir: string, setting: string): Promise<QrCache> {
    const cache = new QrCache(path.join(cacheDir, `qr-v${CACHE_FORMAT}-${setting}.bin`));
    try {
      cache.#saved = deserialize(await readFile(cache.#file)) as Map<string, CachedQr>;
    } catch {
      // No cache yet, or unreadable: every code is encoded.
    }
    return cache;
  }

  /** Whether an earlier build drew this text (without counting it as used). */
  has(text: string): boolean {
    return this.#saved.has(text);
  }

  get(
    text: string,
    errorCorrection: QrMatrix['errorCorrection'],
  ): { matrix: QrMatrix; png: Buffer } | undefined {
    const entry = this.#saved.get(text);
    if (!entry) return undefined;
    this.#used.set(text, entry);
    const { size, symbolSize, version, mask, bits, png } = entry;
    return {
      matrix: {
        size,
        symbolSize,
        version,
        mask,
        errorCorrection,
        modules: unpack(bits, size * size),
      },
      png: Buffer.from(png.buffer, png.byteOffset, png.byteLength),
    };
  }

  set(text: string, matrix: QrMatrix, png: Buffer): void {
    const { size, symbolSize, version, mask, modules } = matrix;
    this.#used.set(text, { size, symbolSize, version, mask, bits: pack(modules), png });
    this.#added++;
  }

  /** Keeps the codes used by this build, drops the others; writes only when that changed. */
  async save(): Promise<{ written: boolean; entries: number }> {
    const unchanged = this.#added === 0 && this.#used.size === this.#saved.size;
    if (unchanged) return { written: false, entries: this.#used.size };
    await mkdir(path.dirname(this.#file), { recursive: true });
    const tmp = `${this.#file}.${process.pid}.tmp`;
    await writeFile(tmp, serialize(this.#used));
    await rename(tmp, this.#file);
    return { written: true, entries: this.#used.size };
  }
}
