/**
 * `placeCards`: cards are hard-linked from the cache into the built site; a card already
 * linked to its cache file is left alone, one linked to another file or written over is
 * placed again.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeCards, type Placement } from '../../src/lib/share-image/place-cards.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ocop-place-cards-'));
  await mkdir(path.join(root, 'cache'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const cached = async (name: string, bytes: string) => {
  const file = path.join(root, 'cache', name);
  await writeFile(file, bytes);
  return file;
};
const inode = async (file: string) => (await stat(file)).ino;

describe('placeCards', () => {
  it('links every card, then leaves the linked ones alone', async () => {
    const placements: Placement[] = [
      { from: await cached('a.jpg', 'A'), to: path.join(root, 'dist/og/p/a.jpg') },
      { from: await cached('b.jpg', 'B'), to: path.join(root, 'dist/og/en/p/b.jpg') },
    ];
    expect(placeCards(placements)).toEqual({ kept: 0, placed: 2 });
    for (const { from, to } of placements) expect(await inode(to)).toBe(await inode(from));
    expect(placeCards(placements)).toEqual({ kept: 2, placed: 0 });
    expect(await readFile(path.join(root, 'dist/og/en/p/b.jpg'), 'utf8')).toBe('B');
  });

  it('places again a card whose cache file changed or that was written over', async () => {
    const a = { from: await cached('a.jpg', 'A'), to: path.join(root, 'dist/a.jpg') };
    const b = { from: await cached('b.jpg', 'B'), to: path.join(root, 'dist/b.jpg') };
    placeCards([a, b]);
    // The card's fields changed: another cache file. And someone wrote over b's card.
    const a2 = { from: await cached('a2.jpg', 'A2'), to: a.to };
    await rm(b.to);
    await writeFile(b.to, 'not the card');
    expect(placeCards([a2, b])).toEqual({ kept: 0, placed: 2 });
    expect(await readFile(a.to, 'utf8')).toBe('A2');
    expect(await readFile(b.to, 'utf8')).toBe('B');
    expect(await inode(b.to)).toBe(await inode(b.from));
  });
});
