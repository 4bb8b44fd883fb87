/**
 * Fairs tell the truth about their booths' certificates: on each fair page and print kit, the
 * products whose certificate is expired or revoked on the build day, or runs out before the
 * fair ends, are listed by booth and name — exactly those, worked out here from the content
 * files — and the kit no longer offers "posters for N products" as if all were fine. Each
 * booth card shows its stars with the status in words, re-checked on the day it is read.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  expectedState,
  formatViDate,
  validUntil,
  vietnamTime,
  type Certification,
  type CertificateState,
} from './support/catalogue.ts';
import { fairProducts, fairs, type FairEntry, type FairProduct } from './support/fairs.ts';

test.use({ serviceWorkers: 'block' });

type Flag = 'revoked' | 'expired' | 'expires-before-end';

/** The certification in force on a day: the latest decided on or before it. */
function inForce(product: FairProduct, day: string): Certification {
  const decided = product.certifications
    .filter((c) => c.decisionDate <= day)
    .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
  return decided.at(-1)!;
}

function expectedFlags(fair: FairEntry, day: string) {
  const bySlug = new Map(fairProducts(fair).map((p) => [p.slug, p]));
  return fair.booths.flatMap((booth) =>
    booth.products.flatMap((slug) => {
      const cert = inForce(bySlug.get(slug)!, day);
      const state = expectedState(cert, day);
      const until = validUntil(cert.decisionDate);
      const flag: Flag | undefined =
        state === 'revoked' || state === 'expired'
          ? state
          : until < fair.endDate
            ? 'expires-before-end'
            : undefined;
      return flag ? [{ booth: booth.number, slug, flag, state, until, stars: cert.stars }] : [];
    }),
  );
}

const phraseVi: Record<CertificateState, (until: string) => string> = {
  valid: (d) => `Còn hiệu lực đến ${formatViDate(d)}`,
  expiring: (d) => `Sắp hết hạn: hiệu lực đến ${formatViDate(d)}`,
  expired: (d) => `Đã hết hạn ngày ${formatViDate(d)}`,
  revoked: () => 'Chứng nhận đã bị thu hồi',
};

/** The build day the page says its flags are for (and OCOP_TODAY, when the build was pinned). */
async function asOf(page: Page): Promise<string> {
  const day = await page.locator('[data-fair-flags]').getAttribute('data-as-of');
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (process.env['OCOP_TODAY']) expect(day).toBe(process.env['OCOP_TODAY']);
  return day!;
}

/** The build day, read from the first fair page with flags. */
async function buildDay(page: Page): Promise<string> {
  for (const fair of fairs()) {
    await page.goto(`/hoi-cho/${fair.slug}/`);
    if ((await page.locator('[data-fair-flags]').count()) > 0) return asOf(page);
  }
  throw new Error('no sample fair has flagged products: add one (docs/fairs.md)');
}

const listed = (page: Page) =>
  page
    .locator('[data-fair-flags] [data-flag-product]')
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-flag-booth'),
        e.getAttribute('data-flag-product'),
        e.getAttribute('data-flag'),
      ]),
    );

/** The sample fair with the most flagged products (the Vĩnh Long sample: all expired but one). */
function mostFlagged(day: string): FairEntry {
  return fairs().reduce((a, b) =>
    expectedFlags(b, day).length > expectedFlags(a, day).length ? b : a,
  );
}

test('a fair page flags its expired, revoked and lapsing booth products, by booth and name', async ({
  page,
}) => {
  // Every sample fair's page: the list is exactly what the content says for the build day.
  let day = '';
  for (const fair of fairs()) {
    await page.goto(`/hoi-cho/${fair.slug}/`);
    const flags = page.locator('[data-fair-flags]');
    if ((await flags.count()) === 0) {
      expect(expectedFlags(fair, day || new Date().toISOString().slice(0, 10))).toEqual([]);
      continue;
    }
    day = await asOf(page);
    const expected = expectedFlags(fair, day);
    expect(await listed(page), fair.slug).toEqual(expected.map((f) => [f.booth, f.slug, f.flag]));
    await expect(flags.getByRole('heading', { name: 'Chứng nhận cần lưu ý' })).toBeVisible();
    await expect(flags).toContainText(`Tính đến ngày ${formatViDate(day)}:`);
  }
  expect(day, 'a sample fair with flagged products').not.toBe('');

  const fair = mostFlagged(day);
  const expected = expectedFlags(fair, day);
  expect(expected.some((f) => f.flag === 'expired')).toBe(true);
  await page.clock.setFixedTime(vietnamTime(day));
  await page.goto(`/hoi-cho/${fair.slug}/`);
  const expired = expected.filter((f) => f.flag === 'expired').length;
  await expect(page.locator('[data-fair-flags]')).toContainText(
    `${expired} sản phẩm đã hết hạn chứng nhận`,
  );

  // Each flagged product's line and card say why, in words, beside the stars.
  for (const f of expected) {
    const line = page.locator(`[data-fair-flags] [data-flag-product="${f.slug}"]`);
    await expect(line).toContainText(`Gian ${f.booth}`);
    await expect(line).toContainText(`OCOP ${f.stars} sao`);
    await expect(line).toContainText(phraseVi[f.state](f.until));
    const card = page.locator(`[data-fair-item] [data-product="${f.slug}"]`);
    await expect(card.locator('[data-stars-phrase]')).toHaveText(`OCOP ${f.stars} sao`);
    await expect(card.locator('[data-cert-status]')).toHaveAttribute('data-state', f.state);
    await expect(card.locator('[data-cert-status] [data-label]:visible')).toHaveText(
      phraseVi[f.state](f.until),
    );
    await expect(card.locator('[data-expires-before-end]')).toHaveCount(
      f.flag === 'expires-before-end' ? 1 : 0,
    );
  }
  const lapsing = expected.find((f) => f.flag === 'expires-before-end');
  if (lapsing) {
    await expect(
      page.locator(`[data-product="${lapsing.slug}"] [data-expires-before-end]`),
    ).toHaveText(`⚠ Hết hạn trước khi hội chợ kết thúc (${formatViDate(fair.endDate)})`);
  }

  // Every card, flagged or not, has its stars and its status in words.
  const cards = page.locator('[data-fair-item]');
  const n = await cards.count();
  expect(n).toBe(fairProducts(fair).length);
  for (let i = 0; i < n; i++) {
    await expect(cards.nth(i).locator('[data-stars-phrase]')).toHaveText(/^OCOP [345] sao$/);
    await expect(cards.nth(i).locator('[data-cert-status] [data-label]:visible')).toHaveText(
      /^(Còn hiệu lực đến|Sắp hết hạn: hiệu lực đến|Đã hết hạn ngày) \d{1,2}\/\d{1,2}\/\d{4}$|^Chứng nhận đã bị thu hồi$/,
    );
  }
});

