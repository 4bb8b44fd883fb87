/**
 * Astro integration: refuses to build from a content folder that holds a half-moved import
 * (an import killed during its moves; see `src/lib/import/unfinished-import.ts`), so part of an
 * import is never published. The error is the one sentence saying how to finish or roll it back.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { UnfinishedImportError } from '../lib/import/errors.ts';
import { findUnfinishedImports, unfinishedImportMessage } from '../lib/import/unfinished-import.ts';

export function unfinishedImport(): AstroIntegration {
  return {
    name: 'ocop:unfinished-import',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dir = process.env['OCOP_CONTENT_DIR'] ?? 'content';
        const root = fileURLToPath(config.root);
        const message = unfinishedImportMessage(
          dir,
          findUnfinishedImports(path.resolve(root, dir)),
        );
        if (message) throw new UnfinishedImportError(message);
      },
    },
  };
}
