import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { writeQrCodes, type QrJob } from '../../src/lib/qr/write-qr-codes.ts';

const jobs: QrJob[] = Array.from({ length: 40 }, (_, i) => {
  const code = `k7q${String(i).padStart(3, '0')}`;
  return {
    text: `https://ocop.example.vn/p/${code}/`,
    title: `Mã QR sản phẩm ${code}`,
    svg: `/p/${code}/qr.svg`,
    png: `/p/${code}/qr.png`,
  };
});

const made: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ocop-qr-write-'));
  made.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), await readFile(file));
    }
  return files;
}

describe('writeQrCodes', () => {
  it('draws half the new codes on another thread, byte for byte as on this one', async () => {
    const [here, split] = [await folder(), await folder()];
    const inline = await writeQrCodes({ jobs, outDir: here, offThreadMin: Infinity });
    const threaded = await writeQrCodes({ jobs, outDir: split, offThreadMin: 10 });
    expect([inline.encoded, inline.offThread]).toEqual([40, 0]);
    expect([threaded.encoded, threaded.offThread]).toEqual([40, 20]);
    const [a, b] = [await filesOf(here), await filesOf(split)];
    expect(a.size).toBe(80);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    // A code from the second half (drawn on the other thread) reads back as its URL.
    const last = jobs.at(-1)!;
    const { data, info } = await sharp(b.get(last.png.slice(1)))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(last.text);
  });

  it('draws only codes the cache lacks, on another thread when there are enough', async () => {
    const [cacheDir, first, second] = [await folder(), await folder(), await folder()];
    const half = jobs.slice(0, 20);
    const warm = await writeQrCodes({ jobs: half, outDir: first, cacheDir, offThreadMin: 10 });
    expect([warm.encoded, warm.offThread, warm.reused]).toEqual([20, 10, 0]);
    const next = await writeQrCodes({ jobs, outDir: second, cacheDir, offThreadMin: 10 });
    expect([next.encoded, next.offThread, next.reused]).toEqual([20, 10, 20]);
    const [a, b] = [await filesOf(first), await filesOf(second)];
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    expect(b.size).toBe(80);
  });
});
