/**
 * Astro integration: Astro's content store (`<cacheDir>/data-store.json`) keeps each entry as
 * parsed by the schema of the build that parsed it, and re-parses only entries whose file
 * changed. A schema change (a new field with a default, say) would leave unchanged entries
 * without it. This drops the store whenever the code of `src/schemas/` (or anything it
 * imports from `src/lib/`) differs from the last build's, so every entry is parsed again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folders whose code decides how content parses. */
const SCHEMA_CODE = ['src/schemas', 'src/lib/domain', 'src/lib/order', 'src/content.config.ts'];

export async function digestOf(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of SCHEMA_CODE) {
    const full = path.join(root, entry);
    const files = entry.endsWith('.ts')
      ? [full]
      : (await readdir(full, { recursive: true }))
          .filter((f) => f.endsWith('.ts'))
          .sort()
          .map((f) => path.join(full, f));
    for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file));
  }
  return hash.digest('hex');
}

export function schemaDigest(): AstroIntegration {
  return {
    name: 'ocop:schema-digest',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const cache = fileURLToPath(config.cacheDir);
        const stamp = path.join(cache, 'ocop-schema-digest');
        const digest = await digestOf(root);
        const previous = await readFile(stamp, 'utf8').catch(() => '');
        if (previous === digest) return;
        await rm(path.join(cache, 'data-store.json'), { force: true });
        await mkdir(cache, { recursive: true });
        await writeFile(stamp, digest);
        if (previous) logger.info('Schemas changed: every content entry is parsed again');
      },
    },
  };
}
