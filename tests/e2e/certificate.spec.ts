/**
 * The certificate panel: the facts from the latest decision, valid-until 36 months later, and
 * a status badge that the browser recomputes for the day it is read (in Vietnam's time zone).
 * Dates are pinned with Playwright's clock.
 */
import { expect, test, type Page } from '@playwright/test';
import { STATUS_BADGE_TONE } from '../../src/components/ui/status-look.ts';
import {
  addDays,
  statusBoundaryDays,
  currentCertification,
  daysBetween,
  formatViDate,
  hasUnambiguousCurrent,
  isRevoked,
  pick,
  products,
  STATUS_LABEL_VI,
  validUntil,
  vietnamTime,
  type CertificateState,
  type ProductEntry,
} from './support/catalogue.ts';

/** A product that is not revoked, preferably one certified under a former province name. */
function subject(): ProductEntry {
  const candidates = products().filter((p) => !isRevoked(p) && hasUnambiguousCurrent(p));
  return (
    candidates.find((p) => p.certifications.some((c) => c.formerProvince)) ??
    pick(candidates, 'product that is not revoked', () => true)
  );
}

async function expectState(page: Page, state: CertificateState) {
  const badge = page.locator('[data-certificate-panel] [data-cert-status]');
  await expect(badge).toHaveAttribute('data-state', state);
  // The tone follows the state: the script has the tones, the badge does not carry them.
  for (const [toned, tone] of Object.entries(STATUS_BADGE_TONE))
    for (const name of tone.split(' ')) {
      const owns = new RegExp(`(^|\\s)${name}(\\s|$)`);
      if (toned === state) await expect(badge).toHaveClass(owns);
      else await expect(badge).not.toHaveClass(owns);
    }
  await expect(badge.locator(`[data-label="${state}"]`)).toBeVisible();
  await expect(badge.locator(`[data-label="${state}"]`)).toHaveText(STATUS_LABEL_VI[state]);
  await expect(badge.locator('[data-label]:visible')).toHaveCount(1);
}

test('the panel shows the latest decision, its issuer, date and valid-until + 36 months', async ({
  page,
}) => {
  const product = subject();
  const cert = currentCertification(product);
  const until = validUntil(cert.decisionDate);

  await page.goto(`/san-pham/${product.slug}/`);
  const panel = page.locator('[data-certificate-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-field="decision"]')).toHaveText(cert.decision);
  await expect(panel.locator('[data-field="issuer"]')).toHaveText(cert.issuer);
  await expect(panel.locator('[data-field="decision-date"]')).toHaveText(
    formatViDate(cert.decisionDate),
  );
  await expect(panel.locator('[data-field="decision-date"] time')).toHaveAttribute(
    'datetime',
    cert.decisionDate,
  );
  await expect(panel.locator('[data-field="valid-until"]')).toHaveText(formatViDate(until));
  await expect(panel.locator('[data-field="valid-until"] time')).toHaveAttribute('datetime', until);
  await expect(panel.locator('[data-cert-status]')).toHaveAttribute(
    'data-decision-date',
    cert.decisionDate,
  );
});

test.describe('status badge on fixed dates', () => {
  const product = subject();
  const until = validUntil(currentCertification(product).decisionDate);
  const cases = statusBoundaryDays(until);
  for (const [when, day, state] of cases) {
    test(`${when} (${day}) it reads "${state}"`, async ({ page }) => {
      await page.clock.setFixedTime(vietnamTime(day));
      await page.goto(`/san-pham/${product.slug}/`);
      await expectState(page, state);
      await expect(page.locator('[data-status-date]')).toContainText(formatViDate(day));
      const daysLeft = page.locator('[data-certificate-panel] [data-days-left]');
      if (state === 'expiring') {
        await expect(daysLeft).toBeVisible();
        await expect(daysLeft).toHaveText(`(còn ${daysBetween(day, until)} ngày)`);
      } else {
        await expect(daysLeft).toBeHidden();
      }
    });
  }
});

test.describe('status badge uses the date in Vietnam, not the browser’s zone', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });
  const product = subject();
  const until = validUntil(currentCertification(product).decisionDate);

  test('late on the valid-until day in Vietnam it is still "expiring"', async ({ page }) => {
    await page.clock.setFixedTime(vietnamTime(until, '23:30'));
    await page.goto(`/san-pham/${product.slug}/`);
    await expectState(page, 'expiring');
  });

  test('just after midnight in Vietnam (still the day before in Los Angeles) it is "expired"', async ({
    page,
  }) => {
    await page.clock.setFixedTime(vietnamTime(addDays(until, 1), '00:30'));
    await page.goto(`/san-pham/${product.slug}/`);
    await expectState(page, 'expired');
  });
});

test.describe('a revoked certificate', () => {
  const revoked = products().find((p) => isRevoked(p) && hasUnambiguousCurrent(p));

  test('reads "revoked" whatever the date, with no valid-until', async ({ page }) => {
    test.skip(!revoked, 'the built catalogue has no product whose latest decision is a revocation');
    const cert = currentCertification(revoked!);
    const until = validUntil(cert.decisionDate);
    for (const day of [addDays(until, -100), until, addDays(until, 1), cert.decisionDate]) {
      await page.clock.setFixedTime(vietnamTime(day));
      await page.goto(`/san-pham/${revoked!.slug}/`);
      await expectState(page, 'revoked');
    }
    const panel = page.locator('[data-certificate-panel]');
    await expect(panel.locator('[data-field="decision"]')).toHaveText(cert.decision);
    await expect(panel.locator('[data-field="valid-until"]')).toHaveCount(0);
  });

  test('is not listed on its province page', async ({ page }) => {
    test.skip(!revoked, 'the built catalogue has no product whose latest decision is a revocation');
    await page.goto(`/tinh/${revoked!.province}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`article[data-product="${revoked!.slug}"]`)).toHaveCount(0);
  });
});
