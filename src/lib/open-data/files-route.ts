/**
 * The open-data files on the dev server (`/du-lieu/[file]`), injected by
 * `src/integrations/open-data.ts` for `astro dev` only: a build writes them from its background
 * step (`files-task.ts`). See `endpoint.ts`.
 */
import { openDataEndpoint, openDataPaths } from './endpoint.ts';

export const getStaticPaths = openDataPaths;
export const GET = openDataEndpoint;
