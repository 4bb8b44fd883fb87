/**
 * Build steps that need only the catalogue run in a child process **while Astro renders the
 * pages**, below the build's priority (`nice` 10): Astro renders on one thread, so the step takes
 * the core the pages leave idle instead of slowing them, and the build collects its result after
 * the pages. A task is a module whose `run(input)` returns what the process sends back
 * (structured-cloned: maps, buffers and plain data).
 */
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';

/** Niceness of background steps (0 is the build's; 19 the lowest). */
export const BACKGROUND_PRIORITY = 10;

export type BackgroundReply<T> = { result: T } | { error: string };

/** Starts `run(input)` of the module at `task` in a child process; resolves with its result. */
export function inBackground<T>(task: URL, input: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // Without the build's own inspector or profiler flags: a child would clash on them.
    const child = fork(new URL('./background-entry.ts', import.meta.url), [], {
      execArgv: [],
      serialization: 'advanced',
    });
    lowerPriority(child.pid);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
    };
    child.once('message', (reply: BackgroundReply<T>) => {
      settle(() => {
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.result);
      });
      child.disconnect();
    });
    child.once('error', (error) => {
      settle(() => {
        reject(error);
      });
    });
    child.once('exit', (code, signal) => {
      settle(() => {
        reject(
          new Error(
            `background step ${task.pathname} exited (${signal ?? `code ${String(code)}`})`,
          ),
        );
      });
    });
    child.send({ task: task.href, input });
  });
}

/** Runs the process `pid` below the build's priority, where the system allows it. */
export function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, BACKGROUND_PRIORITY);
  } catch {
    // Not permitted here: the step runs at the build's priority.
  }
}
