import { mkdtemp, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimedOutputs, folderWriter, OutputLedger } from '../../src/lib/build/output-ledger.ts';

let root: string;
let out: string;
let state: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ocop-ledger-'));
  out = path.join(root, 'dist');
  state = path.join(root, 'state');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** One build of the step: writes `files`, finishes, returns the report. */
async function build(files: Record<string, string>, outDir = out) {
  const ledger = await OutputLedger.open('step', outDir, state);
  const written: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (await ledger.write(file, text)) written.push(file);
  }
  return { ...(await ledger.finish()), writtenFiles: written };
}

/** Sets a file's modification time far in the past, so a rewrite would show. */
async function age(file: string) {
  const old = new Date('2020-01-01T00:00:00Z');
  await utimes(path.join(out, file), old, old);
}

describe('OutputLedger', () => {
  it('writes every file the first time, making folders', async () => {
    const report = await build({ 'p/abc/qr.svg': '<svg/>', '/c/x/index.html': 'x' });
    expect(report).toMatchObject({ written: 2, unchanged: 0, removed: 0 });
    expect(await readFile(path.join(out, 'p/abc/qr.svg'), 'utf8')).toBe('<svg/>');
    expect(await readFile(path.join(out, 'c/x/index.html'), 'utf8')).toBe('x');
  });

  it('leaves files with the same bytes untouched on the next build', async () => {
    await build({ 'a.svg': 'one', 'b.svg': 'two' });
    await age('a.svg');
    await age('b.svg');
    const report = await build({ 'a.svg': 'one', 'b.svg': 'two, changed' });
    expect(report).toMatchObject({ written: 1, unchanged: 1, removed: 0 });
    expect(report.writtenFiles).toEqual(['b.svg']);
    expect((await stat(path.join(out, 'a.svg'))).mtime.getUTCFullYear()).toBe(2020);
    expect(await readFile(path.join(out, 'b.svg'), 'utf8')).toBe('two, changed');
  });

  it('claims its own files only, as absolute paths, kept and written alike', async () => {
    await build({ 'a.svg': 'one' });
    const ledger = await OutputLedger.open('step', out, state);
    const other = await OutputLedger.open('other', out, state);
    await ledger.write('a.svg', 'one');
    await ledger.write('/p/x/qr.svg', '<svg/>');
    await other.write('c.svg', 'three');
    expect(ledger.claimed().sort()).toEqual(
      [path.join(out, 'a.svg'), path.join(out, 'p/x/qr.svg')].sort(),
    );
    expect(other.claimed()).toEqual([path.join(out, 'c.svg')]);
  });

  it('writes a file again when it went missing from the output', async () => {
    await build({ 'a.svg': 'one' });
    await unlink(path.join(out, 'a.svg'));
    expect((await build({ 'a.svg': 'one' })).written).toBe(1);
    expect(existsSync(path.join(out, 'a.svg'))).toBe(true);
  });

  it('deletes what the previous build wrote and this one did not, and its empty folder', async () => {
    await build({ 'p/gone/qr.svg': 'x', 'p/gone/qr.png': 'y', 'p/kept/qr.svg': 'z' });
    const report = await build({ 'p/kept/qr.svg': 'z' });
    expect(report).toMatchObject({ written: 0, unchanged: 1, removed: 2 });
    expect(existsSync(path.join(out, 'p/gone'))).toBe(false);
    expect(existsSync(path.join(out, 'p/kept/qr.svg'))).toBe(true);
  });

  it('keeps a folder that still holds other files', async () => {
    await build({ 'p/a/qr.svg': 'x' });
    await writeFile(path.join(out, 'p/a/index.html'), 'page');
    await build({});
    expect(existsSync(path.join(out, 'p/a/index.html'))).toBe(true);
  });

  it('ignores a state kept for another output folder', async () => {
    await build({ 'a.svg': 'one' });
    const other = path.join(root, 'other');
    const report = await build({ 'a.svg': 'one' }, other);
    expect(report.written).toBe(1);
    expect(existsSync(path.join(other, 'a.svg'))).toBe(true);
  });

  it('claims what it writes and what it keeps for the output sweep', async () => {
    await build({ 'a.svg': 'one' });
    claimedOutputs().clear();
    await build({ 'a.svg': 'one' });
    expect(claimedOutputs().has(path.join(out, 'a.svg'))).toBe(true);
  });

  it('keeps the old state when a build stops before finishing', async () => {
    await build({ 'a.svg': 'one' });
    const ledger = await OutputLedger.open('step', out, state);
    await ledger.write('a.svg', 'two'); // …and the build stops here
    const report = await build({ 'a.svg': 'two' });
    // The previous state still says "one": the file is written again, never trusted.
    expect(report.written).toBe(1);
  });
  it('keeps a file the previous build wrote with the bytes asked about, and only then', async () => {
    await build({ 'data.json': 'made on day 1', 'gone.json': 'x' });
    await age('data.json');
    await unlink(path.join(out, 'gone.json'));
    const ledger = await OutputLedger.open('step', out, state);
    expect(ledger.keepIfSame('data.json', 'made on day 2')).toBe(false);
    expect(ledger.keepIfSame('gone.json', 'x')).toBe(false);
    expect(ledger.keepIfSame('data.json', 'made on day 1')).toBe(true);
    // Kept as it was: claimed, not rewritten, and remembered for the next build.
    expect(ledger.claimed()).toEqual([path.join(out, 'data.json')]);
    expect(claimedOutputs().has(path.join(out, 'data.json'))).toBe(true);
    const report = await ledger.finish();
    expect(report).toMatchObject({ written: 0, unchanged: 1, removed: 1 });
    expect((await stat(path.join(out, 'data.json'))).mtime.getUTCFullYear()).toBe(2020);
    expect((await build({ 'data.json': 'made on day 1' })).unchanged).toBe(1);
  });

  it('writes text made piece by piece as the same file, with the same state, as written whole', async () => {
    const pieces = () => ['Dữ liệu ', 'in ', 'pieces\r\n'];
    const ledger = await OutputLedger.open('step', out, state);
    const seen: string[] = [];
    expect(await ledger.writePieces('d/data.csv', pieces, (p) => seen.push(p))).toBe(true);
    expect(seen).toEqual(pieces());
    await ledger.finish();
    expect(await readFile(path.join(out, 'd/data.csv'), 'utf8')).toBe(pieces().join(''));
    await age('d/data.csv');
    // The next build, written whole or in other pieces: the same text, kept.
    expect((await build({ 'd/data.csv': pieces().join('') })).unchanged).toBe(1);
    const again = await OutputLedger.open('step', out, state);
    const shown: string[] = [];
    expect(
      again.keepIfSamePieces('d/data.csv', ['Dữ liệu in', ' pieces\r\n'], (p) => shown.push(p)),
    ).toBe(true);
    expect(shown).toEqual(['Dữ liệu in', ' pieces\r\n']);
    expect(again.keepIfSamePieces('d/data.csv', ['Dữ liệu in pieces'])).toBe(false);
    expect(await again.writePieces('d/data.csv', () => ['D', 'ữ liệu in pieces\r\n'])).toBe(false);
    expect(await again.writePieces('d/data.csv', () => ['changed'])).toBe(true);
    expect(await readFile(path.join(out, 'd/data.csv'), 'utf8')).toBe('changed');
  });
});

describe('folderWriter', () => {
  it('writes every time', async () => {
    const writer = folderWriter(out);
    expect(await writer.write('/x/y.txt', 'a')).toBe(true);
    expect(await writer.write('x/y.txt', 'a')).toBe(true);
    expect(await readFile(path.join(out, 'x/y.txt'), 'utf8')).toBe('a');
  });
});
