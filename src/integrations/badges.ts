/**
 * Astro integration: writes each product's embeddable badge (`/p/<code>/huy-hieu.svg`) from the
 * same content and schemas as the pages, with the certificate status as of the build day.
 * Rebuilding the site (daily: expiry dates pass without any content change) keeps every badge
 * embedded elsewhere true. The badges are written by a background process while Astro renders
 * the pages (`lib/badge/badges-task.ts`, `lib/build/background-step.ts`); the build collects
 * its report after them. See docs/sharing.md.
 */
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import type { BadgesTaskInput, BadgesTaskResult } from '../lib/badge/badges-task.ts';
import { backgroundStep } from '../lib/build/background-step.ts';

export function badges(): AstroIntegration {
  return backgroundStep<BadgesTaskInput, BadgesTaskResult>({
    name: 'ocop:badges',
    makes: 'The badges',
    task: new URL('../lib/badge/badges-task.ts', import.meta.url),
    input: (_config, outDir) => ({
      contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
      outDir,
      date: BUILD_DATE,
    }),
    report: ({ written, files, ms }, waited) => [
      `Badges: ${written.files} files, ${(written.bytes / 1024).toFixed(0)} KB, status as of ` +
        `${BUILD_DATE} (${files.written} written, ${files.unchanged} unchanged, ${files.removed} ` +
        `removed), in ${(ms / 1000).toFixed(2)} s alongside the pages, ` +
        `${waited} s waited for after them`,
    ],
  });
}
