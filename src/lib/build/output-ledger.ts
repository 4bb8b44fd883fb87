/**
 * What the build's own steps wrote into the output folder, remembered between builds.
 *
 * The build keeps `dist/` between runs (emptying and refilling 200,000 files cost more than a
 * whole warm build may take: docs/performance.md). Steps that write many files beside the pages
 * (QR codes, producer short-URL pages, badges, offline packs, open-data files) write through
 * a ledger instead of `writeFile`. (Share images are linked from their own cache and only
 * claimed; the server-less search index keeps or rewrites its files as a whole.)
 *
 * - a file whose bytes are those the previous build wrote there, and which is still there, is
 *   not written again;
 * - a file the previous build wrote and this one did not is deleted at `finish()` (a product
 *   removed from the catalogue loses its QR codes and badge);
 * - every file written or kept is claimed (`claimedOutputs`), so the final sweep
 *   (`src/integrations/keep-output.ts`) knows it belongs to this build.
 *
 * State lives in `<cache>/outputs/<name>.json` (`ocopCacheDir`); it is replaced only when the
 * step finishes, so an interrupted build leaves the previous state and the next build rewrites
 * whatever differs. Node only.
 */
import { createHash, hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ocopCacheDir } from './cache-dir.ts';

const STATE_VERSION = 1;

interface LedgerState {
  version: number;
  outDir: string;
  files: Record<string, string>;
}

export interface LedgerReport {
  written: number;
  unchanged: number;
  removed: number;
}

const CLAIMS = Symbol.for('ocop.claimed-outputs');

/** Absolute paths the build's steps wrote or kept in this process (see `keep-output.ts`). */
export function claimedOutputs(): Set<string> {
  const host = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (host[CLAIMS] ??= new Set());
}

/** Where the ledgers of this build are kept. */
export function ledgerDir(env: NodeJS.ProcessEnv = process.env): string {
  return ocopCacheDir('outputs', env);
}

function digest(data: string | Uint8Array): string {
  return hash('sha1', data, 'base64url');
}

/** The digest of the text the pieces make together (that of their joined text). */
function digestPieces(pieces: Iterable<string>, seen?: (piece: string) => void): string {
  const sum = createHash('sha1');
  for (const piece of pieces) {
    seen?.(piece);
    sum.update(piece, 'utf8');
  }
  return sum.digest('base64url');
}

/** Data to write: bytes or text, or text made piece by piece (made afresh on each call). */
type Data = string | Uint8Array | (() => Iterable<string>);

async function writeMakingFolder(file: string, data: Data): Promise<void> {
  const bytes = () => (typeof data === 'function' ? data() : data);
  try {
    await writeFile(file, bytes());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes());
  }
}

/** Where a step writes its files: a ledger, or straight into a folder (`folderWriter`). */
export interface OutputWriter {
  /** Writes `data` at `file`, a path relative to the output folder; false if it was kept. */
  write(file: string, data: string | Uint8Array): Promise<boolean>;
}

/** Writes every file, making folders as needed (benchmarks, tools, tests). */
export function folderWriter(outDir: string): OutputWriter {
  return {
    async write(file, data) {
      await writeMakingFolder(path.join(outDir, file.replace(/^[/\\]+/, '')), data);
      return true;
    },
  };
}

export class OutputLedger implements OutputWriter {
  readonly #stateFile: string;
  readonly #outDir: string;
  readonly #previous: ReadonlyMap<string, string>;
  readonly #next = new Map<string, string>();
  readonly #report: LedgerReport = { written: 0, unchanged: 0, removed: 0 };

  private constructor(stateFile: string, outDir: string, previous: Map<string, string>) {
    this.#stateFile = stateFile;
    this.#outDir = outDir;
    this.#previous = previous;
  }