test('read a year later, the cards say expired without a rebuild', async ({ page }) => {
  const fair = fairs().find((f) => fairProducts(f).length > 0)!;
  await page.goto(`/hoi-cho/${fair.slug}/`);
  const later = new Date(Date.now() + 4 * 366 * 86_400_000);
  await page.clock.setFixedTime(later);
  await page.reload();
  const statuses = page.locator('[data-fair-item] [data-cert-status]');
  const states = await statuses.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  // Four years on, every certificate of the build has run out (36 months) or was revoked.
  expect(states.every((s) => s === 'expired' || s === 'revoked')).toBe(true);
  await expect(
    page.locator('[data-fair-item] [data-cert-status] [data-label]:visible').first(),
  ).toHaveText(/^Đã hết hạn ngày |^Chứng nhận đã bị thu hồi$/);
});

test('the print kit says how many products need checking, names them, and offers the rest apart', async ({
  page,
}) => {
  const day = await buildDay(page);
  const fair = mostFlagged(day);
  const expected = expectedFlags(fair, day);
  const all = fairProducts(fair);
  const flagged = new Set(expected.map((f) => f.slug));
  const fine = all.filter((p) => !flagged.has(p.slug)).map((p) => p.code);

  await page.goto(`/hoi-cho/${fair.slug}/bo-in/`);
  expect(await listed(page)).toEqual(expected.map((f) => [f.booth, f.slug, f.flag]));
  const posters = page.locator('[data-kit-link="posters"]');
  await expect(posters).toHaveText(
    `Áp phích A4 cho cả ${all.length} sản phẩm, kể cả ${expected.length} sản phẩm cần lưu ý`,
  );
  await expect(page.locator('[data-kit-link="labels"]')).toHaveText(
    `Tờ nhãn QR cho cả ${all.length} sản phẩm, kể cả ${expected.length} sản phẩm cần lưu ý`,
  );
  await expect(page.locator('main')).not.toContainText(`Áp phích A4 cho ${all.length} sản phẩm`);
  if (fine.length > 0) {
    await expect(page.locator('[data-kit-link="posters-in-force"]')).toHaveAttribute(
      'href',
      `/in/ap-phich/?sp=${fine.join(',')}`,
    );
    await expect(page.locator('[data-kit-link="posters-in-force"]')).toHaveText(
      `Áp phích A4 cho ${fine.length} sản phẩm còn hiệu lực đến hết hội chợ`,
    );
    await expect(page.locator('[data-kit-link="labels-in-force"]')).toHaveAttribute(
      'href',
      `/in/nhan/?sp=${fine.join(',')}`,
    );
  } else {
    await expect(page.locator('[data-kit-link="posters-in-force"]')).toHaveCount(0);
    await expect(page.locator('[data-kit-none-in-force]')).toBeVisible();
  }

  // Printed, the sheet alone: the flags are for the organisers' screen.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-fair-flags]')).toBeHidden();
});

test('English: the flags and the status words in English', async ({ page }) => {
  const day = await buildDay(page);
  const fair = mostFlagged(day);
  const expected = expectedFlags(fair, day);
  await page.clock.setFixedTime(vietnamTime(day));
  await page.goto(`/en/hoi-cho/${fair.slug}/`);
  expect(await listed(page)).toEqual(expected.map((f) => [f.booth, f.slug, f.flag]));
  await expect(page.locator('[data-fair-flags] h2')).toHaveText('⚠ Certificates to check');
  const first = expected[0]!;
  const card = page.locator(`[data-fair-item] [data-product="${first.slug}"]`);
  await expect(card.locator('[data-stars-phrase]')).toHaveText(`OCOP ${first.stars} stars`);
  await expect(card.locator('[data-cert-status] [data-label]:visible')).toHaveText(
    first.state === 'revoked' ? 'Certificate revoked' : /^(Expired on|Expiring soon|Valid until)/,
  );
  await page.goto(`/en/hoi-cho/${fair.slug}/bo-in/`);
  await expect(page.locator('[data-kit-link="posters"]')).toContainText(
    `including the ${expected.length} to check`,
  );
});
