import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  existsSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { JOURNAL_FILE, recoverInterruptedImports } from '../../src/lib/import/recover.ts';

/** A pid that cannot be running (above Linux's pid_max). */
const DEAD_PID = 4_194_999;

/** A content folder for one test, removed when the test ends. */
function tempContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recover-'));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('recoverInterruptedImports', () => {
  it('rolls back the moves of an import killed mid-way', () => {
    const content = tempContent();
    const staging = path.join(content, `.import-${DEAD_PID}-1700000000000`);
    // Moved in before the kill: a replaced product (original in backup/) and a new producer.
    write(path.join(content, 'products/a.json'), 'new a');
    write(path.join(staging, 'backup/products/a.json'), 'original a');
    write(path.join(content, 'producers/p.json'), 'new p');
    // Not moved yet: still in new/, and its target keeps the original.
    write(path.join(content, 'products/b.json'), 'original b');
    write(path.join(staging, 'new/products/b.json'), 'new b');
    write(
      path.join(staging, JOURNAL_FILE),
      JSON.stringify(['producers/p.json', 'products/a.json', 'products/b.json']),
    );

    const [recovery] = recoverInterruptedImports(content);

    expect(recovery).toMatchObject({ restored: 1, removed: 1 });
    expect(readFileSync(path.join(content, 'products/a.json'), 'utf8')).toBe('original a');
    expect(readFileSync(path.join(content, 'products/b.json'), 'utf8')).toBe('original b');
    expect(existsSync(path.join(content, 'producers/p.json'))).toBe(false);
    expect(readdirSync(content).filter((n) => n.startsWith('.import-'))).toEqual([]);
  });

  it('leaves the staging folder of a running import alone', () => {
    const content = tempContent();
    const mine = path.join(content, `.import-${process.pid}-1700000000000`);
    write(path.join(mine, JOURNAL_FILE), '[]');
    expect(recoverInterruptedImports(content)).toEqual([]);
    expect(existsSync(mine)).toBe(true);
  });

  it('removes a stale staging folder without a journal (nothing had been moved)', () => {
    const content = tempContent();
    write(path.join(content, 'products/a.json'), 'original a');
    const stale = path.join(content, `.import-${DEAD_PID}-1`);
    write(path.join(stale, 'new/products/a.json'), 'new a');
    expect(recoverInterruptedImports(content)).toEqual([
      { folder: path.basename(stale), restored: 0, removed: 0 },
    ]);
    expect(readFileSync(path.join(content, 'products/a.json'), 'utf8')).toBe('original a');
    expect(existsSync(stale)).toBe(false);
  });
});
