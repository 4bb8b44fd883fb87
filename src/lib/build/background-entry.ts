/**
 * The child process of `background.ts`: imports each task module it is sent, runs it and sends
 * back the result (or the error) under the request's id; tasks run side by side. It ends when
 * the build disconnects, after the last answer.
 */
import type { BackgroundReply, BackgroundRequest } from './background.ts';

process.on('message', (request: BackgroundRequest) => {
  void (async (): Promise<BackgroundReply<unknown>> => {
    try {
      const task = (await import(request.task)) as { run: (input: unknown) => unknown };
      return { result: await task.run(request.input) };
    } catch (error) {
      return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  })().then((reply) => {
    process.send!({ id: request.id, ...reply });
  });
});
process.on('disconnect', () => process.exit(0));
