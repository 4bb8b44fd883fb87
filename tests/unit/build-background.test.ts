/**
 * Background build steps (`lib/build/background.ts`): a task module's `run` in a child process
 * below the build's priority, its result structured-cloned back, its error surfaced.
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

  it('rejects when the task module cannot be loaded', async () => {
    await expect(
      inBackground(new URL('../fixtures/background/missing.ts', import.meta.url), {}),
    ).rejects.toThrow(/missing\.ts/);
  });
});
