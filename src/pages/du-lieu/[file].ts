/** The open-data files and their Data Package: see `lib/open-data/endpoint.ts` and `/du-lieu/`. */
import { openDataEndpoint, openDataPaths } from '../../lib/open-data/endpoint.ts';

export const getStaticPaths = openDataPaths;
export const GET = openDataEndpoint;
