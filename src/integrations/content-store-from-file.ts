/**
 * Astro integration: Astro hands the prerendered pages their content store as a module,
 * `export default JSON.parse("<the whole of data-store.json>")`. V8 keeps that module's source
 * and its string literal for the whole build (~1.8 × data-store.json), and the module keeps the
 * store's flattened form (devalue) beside the entries Astro makes from it. At 100,000 products
 * that is over half a gigabyte held through the page phase (docs/performance.md, "Memory at
 * scale"). This makes the module read the same file when the build loads it and export the
 * entries themselves (a `Map`, which Astro takes as it is): the same store, without the copies.
 *
 * The module is replaced only when it is exactly what Astro makes of that file; otherwise (a
 * new Astro, a store in chunks) it is left alone, with a warning.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the content store's module (`astro:data-layer-content`). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

const PARSED_INLINE = 'export default JSON.parse(';

/** The module that reads the store from `file` and exports its entries (`unflatten` from `devalue`). */
export function contentStoreModule(file: string, devalue: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { unflatten } from ${JSON.stringify(devalue)};`,
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
    '',
  ].join('\n');
}

/** Whether `code` is Astro's module for the store whose text is `text` (one copy made: its literal). */
export function inlinesStore(code: string, text: string): boolean {
  const literal = JSON.stringify(text);
  return (
    code.length === PARSED_INLINE.length + literal.length + 1 &&
    code.startsWith(PARSED_INLINE) &&
    code.startsWith(literal, PARSED_INLINE.length) &&
    code.endsWith(')')
  );
}

/** The Vite plugin: `file` is the store Astro read (`<cacheDir>/data-store.json`). */
export function contentStorePlugin(
  file: string,
  devalue: string,
  warn: (message: string) => void,
): {
  name: string;
  transform: (code: string, id: string) => { code: string; map: null } | null;
} {
  return {
    name: 'ocop:content-store-from-file',
    transform(code, id) {
      if (id !== CONTENT_STORE_MODULE_ID) return null;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return null; // no store (no collection has entries): Astro's empty module stays
      }
      if (!inlinesStore(code, text)) {
        warn(`the content store's module is not ${file} inlined; left as Astro made it`);
        return null;
      }
      return { code: contentStoreModule(file, devalue), map: null };
    },
  };
}

export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'ocop:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        // The devalue Astro itself stringified the store with.
        const devalue = createRequire(import.meta.resolve('astro/package.json')).resolve('devalue');
        const warn = (message: string) => {
          logger.warn(message);
        };
        updateConfig({ vite: { plugins: [contentStorePlugin(file, devalue, warn)] } });
      },
    },
  };
}
