/**
 * The integration of a background build step (`lib/build/background-step.ts`): started once
 * per build at `astro:build:setup` with the output folder, awaited at `astro:build:done`, its
 * claims added to the build's, its report logged; the step's own hooks run too.
 */
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { backgroundStep } from '../../src/lib/build/background-step.ts';
import { claimedOutputs } from '../../src/lib/build/output-ledger.ts';

interface Input {
  outDir: string;
  files: string[];
}
interface Result {
  claimed: string[];
  pid: number;
}

const task = new URL('../fixtures/background/claiming-task.ts', import.meta.url);

function logger() {
  const lines: string[] = [];
  const info = (line: string) => lines.push(line);
  return { lines, logger: { info } as unknown as AstroIntegrationLogger };
}

/** Calls one of the integration's hooks as Astro would (the parts of its options used here). */
async function call(integration: AstroIntegration, hook: string, options: object = {}) {
  const fn = (integration.hooks as Record<string, ((o: object) => unknown) | undefined>)[hook];
  await fn?.(options);
}

function step(files: string[], seen: string[] = []) {
  const started: Promise<Result>[] = [];
  const integration = backgroundStep<Input, Result>({
    name: 'ocop:test-step',
    makes: 'The test files',
    task,
    input: (_config, outDir) => ({ outDir, files }),
    started: (running) => started.push(running),
    report: ({ claimed }, waited) => [`${claimed.length} files, ${waited} s waited for`],
    hooks: {
      'astro:build:start': () => {
        seen.push('own build:start');
      },
    },
  });
  return { integration, started };
}

const config = { outDir: pathToFileURL('/tmp/ocop-step-out/') };

describe('backgroundStep', () => {
  it('starts the task once at build setup, then collects its claims and report', async () => {
    claimedOutputs().clear();
    const seen: string[] = [];
    const { integration, started } = step(['a.svg', 'b.svg'], seen);
    expect(integration.name).toBe('ocop:test-step');
    await call(integration, 'astro:config:done', { config });
    await call(integration, 'astro:build:start', { logger: logger().logger });
    expect(seen).toEqual(['own build:start']);
    // Once per build, though Astro runs setup for each of its Vite builds.
    await call(integration, 'astro:build:setup');
    await call(integration, 'astro:build:setup');
    expect(started).toHaveLength(1);
    const { lines, logger: log } = logger();
    await call(integration, 'astro:build:done', { logger: log });
    const result = await started[0]!;
    expect(result.pid).not.toBe(process.pid);
    expect(result.claimed).toEqual(['/tmp/ocop-step-out/a.svg', '/tmp/ocop-step-out/b.svg']);
    for (const file of result.claimed) expect(claimedOutputs().has(file)).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^2 files, \d+\.\d s waited for$/);
  });

  it('starts a task of its own for a second build in the same process', async () => {
    const { integration, started } = step(['c.svg']);
    await call(integration, 'astro:config:done', { config });
    for (const _build of [1, 2]) {
      await call(integration, 'astro:build:start', { logger: logger().logger });
      await call(integration, 'astro:build:setup');
      await call(integration, 'astro:build:done', { logger: logger().logger });
    }
    expect(started).toHaveLength(2);
  });

  it('fails a build that ends without having started it', async () => {
    const { integration } = step([]);
    await call(integration, 'astro:config:done', { config });
    await call(integration, 'astro:build:start', { logger: logger().logger });
    await expect(
      call(integration, 'astro:build:done', { logger: logger().logger }),
    ).rejects.toThrow('The test files were not started with the build.');
  });
});
