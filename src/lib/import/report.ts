/**
 * The import report: one line per product row (added, updated, unchanged, merged as duplicate,
 * rejected with its reason), the lines that were not product rows (headings, totals,
 * signatures), and a summary whose counts add up to the product rows read.
 */
import { closeSync, existsSync, openSync, unlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReason } from './classify-row.ts';
import { ImportReportPathError } from './errors.ts';

export const OUTCOMES = ['added', 'updated', 'unchanged', 'merged', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface RowResult {
  rowNumber: number;
  outcome: Outcome;
  slug?: string | undefined;
  reason?: string | undefined;
  flags: string[];
}

export interface SkippedLine {
  rowNumber: number;
  reason: SkipReason;
  text: string;
}

export interface ImportReport {
  input: string;
  format: string;
  sheet?: string | undefined;
  headerRow: number;
  decision?: string | undefined;
  decisionDate?: string | undefined;
  province?: string | undefined;
  dryRun: boolean;
  summary: Record<Outcome, number> & { rows: number; skipped: number; flagged: number };
  rows: RowResult[];
  skipped: SkippedLine[];
  /** Files written (or that would be written, in a dry run), relative to the content folder. */
  files: string[];
}

export function summarise(rows: readonly RowResult[], skipped: number): ImportReport['summary'] {
  const summary = {
    rows: rows.length,
    skipped,
    flagged: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    rejected: 0,
  };
  for (const row of rows) {
    summary[row.outcome]++;
    if (row.flags.length) summary.flagged++;
  }
  return summary;
}

const LABEL: Record<Outcome, string> = {
  added: 'added',
  updated: 'updated',
  unchanged: 'unchanged',
  merged: 'merged as duplicate',
  rejected: 'rejected',
};

/** What the command prints: the summary, then the rejected and flagged rows. */
export function formatReport(report: ImportReport, maxLines = 50): string {
  const s = report.summary;
  const lines = [
    `${report.dryRun ? 'Dry run — nothing written. ' : ''}${report.input}: ${s.rows} product row${s.rows === 1 ? '' : 's'} read` +
      ` (header on row ${report.headerRow}${report.decision ? `, decision ${report.decision}` : ''}${report.decisionDate ? ` of ${report.decisionDate}` : ''}).`,
    OUTCOMES.map((o) => `${s[o]} ${LABEL[o]}`).join(', ') + `; ${s.flagged} flagged.`,
    `${s.skipped} other line${s.skipped === 1 ? '' : 's'} skipped (headings, totals, signatures, blank lines).`,
    `${report.files.length} file${report.files.length === 1 ? '' : 's'} ${report.dryRun ? 'would be ' : ''}written.`,
  ];
  const notable = report.rows.filter((r) => r.outcome === 'rejected' || r.flags.length);
  for (const row of notable.slice(0, maxLines)) {
    const parts = [
      row.outcome === 'rejected' ? `rejected: ${row.reason ?? ''}` : row.outcome,
      ...row.flags,
    ];
    lines.push(`  row ${row.rowNumber}${row.slug ? ` (${row.slug})` : ''}: ${parts.join('; ')}`);
  }
  if (notable.length > maxLines)
    lines.push(`  … and ${notable.length - maxLines} more in the report file.`);
  return lines.join('\n');
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Writes the report as JSON, or as CSV when the file name ends in .csv. */
export async function writeReport(report: ImportReport, file: string): Promise<void> {
  if (!file.toLowerCase().endsWith('.csv')) {
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = ['row,outcome,slug,reason,flags'];
  const all = [
    ...report.rows.map((r) => [
      String(r.rowNumber),
      r.outcome,
      r.slug ?? '',
      r.reason ?? '',
      r.flags.join(' | '),
    ]),
    ...report.skipped.map((s) => [String(s.rowNumber), 'skipped', '', s.reason, s.text]),
  ].sort((a, b) => Number(a[0]) - Number(b[0]));
  for (const cells of all) lines.push(cells.map(csvField).join(','));
  await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * Throws `ImportReportPathError` unless `file` can be written: opened for appending (created
 * and removed again when it did not exist), so a missing or read-only folder is found before
 * the import moves anything.
 */
export function checkReportWritable(file: string): void {
  const existed = existsSync(file);
  try {
    closeSync(openSync(file, 'a'));
    if (!existed) unlinkSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ImportReportPathError(
      `The report cannot be written to ${file} (${code}), so nothing was imported: name a file in a writable folder with \`--report <path>\` (for example \`--report ${path.basename(file)}\` in the current folder).`,
    );
  }
}
