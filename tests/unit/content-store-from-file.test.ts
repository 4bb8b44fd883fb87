import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify, unflatten } from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_STORE_MODULE_ID,
  contentStorePlugin,
  inlinesStore,
} from '../../src/integrations/content-store-from-file.ts';

let dir: string;
let file: string;
/** A store as Astro writes it: collections of entries, devalue-stringified. */
const store = new Map([
  [
    'products',
    new Map([
      ['banh-cay', { id: 'banh-cay', data: { name: 'Bánh cáy "làng" Nguyễn\\', stars: 4 } }],
      ['tra-shan', { id: 'tra-shan', data: { name: 'Trà Shan tuyết\n', stars: 5 } }],
    ]),
  ],
]);
const text = stringify(store);
/** Astro's own module for that store. */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;
const devalue = createRequire(import.meta.url).resolve('devalue');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-content-store-'));
  file = path.join(dir, 'data-store.json');
  await writeFile(file, text);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('inlinesStore', () => {
  it("recognises Astro's module of exactly that text", () => {
    expect(inlinesStore(astroModule(text), text)).toBe(true);
    expect(inlinesStore(astroModule(text.replace('Trà', 'Chè')), text)).toBe(false);
    expect(inlinesStore(astroModule(text.slice(0, -1)), text)).toBe(false);
    expect(inlinesStore(`export default ${JSON.stringify(text)}`, text)).toBe(false);
  });
});

describe('contentStorePlugin', () => {
  const warnings: string[] = [];
  // Made when a test runs: the store's file is written before the tests.
  const plugin = () => contentStorePlugin(file, devalue, (m) => warnings.push(m));

  it('replaces the module with one that reads the file and exports the same entries', async () => {
    const result = plugin().transform(astroModule(text), CONTENT_STORE_MODULE_ID);
    expect(result).not.toBeNull();
    expect(result!.code).not.toContain('Bánh cáy');
    expect(result!.code).toContain(JSON.stringify(file));
    const out = path.join(dir, 'module.mjs');
    await writeFile(out, result!.code);
    const loaded = (await import(pathToFileURL(out).href)) as { default: unknown };
    expect(loaded.default).toBeInstanceOf(Map);
    expect(loaded.default).toEqual(unflatten(JSON.parse(text) as unknown[]));
    expect(loaded.default).toEqual(store);
    expect(warnings).toEqual([]);
  });

  it('leaves other modules alone', () => {
    expect(plugin().transform(astroModule(text), '/src/pages/index.astro')).toBeNull();
  });

  it('leaves a module that is not that file inlined, and says so', () => {
    expect(plugin().transform(astroModule('[]'), CONTENT_STORE_MODULE_ID)).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
  });

  it("leaves Astro's module when there is no store file", () => {
    const none = contentStorePlugin(path.join(dir, 'none.json'), devalue, (m) => warnings.push(m));
    expect(none.transform('export default new Map()', CONTENT_STORE_MODULE_ID)).toBeNull();
    expect(warnings).toHaveLength(1);
  });
});
