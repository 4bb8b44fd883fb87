/**
 * The open-data CSV files on the dev server (`/du-lieu/[name].csv`), injected by
 * `src/integrations/open-data.ts` for `astro dev` only: a build writes them from its background
 * step (`files-task.ts`). See `endpoint.ts`.
 */
import { openDataEndpoint } from './endpoint.ts';
import { openDataPaths } from './published.ts';

export const getStaticPaths = () => openDataPaths('csv');
export const GET = openDataEndpoint;
