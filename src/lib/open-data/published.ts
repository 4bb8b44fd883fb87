/**
 * The open-data files as published under `/du-lieu/`: each file's name, which of the made
 * files it is (`openDataFiles`), its type and the set whose rows it holds. Shared by the
 * background step that writes them (`files-task.ts`) and the dev server's routes
 * (`files-route-*.ts`, `endpoint.ts`).
 */
import { DATA_SETS, OPEN_DATA_FILES, type DataSet } from './columns.ts';
import type { OpenDataFiles } from './rows.ts';

export type ContentType = 'text/csv' | 'application/json';

/** The Data Package's name under `/du-lieu/`. */
export const DATAPACKAGE_FILE = 'datapackage.json';

export interface PublishedFile {
  /** Its name under `/du-lieu/`. */
  name: string;
  pick: (files: OpenDataFiles) => string;
  type: ContentType;
  /** The set whose rows the file holds; none for the Data Package, which describes all. */
  set?: DataSet;
}

export const PUBLISHED_FILES: readonly PublishedFile[] = [
  ...DATA_SETS.flatMap((set) => [
    {
      name: OPEN_DATA_FILES[set].csv.split('/').pop()!,
      pick: (files: OpenDataFiles) => files[set].csv,
      type: 'text/csv' as const,
      set,
    },
    {
      name: OPEN_DATA_FILES[set].json.split('/').pop()!,
      pick: (files: OpenDataFiles) => files[set].json,
      type: 'application/json' as const,
      set,
    },
  ]),
  { name: DATAPACKAGE_FILE, pick: (files) => files.datapackage, type: 'application/json' },
];

/**
 * The files of one extension, for a route `/du-lieu/[name].csv` or `[name].json`: a pattern
 * that ends in the extension is a file to Astro, served without the trailing slash the site's
 * pages take — the address the `/du-lieu/` page links.
 */
export function openDataPaths(extension: 'csv' | 'json') {
  return PUBLISHED_FILES.filter(({ name }) => name.endsWith(`.${extension}`)).map(({ name }) => ({
    params: { name: name.slice(0, -extension.length - 1) },
    props: { file: name },
  }));
}
