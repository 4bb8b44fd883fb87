/**
 * The child process of `background.ts`: imports the task module it is sent, runs it once and
 * sends back the result (or the error), then ends.
 */
import type { BackgroundReply } from './background.ts';

process.once('message', (message: { task: string; input: unknown }) => {
  void (async (): Promise<BackgroundReply<unknown>> => {
    try {
      const task = (await import(message.task)) as { run: (input: unknown) => unknown };
      return { result: await task.run(message.input) };
    } catch (error) {
      return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  })().then((reply) => {
    process.send!(reply);
  });
});
process.on('disconnect', () => process.exit(0));
