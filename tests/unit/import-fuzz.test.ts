/**
 * Property test: mutated annexes (shuffled columns, blanked cells, junk bytes, odd Unicode,
 * dropped or duplicated lines, other encodings) never crash the importer, never write invalid
 * content, and always account for every line after the header.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { ImportInputError } from '../../src/lib/import/errors.ts';
import { OUTCOMES } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import { annexRows, HEADER, toCsvText, toWindows1258 } from '../fixtures/import/make-annex.ts';

const RUNS = Number(process.env['IMPORT_FUZZ_RUNS'] ?? 2000);
const ODD = [
  '\u00a0',
  '\u200b',
  '\ufeff',
  'o\u0301',
  '\u0000',
  '\ud800',
  '"',
  ';',
  ',',
  '\n',
  '★',
  '𝔸',
  '\u202e',
];

const cellMutation = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(...ODD),
  fc.constantFrom(
    '2 sao',
    'Không đạt',
    'Tiềm năng 5 sao',
    '4★',
    '99,5',
    '45',
    'HTX',
    'Tỉnh Thái Bình',
    'I.3.b',
    'X',
  ),
);

const mutation = fc.record({
  permutation: fc.array(fc.nat(), { minLength: HEADER.length, maxLength: HEADER.length }),
  edits: fc.array(fc.tuple(fc.nat(), fc.nat(), cellMutation), { maxLength: 12 }),
  dropLines: fc.array(fc.nat(), { maxLength: 3 }),
  dupLines: fc.array(fc.nat(), { maxLength: 3 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1258'),
  junk: fc.option(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 6 })), { freq: 4 }),
  title: fc.boolean(),
});

let dir: string;
let content: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-import-fuzz-'));
  content = path.join(dir, 'content');
  // A small catalogue keeps each run fast; sales points are copied so references still resolve.
  await mkdir(path.join(content, 'products'), { recursive: true });
  await mkdir(path.join(content, 'producers'), { recursive: true });
  await cp('content/sales-points', path.join(content, 'sales-points'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const messages = new Map<string, number>();
const stats = { runs: 0, inputErrors: 0, rows: 0, added: 0, rejected: 0, writes: 0 };

describe('fuzzed annexes', () => {
  it(
    `${RUNS} mutated inputs: no crash, valid content, every row accounted for`,
    { timeout: 600_000 },
    async () => {
      const base = annexRows(12);
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          stats.runs++;
          // Shuffle columns (a permutation from sort keys), blank and replace cells.
          const order = HEADER.map((_, i) => i).sort(
            (a, b) => m.permutation[a]! - m.permutation[b]! || a - b,
          );
          let rows = [HEADER, ...base].map((r) => order.map((i) => r[i] ?? ''));
          for (const [r, c, value] of m.edits) {
            const row = rows[1 + (r % base.length)]!;
            row[c % row.length] = value;
          }
          rows = rows.filter((_, i) => i === 0 || !m.dropLines.includes(i));
          for (const d of m.dupLines)
            rows.push([...(rows[1 + (d % (rows.length - 1 || 1))] ?? [])]);
          let text = toCsvText(rows, m.delimiter);
          if (m.title)
            text = `ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nSố: 715/QĐ-UBND ngày 12/3/2026\n\n${text}`;
          let bytes: Uint8Array =
            m.encoding === 'windows-1258'
              ? toWindows1258(text)
              : Buffer.from((m.encoding === 'utf-8-bom' ? '\ufeff' : '') + text);
          if (m.junk) {
            const at = m.junk[0] % bytes.length;
            bytes = Buffer.concat([bytes.subarray(0, at), m.junk[1], bytes.subarray(at)]);
          }
          let report;
          try {
            report = await runImport({
              input: bytes,
              inputName: 'fuzz.csv',
              contentDir: content,
              decision: '715/QĐ-UBND',
              date: '2026-03-12',
              province: 'Thanh Hóa',
              dryRun: stats.runs % 25 !== 0,
            });
          } catch (error) {
            // The only acceptable failure is a clear "cannot use this file" sentence.
            expect(error).toBeInstanceOf(ImportInputError);
            expect((error as Error).message).toMatch(/^fuzz\.csv [^\n]+\.$/);
            stats.inputErrors++;
            messages.set(
              (error as Error).message,
              (messages.get((error as Error).message) ?? 0) + 1,
            );
            return;
          }
          const s = report.summary;
          expect(OUTCOMES.reduce((sum, o) => sum + s[o], 0)).toBe(s.rows);
          const numbers = [
            ...report.rows.map((r) => r.rowNumber),
            ...report.skipped.map((r) => r.rowNumber),
          ];
          expect(new Set(numbers).size).toBe(numbers.length);
          for (const row of report.rows) {
            if (row.outcome === 'rejected') expect(row.reason).toBeTruthy();
            else expect(row.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          }
          stats.rows += s.rows;
          stats.added += s.added;
          stats.rejected += s.rejected;
          if (!report.dryRun) stats.writes += report.files.length;
        }),
        { numRuns: RUNS, seed: 20260312 },
      );
      // Whatever was written is a valid catalogue (strict read throws on any problem).
      const catalogue = await readCatalogue(content);
      expect(catalogue.products.length).toBeGreaterThan(0);
      console.log(`import fuzz: ${JSON.stringify(stats)}`, [...messages]);
    },
  );
});
