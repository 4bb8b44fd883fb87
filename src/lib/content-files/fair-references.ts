/**
 * Fairs name producers and products: each must exist, and a producer's booth shows only that
 * producer's products (a shared booth, with a `label` and no `producer`, may mix them).
 * The same rules run in the build (`lib/catalogue/fairs.ts`).
 */
import type { ContentProblem } from './errors.ts';
import type { Catalogue } from './catalogue.ts';

export function checkFairReferences(catalogue: Catalogue): ContentProblem[] {
  const producers = new Set(catalogue.producers.map((p) => p.id));
  const producerOf = new Map(catalogue.products.map((p) => [p.id, p.data.producer]));
  const problems: ContentProblem[] = [];
  for (const fair of catalogue.fairs ?? []) {
    fair.data.booths.forEach((booth, i) => {
      if (booth.producer !== undefined && !producers.has(booth.producer)) {
        problems.push({
          file: fair.file,
          field: `booths[${i}].producer`,
          message: `names producer "${booth.producer}", which has no file in producers/`,
        });
      }
      booth.products.forEach((product, j) => {
        const field = `booths[${i}].products[${j}]`;
        const maker = producerOf.get(product);
        if (maker === undefined) {
          problems.push({
            file: fair.file,
            field,
            message: `names product "${product}", which has no file in products/`,
          });
        } else if (booth.producer !== undefined && maker !== booth.producer) {
          problems.push({
            file: fair.file,
            field,
            message: `"${product}" is made by "${maker}", not by this booth's producer "${booth.producer}" (a shared booth has a label and no producer)`,
          });
        }
      });
    });
  }
  return problems;
}
