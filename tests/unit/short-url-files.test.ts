import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimedOutputs } from '../../src/lib/build/output-ledger.ts';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import {
  writeShortUrlFiles,
  writeShortUrlFilesOffThread,
  type ShortUrlFilesOptions,
} from '../../src/lib/qr/short-url-files.ts';

let dir: string;
const options = (name: string): ShortUrlFilesOptions => ({
  outDir: path.join(dir, name, 'dist'),
  site: 'https://ocop.example.vn',
  cacheDir: path.join(dir, name, 'qr'),
  stateDir: path.join(dir, name, 'outputs'),
});

async function files(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await readdir(root, { recursive: true, withFileTypes: true }))
    if (f.isFile()) {
      const full = path.join(f.parentPath, f.name);
      out.set(path.relative(root, full), (await readFile(full)).toString('base64'));
    }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-short-url-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeShortUrlFilesOffThread', () => {
  it('writes on a worker thread what the build would write here, and claims it here', async () => {
    const catalogue = await readCatalogue('content');
    const here = await writeShortUrlFiles(catalogue, options('here'));
    claimedOutputs().clear();
    const there = await writeShortUrlFilesOffThread('content', options('there'));
    const producers = catalogue.producers.length;
    const codes = catalogue.products.length + producers;
    expect(there.pages).toBe(2 * producers);
    expect(there.qr.codes).toBe(codes);
    expect(there.files.written).toBe(here.files.written);
    expect(there.files.written).toBe(2 * producers + 2 * codes);
    const [a, b] = [await files(options('here').outDir), await files(options('there').outDir)];
    expect(b).toEqual(a);
    // Every file the thread wrote is claimed in this thread, for the final sweep.
    const claimed = [...claimedOutputs()].map((f) => path.relative(options('there').outDir, f));
    expect(claimed.sort()).toEqual([...b.keys()].sort());
  });

  it('reports content it cannot read as an error', async () => {
    await expect(
      writeShortUrlFilesOffThread(path.join(dir, 'no-such-catalogue'), options('none')),
    ).rejects.toThrow();
  });
});
