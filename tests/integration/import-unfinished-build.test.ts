/**
 * `astro build` refuses a content folder holding a half-moved import (a journal left by an
 * import killed during its moves) with the one sentence of `unfinished-import.ts`, and writes
 * no site; once the import is rolled back the same folder passes that check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedImports } from '../../src/lib/import/recover.ts';
import { JOURNAL_FILE, unfinishedImportMessage } from '../../src/lib/import/unfinished-import.ts';

/** A pid that cannot be running (above Linux's pid_max). */
const DEAD_PID = 4_194_999;
let dir: string;
let content: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-unfinished-build-'));
  content = path.join(dir, 'content');
  await cp('content', content, { recursive: true });
  // Killed after moving in one new product file; its second file is still staged.
  const staging = path.join(content, `.import-${DEAD_PID}-1700000000000`);
  await mkdir(path.join(staging, 'new', 'products'), { recursive: true });
  await writeFile(path.join(staging, 'new', 'products', 'half-b.json'), '{}\n');
  await writeFile(path.join(content, 'products', 'half-a.json'), '{}\n');
  await writeFile(
    path.join(staging, JOURNAL_FILE),
    JSON.stringify(['products/half-a.json', 'products/half-b.json']),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('astro build on a half-moved import', () => {
  it('stops at once with the sentence saying how to finish or roll it back', () => {
    const build = spawnSync('node_modules/.bin/astro', ['build'], {
      env: {
        ...process.env,
        OCOP_CONTENT_DIR: content,
        OCOP_OUT_DIR: path.join(dir, 'dist'),
        OCOP_CACHE_DIR: path.join(dir, 'cache'),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    const sentence = unfinishedImportMessage(content);
    expect(sentence).toMatch(/--finish .*--rollback/);
    expect(output.replace(/\s+/g, ' ')).toContain(sentence!);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    // Rolled back, nothing is left for the check to refuse.
    recoverInterruptedImports(content);
    expect(unfinishedImportMessage(content)).toBeUndefined();
    expect(existsSync(path.join(content, 'products', 'half-a.json'))).toBe(false);
  }, 150_000);
});
