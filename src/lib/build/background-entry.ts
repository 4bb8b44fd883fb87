/**
 * The child process of `background.ts`: imports each task module it is sent, runs it and sends
 * back the result (or the error) under the request's id. Tasks run one after another, in the
 * order asked: they are mostly processor work on this one thread, and the first asked (the
 * open-data files, which pages wait for) answers first. It ends when the build disconnects,
 * after the last answer.
 */
import type { BackgroundReply, BackgroundRequest } from './background.ts';

let queue: Promise<void> = Promise.resolve();

async function answer(request: BackgroundRequest): Promise<BackgroundReply<unknown>> {
  try {
    const task = (await import(request.task)) as { run: (input: unknown) => unknown };
    return { result: await task.run(request.input) };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

process.on('message', (request: BackgroundRequest) => {
  queue = queue.then(async () => {
    process.send!({ id: request.id, ...(await answer(request)) });
  });
});
process.on('disconnect', () => process.exit(0));
