/** One open-data file: see `lib/open-data/endpoint.ts` and the page `/du-lieu/`. */
import { openDataEndpoint } from '../../lib/open-data/endpoint.ts';

export const GET = openDataEndpoint((files) => files.salesPoints.csv, 'text/csv');
