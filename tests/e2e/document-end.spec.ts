/**
 * Nothing after `</html>` on any page of the build: a `<script>` placed after the layout in a
 * page component is written there (twelve shortlist, print and fair-kit pages had one).
 */
import { expect, test } from '@playwright/test';
import { pagesWithContentAfterEnd } from '../../scripts/lib/document-end.ts';
import { DIST } from './support/catalogue.ts';

test('no page in dist/ has anything but white space or comments after </html>', () => {
  const { pages, stray } = pagesWithContentAfterEnd(DIST);
  expect(pages, 'HTML pages in dist/').toBeGreaterThan(10);
  expect(stray.map((s) => `${s.page}: ${s.after}`)).toEqual([]);
});
