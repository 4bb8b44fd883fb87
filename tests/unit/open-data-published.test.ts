/**
 * The open-data files as published (`lib/open-data/published.ts`): the dev server's two routes
 * (`/du-lieu/[name].csv`, `[name].json`) between them serve every published file once, at the
 * address the `/du-lieu/` page links.
 */
import { describe, expect, it } from 'vitest';
import { openDataPaths, PUBLISHED_FILES } from '../../src/lib/open-data/published.ts';

describe('openDataPaths', () => {
  it('gives each route the files of its extension, named without it', () => {
    const csv = openDataPaths('csv');
    const json = openDataPaths('json');
    expect(csv.map((p) => `${p.params.name}.csv`)).toEqual(csv.map((p) => p.props.file));
    expect(json.map((p) => `${p.params.name}.json`)).toEqual(json.map((p) => p.props.file));
    expect(json.map((p) => p.params.name)).toContain('datapackage');
    expect([...csv, ...json].map((p) => p.props.file).sort()).toEqual(
      PUBLISHED_FILES.map((f) => f.name).sort(),
    );
  });
});
