/**
 * Astro integration: writes each product's embeddable badge (`/p/<code>/huy-hieu.svg`) from the
 * same content and schemas as the pages, with the certificate status as of the build day.
 * Rebuilding the site (daily: expiry dates pass without any content change) keeps every badge
 * embedded elsewhere true. The badges are written by a background process while Astro renders
 * the pages (`lib/badge/badges-task.ts`); the build collects its report after them. See
 * docs/sharing.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import type { BadgesTaskInput, BadgesTaskResult } from '../lib/badge/badges-task.ts';
import { inBackground } from '../lib/build/background.ts';
import { claimedOutputs } from '../lib/build/output-ledger.ts';

export function badges(): AstroIntegration {
  let outDir = '';
  let writing: Promise<BadgesTaskResult> | undefined;
  return {
    name: 'ocop:badges',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // A new build (the config's integrations can serve more than one in a process).
      'astro:build:start': () => {
        writing = undefined;
      },
      // After every `astro:build:start`: the output folder is settled (`keep-output.ts`).
      'astro:build:setup': () => {
        if (writing) return;
        const input: BadgesTaskInput = {
          contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
          outDir,
          date: BUILD_DATE,
        };
        writing = inBackground<BadgesTaskResult>(
          new URL('../lib/badge/badges-task.ts', import.meta.url),
          input,
        );
        // Awaited after the pages; a failure surfaces there, not as an unhandled rejection.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('The badges were not started with the build.');
        const waitFrom = performance.now();
        const { written, files, claimed, ms } = await writing;
        const waited = (performance.now() - waitFrom) / 1000;
        for (const file of claimed) claimedOutputs().add(file);
        logger.info(
          `Badges: ${written.files} files, ${(written.bytes / 1024).toFixed(0)} KB, status as of ` +
            `${BUILD_DATE} (${files.written} written, ${files.unchanged} unchanged, ${files.removed} ` +
            `removed), in ${(ms / 1000).toFixed(2)} s alongside the pages, ` +
            `${waited.toFixed(1)} s waited for after them`,
        );
      },
    },
  };
}
