/**
 * A render process (forked by `pool.ts`): draws the cards it is sent and writes each into the
 * cache (a temporary name, then renamed, so a half-written card is never found).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { RenderTask, RenderResult } from './pool.ts';
import { renderShareCard } from './card-image.ts';

// Two processes on two cores: one libvips thread each.
sharp.concurrency(1);

process.on('message', (task: RenderTask) => {
  void run(task).then((result) => {
    process.send!(result);
  });
});
// The build went away (ended or failed): so does this process.
process.on('disconnect', () => process.exit(0));

async function run(task: RenderTask): Promise<RenderResult> {
  try {
    const started = performance.now();
    const photo = task.photoFile ? await readFile(task.photoFile) : null;
    const { data, missing, stages } = await renderShareCard(task.fields, photo);
    const tmp = `${task.outFile}.${process.pid}-${task.id}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, task.outFile);
    return { id: task.id, ms: performance.now() - started, bytes: data.length, missing, stages };
  } catch (error) {
    return {
      id: task.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
