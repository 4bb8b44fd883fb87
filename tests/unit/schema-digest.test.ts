import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOf, schemaDigest } from '../../src/integrations/schema-digest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'schema-digest-'));
  for (const part of ['src/schemas', 'src/lib/domain', 'src/lib/order'])
    await cp(path.join(ROOT, part), path.join(root, part), { recursive: true });
  await cp(path.join(ROOT, 'src/content.config.ts'), path.join(root, 'src/content.config.ts'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the integration's setup hook as Astro would, on `root` with its cache in `cache`. */
async function setup(cache: string): Promise<string[]> {
  const messages: string[] = [];
  const hook = schemaDigest().hooks['astro:config:setup'] as unknown as (
    o: unknown,
  ) => Promise<void>;
  await hook({
    config: { root: new URL(`file://${root}/`), cacheDir: new URL(`file://${cache}/`) },
    logger: { info: (m: string) => messages.push(m) },
  });
  return messages;
}

describe('the content store is dropped when the schema code changes', () => {
  it('the digest follows the code of the schemas', async () => {
    const before = await digestOf(root);
    expect(await digestOf(root)).toBe(before);
    const file = path.join(root, 'src/schemas/product.ts');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\n// a change\n`);
    expect(await digestOf(root)).not.toBe(before);
    await writeFile(file, text);
    expect(await digestOf(root)).toBe(before);
  });

  it('keeps the store while the schemas stay, drops it when they change', async () => {
    const cache = path.join(root, 'cache');
    await mkdir(cache, { recursive: true });
    const store = path.join(cache, 'data-store.json');
    await setup(cache);
    await writeFile(store, '{}');
    expect(await setup(cache)).toEqual([]);
    await expect(readFile(store, 'utf8')).resolves.toBe('{}');
    const file = path.join(root, 'src/lib/order/money.ts');
    await writeFile(file, `${await readFile(file, 'utf8')}\n// a change\n`);
    expect(await setup(cache)).toEqual(['Schemas changed: every content entry is parsed again']);
    await expect(readFile(store, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
