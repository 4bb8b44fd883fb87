/**
 * "Near me" on the build wired to Meilisearch: the widget asks the `sales-points` index, sorted
 * by `_geoPoint` from the visitor's position, and filtered by province when one is chosen.
 */
import { test } from './support/meilisearch-fixtures.ts';
import { checkNearMe, HANOI } from './support/nearby.ts';

test.use({ geolocation: HANOI, permissions: ['geolocation'] });

test('near me asks Meilisearch for the nearest sales points, then those of a province', async ({
  page,
}) => {
  await checkNearMe(page, 'meilisearch');
});
