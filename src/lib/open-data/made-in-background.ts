/**
 * Where the `/du-lieu/` page finds the rows and sizes of the open-data files made by the
 * background step of this build (`files-task.ts`, started by `src/integrations/open-data.ts`).
 * Pages and integrations run in one process; a build without the step (the dev server, a test
 * rendering the page alone) makes the files in place (`openDataFacts`).
 */
import type { OpenDataTaskResult } from './files-task.ts';

const MADE = Symbol.for('ocop.open-data-made');
type Host = Record<symbol, Promise<OpenDataTaskResult> | undefined>;

/** Registers the background step's result for this build. */
export function setOpenDataMade(made: Promise<OpenDataTaskResult>): void {
  (globalThis as unknown as Host)[MADE] = made;
}

/** The background step's result, if this build started one. */
export function openDataMade(): Promise<OpenDataTaskResult> | undefined {
  return (globalThis as unknown as Host)[MADE];
}
