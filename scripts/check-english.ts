/**
 * The floor of English pages (issue #17): no Vietnamese text on the built `/en/` pages outside
 * elements marked `lang="vi"`, but for the proper names the catalogue holds
 * (`src/lib/english-check/`). Reads the text, the attributes people and machines read, the words
 * scripts fill in later (`data-*`, `<template>`) and JSON-LD. Prints each offence with its file, text and nearest element, and
 * exits 1 on any. Part of `npm test`, after the build and `check:html`.
 *
 *   npm run check:english [-- --dist dist --content content]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../src/lib/content-files/read-content.ts';
import { allowedNames, untranslatedValues } from '../src/lib/english-check/allowed-names.ts';
import { findVietnamese, type Offence } from '../src/lib/english-check/vietnamese-text.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
  },
});

const root = path.join(values.dist, 'en');
const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
const catalogue = await readCatalogue(values.content);
const allowed = allowedNames(catalogue);
const untranslated = untranslatedValues(catalogue);

/** "text", "attribute", "data", "template" or "json-ld": where an offence was read. */
function sourceOf(where: string): string {
  if (where.startsWith('template ')) return 'template';
  if (where.startsWith('json-ld')) return 'json-ld';
  if (where.startsWith('data-')) return 'data';
  return where === 'text' ? 'text' : 'attribute';
}

const found: { file: string; offences: Offence[] }[] = [];
for (const file of files) {
  const offences = findVietnamese(
    await readFile(path.join(root, file), 'utf8'),
    allowed,
    untranslated,
  );
  if (offences.length) found.push({ file: path.join('en', file), offences });
}

const total = found.reduce((n, f) => n + f.offences.length, 0);
const bySource = new Map<string, number>();
for (const { file, offences } of found) {
  console.log(file);
  for (const o of offences) {
    const source = sourceOf(o.where);
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  for (const o of offences)
    console.log(`  <${o.element}> ${o.where}: ${o.text}  [${o.words.join(' ')}]`);
}
if (total) {
  console.error(`\nBy source: ${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.error(
    `\n${total} piece(s) of Vietnamese text on ${found.length} of ${files.length} English pages ` +
      'outside lang="vi": translate them, or mark a Vietnamese name lang="vi".',
  );
  process.exit(1);
}
console.log(`check:english: ${files.length} English pages, no Vietnamese outside lang="vi".`);
