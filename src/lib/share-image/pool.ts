/**
 * A small pool of render processes. Tasks queue up and go to whichever process is free; each
 * loads satori, sharp and the fonts once.
 *
 * Processes, not worker threads, so that each can run below the build's priority
 * (`lowerPriority` in `lib/build/background.ts`): the build starts drawing with the pages
 * (`integrations/share-images.ts`) and Astro renders them on one thread, so the cards take the
 * core the pages leave idle instead of slowing them. A worker thread's own priority would not
 * reach the libvips work (rasterising, encoding): it runs on the process's shared libuv threads.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { lowerPriority } from '../build/background.ts';
import type { CardStages } from './card-image.ts';
import type { ShareCardFields } from './fields.ts';

export interface RenderTask {
  id: number;
  fields: ShareCardFields;
  photoFile: string | null;
  /** Where the process writes the encoded card. */
  outFile: string;
}

export type RenderResult =
  | { id: number; ms: number; bytes: number; missing: string[]; stages: CardStages }
  | { id: number; error: string };

export class ShareImageRenderError extends Error {
  override name = 'ShareImageRenderError';
}

export class RenderPool {
  readonly #idle: ChildProcess[] = [];
  readonly #all: ChildProcess[] = [];
  readonly #queue: { task: RenderTask; done: (r: RenderResult) => void }[] = [];
  readonly #pending = new Map<ChildProcess, { id: number; done: (r: RenderResult) => void }>();
  #nextId = 0;
  #closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // No inspector or profiler flags of the build's own process: a child would clash on them.
      const child = fork(new URL('./worker.ts', import.meta.url), [], {
        execArgv: [],
        serialization: 'advanced',
      });
      lowerPriority(child.pid);
      child.on('message', (result: RenderResult) => {
        const pending = this.#pending.get(child);
        this.#pending.delete(child);
        pending?.done(result);
        this.#next(child);
      });
      child.on('error', (error) => {
        this.#lost(child, error.message);
      });
      child.on('exit', (code, signal) => {
        this.#lost(child, `exited (${signal ?? `code ${String(code)}`})`);
      });
      this.#all.push(child);
      this.#idle.push(child);
    }
  }

  render(task: Omit<RenderTask, 'id'>): Promise<RenderResult> {
    return new Promise((done) => {
      this.#queue.push({ task: { ...task, id: this.#nextId++ }, done });
      const idle = this.#idle.pop();
      if (idle) this.#next(idle);
    });
  }

  /** A process ended or failed: its task and every queued one fail (the build stops). */
  #lost(child: ChildProcess, reason: string): void {
    if (this.#closing) return;
    const pending = this.#pending.get(child);
    this.#pending.delete(child);
    pending?.done({ id: pending.id, error: `render process ${reason}` });
    for (const { task, done } of this.#queue.splice(0))
      done({ id: task.id, error: `a render process ${reason}` });
  }

  #next(child: ChildProcess): void {
    const job = this.#queue.shift();
    if (!job) {
      if (!this.#idle.includes(child)) this.#idle.push(child);
      return;
    }
    this.#pending.set(child, { id: job.task.id, done: job.done });
    child.send(job.task);
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(
      this.#all.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              resolve();
              return;
            }
            child.once('exit', () => {
              resolve();
            });
            child.kill();
          }),
      ),
    );
  }
}
