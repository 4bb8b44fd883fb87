/**
 * An Astro integration for a build step that runs in the background process
 * (`background.ts`) while the pages render and writes into the output folder: badges, QR codes,
 * the server-less index, the open-data files.
 *
 * - `astro:build:start` forgets the last build's task (a config's integrations can serve more
 *   than one build in a process);
 * - `astro:build:setup` starts the task — after every `astro:build:start`, so after
 *   `keep-output.ts` has settled the output folder (emptied it when it is not the last
 *   build's). Setup runs once per Vite build; the step starts once;
 * - `astro:build:done` waits for it, adds the files it claimed to the build's claims before the
 *   sweep (`claimedOutputs`), and logs its report with the seconds the build waited for it.
 *
 * A step's own hooks run after these (`hooks`).
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { inBackground } from './background.ts';
import { claimedOutputs } from './output-ledger.ts';

export interface BackgroundStep<Input, Result extends { claimed: string[] }> {
  /** The integration's name (`ocop:…`). */
  name: string;
  /** What the step makes, for the error when a build ends without having started it. */
  makes: string;
  /** The task module (its `run(input)` returns `Result`). */
  task: URL;
  /** The task's input, from the build's config and its output folder (absolute path). */
  input: (config: AstroConfig, outDir: string) => Input;
  /** Told of the running task as soon as it starts (pages that wait for it). */
  started?: (running: Promise<Result>) => void;
  /** The lines to log of its result; `waited` is in seconds. */
  report: (result: Result, waited: string) => string[];
  /** The step's own hooks, run after the step's part of each. */
  hooks?: AstroIntegration['hooks'];
}

type Hooks = AstroIntegration['hooks'];
type Hook = (...args: never[]) => unknown;

/** Runs `first` then `then` for every hook either has. */
function chain(first: Hooks, then: Hooks = {}): Hooks {
  const names = new Set([...Object.keys(first), ...Object.keys(then)]);
  const hooks: Record<string, Hook> = {};
  for (const name of names) {
    const a = first[name] as Hook | undefined;
    const b = then[name] as Hook | undefined;
    hooks[name] =
      a && b
        ? async (...args) => {
            await a(...args);
            await b(...args);
          }
        : (a ?? b)!;
  }
  return hooks;
}

export function backgroundStep<Input, Result extends { claimed: string[] }>(
  step: BackgroundStep<Input, Result>,
): AstroIntegration {
  let config: AstroConfig | undefined;
  let running: Promise<Result> | undefined;
  const own: Hooks = {
    'astro:config:done': ({ config: done }) => {
      config = done;
    },
    'astro:build:start': () => {
      running = undefined;
    },
    'astro:build:setup': () => {
      if (running || !config) return;
      running = inBackground<Result>(step.task, step.input(config, fileURLToPath(config.outDir)));
      // Awaited after the pages; a failure surfaces there, not as an unhandled rejection.
      running.catch(() => undefined);
      step.started?.(running);
    },
    'astro:build:done': async ({ logger }: { logger: AstroIntegrationLogger }) => {
      if (!running) throw new Error(`${step.makes} were not started with the build.`);
      const waitFrom = performance.now();
      const result = await running;
      const waited = ((performance.now() - waitFrom) / 1000).toFixed(1);
      for (const file of result.claimed) claimedOutputs().add(file);
      for (const line of step.report(result, waited)) logger.info(line);
    },
  };
  return { name: step.name, hooks: chain(own, step.hooks) };
}
