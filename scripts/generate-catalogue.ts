/**
 * `npm run generate -- [--products N] [--producers N] [--sales-points N] [--seed N] [--out DIR]
 * [--images N]`: writes a seeded, realistic OCOP catalogue in the format of `content/`, for
 * scale tests and benchmarks. Same arguments → byte-identical files. Every record is marked
 * `provenance.invented: ["generated"]`.
 */
import { performance } from 'node:perf_hooks';
import { generateCatalogue } from './lib/generator/catalogue.ts';
import { GeneratorError } from './lib/generator/errors.ts';
import { USAGE, parseCliArguments } from './lib/generator/options.ts';
import { writeCatalogue } from './lib/generator/writer.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseCliArguments(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const catalogue = generateCatalogue(options);
  const { files, bytes, written, removed } = await writeCatalogue(catalogue, options.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (bytes / 1_048_576).toFixed(1);
  console.log(
    `Generated ${catalogue.products.length} products, ${catalogue.producers.length} producers, ` +
      `${catalogue.salesPoints.length} sales points, ${catalogue.images.length} images ` +
      `(seed ${options.seed}) in ${options.out}: ${files} files, ${megabytes} MB ` +
      `(${written} written, ${files - written} unchanged, ${removed} removed), ${seconds} s`,
  );
}

try {
  await main();
} catch (error) {
  if (error instanceof GeneratorError) {
    console.error(`generate-catalogue: ${error.message}`);
    if (error.name === 'InvalidOptionsError') console.error(`\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
