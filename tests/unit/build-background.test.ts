/**
 * Background build steps (`lib/build/background.ts`): a task module's `run` in a child process
 * below the build's priority, its result structured-cloned back, its error surfaced; tasks
 * asked for together share the process.
 */
import { describe, expect, it } from 'vitest';
import { BACKGROUND_PRIORITY, inBackground } from '../../src/lib/build/background.ts';

const task = new URL('../fixtures/background/task.ts', import.meta.url);

describe('inBackground', () => {
  it('runs the task in another process, below the build priority, and returns its result', async () => {
    const result = await inBackground<{
      pid: number;
      priority: number;
      lengths: Map<string, number>;
    }>(task, { words: ['Bánh', 'cáy'] });
    expect(result.pid).not.toBe(process.pid);
    expect(result.priority).toBe(BACKGROUND_PRIORITY);
    expect(result.lengths).toEqual(
      new Map([
        ['Bánh', 4],
        ['cáy', 3],
      ]),
    );
  });

  it("rejects with the task's own error", async () => {
    await expect(inBackground(task, { words: [], fail: true })).rejects.toThrow(
      'the step failed on purpose',
    );
  });

  it('runs tasks asked for together in one process; one failing leaves the others', async () => {
    type Echo = { pid: number; lengths: Map<string, number> };
    const [first, failed, last] = await Promise.allSettled([
      inBackground<Echo>(task, { words: ['Bánh'] }),
      inBackground<Echo>(task, { words: [], fail: true }),
      inBackground<Echo>(task, { words: ['cáy'] }),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(last.status).toBe('fulfilled');
    if (first.status !== 'fulfilled' || last.status !== 'fulfilled') return;
    expect(first.value.pid).toBe(last.value.pid);
    expect(first.value.pid).not.toBe(process.pid);
    expect(last.value.lengths.get('cáy')).toBe(3);
    expect(failed.status).toBe('rejected');
    expect(failed.status === 'rejected' && String(failed.reason)).toContain('failed on purpose');
    // The process ended with its last answer: the next task starts another.
    const next = await inBackground<Echo>(task, { words: [] });
    expect(next.pid).not.toBe(first.value.pid);
  });

  it('rejects when the task module cannot be loaded', async () => {
    await expect(
      inBackground(new URL('../fixtures/background/missing.ts', import.meta.url), {}),
    ).rejects.toThrow(/missing\.ts/);
  });
});
