/**
 * The open-data JSON files and the Data Package on the dev server (`/du-lieu/[name].json`), injected by
 * `src/integrations/open-data.ts` for `astro dev` only: a build writes them from its background
 * step (`files-task.ts`). See `endpoint.ts`.
 */
import { openDataEndpoint } from './endpoint.ts';
import { openDataPaths } from './published.ts';

export const getStaticPaths = () => openDataPaths('json');
export const GET = openDataEndpoint;
