/**
 * Build steps that need only the catalogue run in a child process **while Astro renders the
 * pages**, below the build's priority (`nice` 10): Astro renders on one thread, so the steps
 * take the core the pages leave idle instead of slowing them, and the build collects their
 * results after the pages. A task is a module whose `run(input)` returns what the process sends
 * back (structured-cloned: maps, buffers and plain data).
 *
 * Tasks asked for while others are running share one process and run there one after another,
 * in the order asked: they read the catalogue once (`readCatalogueForBuild` keeps it per
 * process) and hold one copy of it in memory, not one each. The process ends when its last task
 * has answered.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';

/** Niceness of background steps (0 is the build's; 19 the lowest). */
export const BACKGROUND_PRIORITY = 10;

export type BackgroundReply<T> = { result: T } | { error: string };
export interface BackgroundRequest {
  id: number;
  task: string;
  input: unknown;
}

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface BackgroundProcess {
  child: ChildProcess;
  waiting: Map<number, Waiting>;
}

let current: BackgroundProcess | undefined;
let lastId = 0;

function backgroundProcess(): BackgroundProcess {
  if (current) return current;
  // Without the build's own inspector or profiler flags: a child would clash on them.
  const child = fork(new URL('./background-entry.ts', import.meta.url), [], {
    execArgv: [],
    serialization: 'advanced',
  });
  lowerPriority(child.pid);
  const started: BackgroundProcess = { child, waiting: new Map() };
  const retire = () => {
    if (current === started) current = undefined;
  };
  child.on('message', (reply: BackgroundReply<unknown> & { id: number }) => {
    const waiting = started.waiting.get(reply.id);
    if (!waiting) return;
    started.waiting.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.result);
    if (started.waiting.size === 0) {
      retire();
      child.disconnect();
    }
  });
  const fail = (error: Error) => {
    retire();
    for (const waiting of started.waiting.values()) waiting.reject(error);
    started.waiting.clear();
  };
  child.once('error', fail);
  child.once('exit', (code, signal) => {
    fail(new Error(`the background process exited (${signal ?? `code ${String(code)}`})`));
  });
  current = started;
  return started;
}

/** Runs `run(input)` of the module at `task` in the background process; resolves with its result. */
export function inBackground<T>(task: URL, input: unknown): Promise<T> {
  const { child, waiting } = backgroundProcess();
  const id = ++lastId;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
    const request: BackgroundRequest = { id, task: task.href, input };
    child.send(request);
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