  /**
   * The ledger of step `name` for `outDir`. A missing or unreadable state, or one kept for
   * another output folder, counts as "nothing written before": every file is written.
   */
  static async open(
    name: string,
    outDir: string,
    stateDir: string = ledgerDir(),
  ): Promise<OutputLedger> {
    const stateFile = path.join(stateDir, `${name}.json`);
    const resolved = path.resolve(outDir);
    let previous = new Map<string, string>();
    try {
      const state = JSON.parse(await readFile(stateFile, 'utf8')) as LedgerState;
      if (state.version === STATE_VERSION && state.outDir === resolved) {
        previous = new Map(Object.entries(state.files));
      }
    } catch {
      // No state yet (or a damaged one): write everything.
    }
    return new OutputLedger(stateFile, resolved, previous);
  }

  /** Writes `data` at `file` (relative to the output folder) unless it is already there. */
  async write(file: string, data: string | Uint8Array): Promise<boolean> {
    return this.#write(file, digest(data), data);
  }

  /**
   * Writes the text that `pieces` makes at `file` unless it is already there, without holding
   * it whole (a data file of hundreds of MB): the pieces are made once to hash them — each is
   * shown to `seen`, to measure the file in the same pass — and once more to be written, when
   * the file must be.
   */
  async writePieces(
    file: string,
    pieces: () => Iterable<string>,
    seen?: (piece: string) => void,
  ): Promise<boolean> {
    return this.#write(file, digestPieces(pieces(), seen), pieces);
  }

  async #write(file: string, sum: string, data: Data): Promise<boolean> {
    if (this.#keep(file, sum)) return false;
    const rel = file.replace(/^[/\\]+/, '');
    const absolute = path.join(this.#outDir, rel);
    this.#next.set(rel, sum);
    claimedOutputs().add(absolute);
    await writeMakingFolder(absolute, data);
    this.#report.written++;
    return true;
  }

  /**
   * Keeps `file` as it is when the previous build wrote exactly `data` there and it is still
   * there (claimed, counted unchanged); false, and nothing recorded, otherwise. For a file that
   * may stay as an earlier build wrote it although this build would write it otherwise (a data
   * file keeps the day it was made while its rows are unchanged: `lib/open-data/files-task.ts`).
   */
  keepIfSame(file: string, data: string | Uint8Array): boolean {
    return this.#keep(file, digest(data));
  }

  /** `keepIfSame` for the text `pieces` makes, without holding it whole (`seen` as in `writePieces`). */
  keepIfSamePieces(
    file: string,
    pieces: Iterable<string>,
    seen?: (piece: string) => void,
  ): boolean {
    return this.#keep(file, digestPieces(pieces, seen));
  }

  #keep(file: string, sum: string): boolean {
    const rel = file.replace(/^[/\\]+/, '');
    const absolute = path.join(this.#outDir, rel);
    if (this.#previous.get(rel) !== sum || !existsSync(absolute)) return false;
    this.#next.set(rel, sum);
    claimedOutputs().add(absolute);
    this.#report.unchanged++;
    return true;
  }

  /** Absolute paths of the files written or kept through this ledger (its claims). */
  claimed(): string[] {
    return [...this.#next.keys()].map((rel) => path.join(this.#outDir, rel));
  }

  /** Deletes what the previous build wrote and this one did not, then saves the state. */
  async finish(): Promise<LedgerReport> {
    for (const rel of this.#previous.keys()) {
      if (this.#next.has(rel)) continue;
      const absolute = path.join(this.#outDir, rel);
      await rm(absolute, { force: true });
      // Its folder too when nothing else is left in it (`/p/<code>/` of a removed product).
      await rmdir(path.dirname(absolute)).catch(() => undefined);
      this.#report.removed++;
    }
    const state: LedgerState = {
      version: STATE_VERSION,
      outDir: this.#outDir,
      files: Object.fromEntries(this.#next),
    };
    await mkdir(path.dirname(this.#stateFile), { recursive: true });
    const temporary = `${this.#stateFile}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(state));
    await rename(temporary, this.#stateFile);
    return { ...this.#report };
  }
}
