/**
 * The importer never claims what did not happen: a report path that cannot be written is
 * refused before anything moves (through the real `npm run import` script), and a failure after
 * the moves says the import is complete and `content/` holds it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { importCommand, type CommandIO } from '../../src/lib/import/import-command.ts';
import type { ImportReport } from '../../src/lib/import/report.ts';

const FIXTURE = path.resolve('tests/fixtures/import/annex-title-block.csv');

/** A copy of content/ in a temp folder, removed when the test ends. */
function tempContent(): { dir: string; content: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-path-'));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const content = path.join(dir, 'content');
  cpSync('content', content, { recursive: true });
  return { dir, content };
}

function treeHash(root: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file));
  return hash.digest('hex');
}

const importScript = (args: string[]) =>
  spawnSync(process.execPath, ['scripts/import.ts', FIXTURE, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

function recorder(): CommandIO & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    out: (t) => {
      lines.out.push(t);
    },
    err: (t) => {
      lines.err.push(t);
    },
  };
}

describe('a report path that cannot be written', () => {
  for (const [name, place] of [
    [
      'under a file (fails for root too)',
      (dir: string) => {
        writeFileSync(path.join(dir, 'a-file'), '');
        return path.join(dir, 'a-file', 'report.json');
      },
    ],
    ['in a missing folder', (dir: string) => path.join(dir, 'missing', 'report.json')],
  ] as const) {
    it(`is refused before anything moves: ${name}`, () => {
      const { dir, content } = tempContent();
      const report = place(dir);
      const before = treeHash(content);
      const result = importScript(['--content', content, '--report', report]);
      expect(result.status).toBe(2);
      const message = result.stderr.trim();
      expect(message).toContain(`The report cannot be written to ${report}`);
      expect(message).toContain('nothing was imported');
      expect(message).toContain('--report <path>');
      expect(message).not.toMatch(/wrote nothing/);
      expect(message.split('\n')).toHaveLength(1);
      expect(treeHash(content)).toBe(before);
    }, 60_000);
  }

  it('a writable one gets the report after the import', () => {
    const { dir, content } = tempContent();
    const report = path.join(dir, 'report.json');
    const result = importScript(['--content', content, '--report', report]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({
      input: path.basename(FIXTURE),
    });
  }, 60_000);
});

describe('a failure after the moves', () => {
  it('says the import is complete and content/ holds it, and saves the report elsewhere', async () => {
    const { dir, content } = tempContent();
    const reportFile = path.join(dir, `report-${process.pid}-${Date.now()}.json`);
    const spare = path.join(tmpdir(), path.basename(reportFile));
    onTestFinished(() => {
      rmSync(spare, { force: true });
    });
    const io = recorder();
    let failed = false;
    io.writeReport = async (report: ImportReport, file: string) => {
      if (file === reportFile) {
        failed = true;
        throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      }
      await writeFile(file, JSON.stringify(report));
    };
    const code = await importCommand(
      {
        options: { input: FIXTURE, contentDir: content },
        reportFile,
        usage: 'usage',
        interrupted: () => false,
      },
      io,
    );
    expect(failed).toBe(true);
    expect(code).toBe(4);
    const message = io.lines.err.join('\n');
    expect(message).not.toMatch(/wrote nothing|nothing was written|not changed/);
    expect(message).toContain(`the import is complete and ${content} holds it`);
    expect(message).toContain(`written to ${spare} instead`);
    const saved = JSON.parse(readFileSync(spare, 'utf8')) as ImportReport;
    expect(saved.files.length).toBeGreaterThan(0);
    for (const file of saved.files) expect(existsSync(path.join(content, file)), file).toBe(true);
    expect(readdirSync(content).filter((n) => n.startsWith('.import-'))).toEqual([]);
  }, 60_000);

  it('a failure during the moves says they were put back and content/ is as it was', async () => {
    const { dir, content } = tempContent();
    const before = treeHash(content);
    const io = recorder();
    const code = await importCommand(
      {
        options: { input: FIXTURE, contentDir: content, failAfterWrites: 3 },
        reportFile: path.join(dir, 'report.json'),
        usage: 'usage',
        interrupted: () => false,
      },
      io,
    );
    expect(code).toBe(3);
    expect(io.lines.err.join('\n')).toContain(
      `The 3 files already moved were put back: ${content} is as it was.`,
    );
    expect(treeHash(content)).toBe(before);
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  }, 60_000);
});
