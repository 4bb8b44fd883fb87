/**
 * The share-image cache: one file per rendered card, named by a hash of everything that
 * decides its bytes (template version, the fields drawn, the photo's bytes, the format and
 * the render version).
 * An unchanged card is found by name and copied, never drawn again.
 *
 * Photo bytes are hashed once and remembered by path, size and modification time in
 * `photos.json`, so an unchanged build does not read every photo again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ocopCacheDir } from '../build/cache-dir.ts';
import {
  SHARE_IMAGE_RENDER_VERSION,
  shareImageFormat,
  shareImageHash,
  type ShareCardFields,
} from './fields.ts';

/**
 * `node_modules/.cache/ocop/share-images`, or `<OCOP_CACHE_DIR>/share-images` when a build
 * keeps its caches apart (see astro.config.mjs).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return ocopCacheDir('share-images', env);
}

/** File name of a card in the cache: what it draws, the photo's bytes, how it is rendered. */
export function cacheFileName(fields: ShareCardFields, photoHash: string | null): string {
  const format = shareImageFormat(fields);
  const render = `render-${SHARE_IMAGE_RENDER_VERSION}`;
  return `${shareImageHash(fields, [photoHash ?? 'no-photo', format, render], 24)}.${format}`;
}

interface PhotoRecord {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** Content hashes of photos, remembered across builds by path, size and mtime. */
export class PhotoHashes {
  #records = new Map<string, PhotoRecord>();
  #used = new Map<string, PhotoRecord>();
  readonly #file: string;

  private constructor(file: string) {
    this.#file = file;
  }

  static async open(cacheDir: string): Promise<PhotoHashes> {
    const hashes = new PhotoHashes(path.join(cacheDir, 'photos.json'));
    try {
      const saved = JSON.parse(await readFile(hashes.#file, 'utf8')) as Record<string, PhotoRecord>;
      hashes.#records = new Map(Object.entries(saved));
    } catch {
      // No record yet (or unreadable): every photo is hashed.
    }
    return hashes;
  }

  async hash(file: string): Promise<string> {
    // A product's photo is on its card in each language: looked at once a build.
    const seen = this.#used.get(file);
    if (seen) return seen.hash;
    const { size, mtimeMs } = await stat(file);
    let record = this.#records.get(file);
    if (!record || record.size !== size || record.mtimeMs !== mtimeMs) {
      const hash = createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
        .slice(0, 32);
      record = { size, mtimeMs, hash };
    }
    this.#used.set(file, record);
    return record.hash;
  }

  /** Keeps the records of the photos hashed this time, drops the others. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.#file), { recursive: true });
    const tmp = `${this.#file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(Object.fromEntries(this.#used)));
    await rename(tmp, this.#file);
  }
}
