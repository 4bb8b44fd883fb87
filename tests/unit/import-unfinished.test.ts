/**
 * A half-moved import (its journal left in `content/.import-*`) is found by one module and
 * refused by `check:content` with one sentence; `--finish` moves the rest in, `--rollback` puts
 * everything back (both through the real `npm run import` script).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { recoverInterruptedImports } from '../../src/lib/import/recover.ts';
import {
  JOURNAL_FILE,
  findUnfinishedImports,
  unfinishedImportMessage,
} from '../../src/lib/import/unfinished-import.ts';

/** A pid that cannot be running (above Linux's pid_max). */
const DEAD_PID = 4_194_999;

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'unfinished-'));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * An import of three files killed after two moves: `a` replaced (original in backup/), `p`
 * created, `b` not moved yet (still in new/).
 */
function halfMoved(content: string, pid = DEAD_PID): string {
  const folder = `.import-${pid}-1700000000000`;
  const staging = path.join(content, folder);
  write(path.join(content, 'products/a.json'), 'new a');
  write(path.join(staging, 'backup/products/a.json'), 'original a');
  write(path.join(content, 'producers/p.json'), 'new p');
  write(path.join(content, 'products/b.json'), 'original b');
  write(path.join(staging, 'new/products/b.json'), 'new b');
  write(
    path.join(staging, JOURNAL_FILE),
    JSON.stringify(['producers/p.json', 'products/a.json', 'products/b.json']),
  );
  return folder;
}

describe('finding a half-moved import', () => {
  it('finds a staging folder with a journal whose process is gone, and says what to run', () => {
    const content = tempDir();
    const folder = halfMoved(content);
    expect(findUnfinishedImports(content)).toEqual([{ folder, pid: DEAD_PID, running: false }]);
    const message = unfinishedImportMessage(content);
    expect(message).toContain(folder);
    expect(message).toContain(`\`npm run import -- --finish --content ${content}\``);
    expect(message).toContain(`\`npm run import -- --rollback --content ${content}\``);
    expect(message?.split(/(?<=\.)\s/)).toHaveLength(1);
  });

  it('names no --content for the default folder', () => {
    const message = unfinishedImportMessage('content', [
      { folder: '.import-1-1', pid: 1, running: false },
    ]);
    expect(message).toContain('`npm run import -- --finish`');
    expect(message).toContain('`npm run import -- --rollback`');
  });

  it('says to wait for an import still moving files', () => {
    const content = tempDir();
    halfMoved(content, process.pid);
    expect(unfinishedImportMessage(content)).toMatch(/still running \(process \d+\): wait/);
  });

  it('ignores staging folders without a journal (nothing moved) and a clean folder', () => {
    const content = tempDir();
    write(path.join(content, `.import-${DEAD_PID}-1/new/products/a.json`), 'new a');
    write(path.join(content, 'products/a.json'), 'original a');
    expect(findUnfinishedImports(content)).toEqual([]);
    expect(unfinishedImportMessage(content)).toBeUndefined();
    expect(unfinishedImportMessage(path.join(content, 'missing'))).toBeUndefined();
  });
});

describe('finishing a half-moved import', () => {
  it('moves the rest into place and drops the backups', () => {
    const content = tempDir();
    halfMoved(content);
    expect(recoverInterruptedImports(content, 'finish')).toMatchObject([{ completed: 1 }]);
    expect(readFileSync(path.join(content, 'products/a.json'), 'utf8')).toBe('new a');
    expect(readFileSync(path.join(content, 'products/b.json'), 'utf8')).toBe('new b');
    expect(readFileSync(path.join(content, 'producers/p.json'), 'utf8')).toBe('new p');
    expect(findUnfinishedImports(content)).toEqual([]);
  });
});

const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('the commands', () => {
  it('check:content refuses a content folder holding a half-moved import, with one sentence', () => {
    const content = path.join(tempDir(), 'content');
    cpSync('content', content, { recursive: true });
    const clean = node('scripts/check-content.ts', [content]);
    expect(clean.status, clean.stderr).toBe(0);
    halfMoved(content);
    const result = node('scripts/check-content.ts', [content]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(unfinishedImportMessage(content));
    expect(result.stderr).toContain('--rollback');
  }, 60_000);

  it('`npm run import -- --rollback` puts everything back; `--finish` completes it', () => {
    const content = tempDir();
    halfMoved(content);
    const back = node('scripts/import.ts', ['--rollback', '--content', content]);
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/rolled back, 1 file\(s\) restored and 1 removed/);
    expect(readFileSync(path.join(content, 'products/a.json'), 'utf8')).toBe('original a');
    expect(readFileSync(path.join(content, 'products/b.json'), 'utf8')).toBe('original b');
    expect(existsSync(path.join(content, 'producers/p.json'))).toBe(false);

    const other = tempDir();
    halfMoved(other);
    const done = node('scripts/import.ts', ['--finish', '--content', other]);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/finished, 1 more file\(s\) moved/);
    expect(readFileSync(path.join(other, 'products/b.json'), 'utf8')).toBe('new b');
    expect(unfinishedImportMessage(other)).toBeUndefined();
  }, 60_000);
});
