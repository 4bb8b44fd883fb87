/**
 * A small pool of render workers. Tasks queue up and go to whichever worker is free; each
 * worker loads satori, sharp and the fonts once.
 */
import { Worker } from 'node:worker_threads';
import type { CardStages } from './card-image.ts';
import type { ShareCardFields } from './fields.ts';

export interface RenderTask {
  id: number;
  fields: ShareCardFields;
  photoFile: string | null;
  /** Where the worker writes the encoded card. */
  outFile: string;
}

export type RenderResult =
  | { id: number; ms: number; bytes: number; missing: string[]; stages: CardStages }
  | { id: number; error: string };

export class ShareImageRenderError extends Error {
  override name = 'ShareImageRenderError';
}

export class RenderPool {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: { task: RenderTask; done: (r: RenderResult) => void }[] = [];
  readonly #pending = new Map<number, (r: RenderResult) => void>();
  #nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      worker.on('message', (result: RenderResult) => {
        const done = this.#pending.get(result.id);
        this.#pending.delete(result.id);
        done?.(result);
        this.#next(worker);
      });
      worker.on('error', (error) => {
        for (const done of this.#pending.values()) done({ id: -1, error: String(error) });
        this.#pending.clear();
      });
      this.#all.push(worker);
      this.#idle.push(worker);
    }
  }

  render(task: Omit<RenderTask, 'id'>): Promise<RenderResult> {
    return new Promise((done) => {
      this.#queue.push({ task: { ...task, id: this.#nextId++ }, done });
      const idle = this.#idle.pop();
      if (idle) this.#next(idle);
    });
  }

  #next(worker: Worker): void {
    const job = this.#queue.shift();
    if (!job) {
      if (!this.#idle.includes(worker)) this.#idle.push(worker);
      return;
    }
    this.#pending.set(job.task.id, job.done);
    worker.postMessage(job.task);
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((w) => w.terminate()));
  }
}
