import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { skipCachedPageCopies, sweepOutput } from '../../src/integrations/keep-output.ts';

let root: string;
const OLD = new Date('2020-01-01T00:00:00Z');
const SINCE = OLD.getTime() + 1000;

async function put(file: string, old = true) {
  const full = path.join(root, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, file);
  if (old) await utimes(full, OLD, OLD);
  return full;
}
const at = (file: string) => path.join(root, file);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ocop-sweep-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('sweepOutput', () => {
  it('deletes the pages the previous build made and this one did not, with their folders', async () => {
    await put('index.html');
    await put('san-pham/kept/index.html');
    await put('san-pham/removed/index.html');
    await put('en/san-pham/removed/index.html');
    const pages = new Set([at('index.html'), at('san-pham/kept/index.html')]);
    const report = await sweepOutput({
      root,
      pages,
      previousPages: [
        ...pages,
        at('san-pham/removed/index.html'),
        at('en/san-pham/removed/index.html'),
      ],
      claimed: new Set(),
      since: SINCE,
    });
    expect(report.removed.sort()).toEqual(
      [
        path.join('en', 'san-pham', 'removed', 'index.html'),
        path.join('san-pham', 'removed', 'index.html'),
      ].sort(),
    );
    expect(existsSync(at('san-pham/removed'))).toBe(false);
    expect(existsSync(at('en'))).toBe(false);
    expect(existsSync(at('san-pham/kept/index.html'))).toBe(true);
  });

  it('deletes old files nobody claimed, keeps claimed and freshly written ones', async () => {
    await put('_astro/old.abc123.js');
    await put('_astro/new.def456.js', false);
    const og = await put('og/p/kept.jpg');
    await put('og/p/removed.jpg');
    const report = await sweepOutput({
      root,
      pages: new Set(),
      previousPages: [],
      claimed: new Set([og]),
      since: SINCE,
    });
    expect(report.removed.sort()).toEqual(
      [path.join('_astro', 'old.abc123.js'), path.join('og', 'p', 'removed.jpg')].sort(),
    );
    expect(existsSync(og)).toBe(true);
    expect(existsSync(at('_astro/new.def456.js'))).toBe(true);
  });

  it('does not open page folders: their files belong to the page lists and ledgers', async () => {
    const page = await put('p/abc/index.html');
    await put('p/abc/qr.svg'); // a ledger's file
    const report = await sweepOutput({
      root,
      pages: new Set([page]),
      previousPages: [page],
      claimed: new Set(),
      since: SINCE,
    });
    expect(report.removed).toEqual([]);
    expect(existsSync(at('p/abc/qr.svg'))).toBe(true);
  });
});

describe('skipCachedPageCopies', () => {
  it("finds Astro's incremental cache and stops it storing a copy of each page", async () => {
    expect(await skipCachedPageCopies()).toBe(true);
    // The module Astro's build uses (the same file, so the same class).
    const { IncrementalBuildCache } = (await import(
      pathToFileURL(path.resolve('node_modules/astro/dist/core/build/incremental.js')).href
    )) as {
      IncrementalBuildCache: {
        prototype: {
          writeOutputFile(settings: unknown, file: string, body: Uint8Array): Promise<void>;
        };
      };
    };
    const settings = { config: { cacheDir: pathToFileURL(`${root}/`) } };
    await IncrementalBuildCache.prototype.writeOutputFile(
      settings,
      'san-pham/x/index.html',
      new TextEncoder().encode('<p>x</p>'),
    );
    // Astro would have written `<cacheDir>/dist/san-pham/x/index.html`.
    expect(await readdir(root, { recursive: true })).toEqual([]);
  });
});
