/**
 * A catalogue as scripts and build integrations read it from disk: validated entries with their
 * file paths. The type alone, so that the reader and the checks it runs import it from below.
 */
import type { FairData } from '../../schemas/fair.ts';
import type { ProducerData } from '../../schemas/producer.ts';
import type { ProductData } from '../../schemas/product.ts';
import type { SalesPointData } from '../../schemas/sales-point.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface Catalogue {
  products: Entry<ProductData>[];
  producers: Entry<ProducerData>[];
  salesPoints: Entry<SalesPointData>[];
  fairs?: Entry<FairData>[];
}
