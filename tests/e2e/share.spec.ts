/**
 * Sharing: the share buttons on product and producer pages (Facebook link, copy link, copy for
 * Zalo, Web Share where the browser has it), and the producer share kit (files, captions,
 * badge embed code). `navigator.share` is stubbed where a test needs the browser to have it:
 * desktop Chromium on Linux has no Web Share API.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '../../src/lib/i18n/format.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  addDays,
  currentCertification,
  expectedState,
  formatViDate,
  pick,
  producers,
  products,
  validUntil,
  vietnamTime,
  type ProductEntry,
} from './support/catalogue.ts';

type Coded = ProductEntry & { code: string };
const coded = () => products() as Coded[];

const product = () => pick(coded(), 'product', () => true);

/** Today in Vietnam (UTC+7): the day of the build under test, but for a build made yesterday. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const stateOf = (p: ProductEntry, day = today()) => expectedState(currentCertification(p), day);

/** The producer whose products show the most different statuses, then the most products. */
function kitProducer() {
  const built = new Set(producers().map((p) => p.slug));
  const score = new Map<string, { states: Set<string>; n: number }>();
  for (const p of products()) {
    if (!built.has(p.producer)) continue;
    const s = score.get(p.producer) ?? { states: new Set<string>(), n: 0 };
    s.states.add(stateOf(p));
    s.n += 1;
    score.set(p.producer, s);
  }
  const [slug] = [...score.entries()].sort(
    ([, a], [, b]) => b.states.size - a.states.size || b.n - a.n,
  )[0] ?? [undefined];
  return pick(producers(), 'producer with products', (p) => p.slug === slug);
}

const canonicalOf = async (page: Page) => {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(href).toMatch(/^https?:\/\/[^/]+\//);
  return href!;
};

/** Hides the Web Share API, so the test does not depend on the browser build. */
const withoutWebShare = (page: Page) =>
  page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
    delete (navigator as { share?: unknown }).share;
  });

test.describe('share buttons', () => {
  for (const [label, path] of [
    ['product page', (p: Coded) => `/san-pham/${p.slug}/`],
    ['English product page', (p: Coded) => `/en/san-pham/${p.slug}/`],
    ['producer page', (p: Coded) => `/chu-the/${p.producer}/`],
  ] as const) {
    test(`${label}: Facebook link shares the canonical URL, encoded`, async ({ page }) => {
      const p = product();
      await page.goto(path(p));
      const canonical = await canonicalOf(page);
      expect(new URL(canonical).pathname).toBe(path(p));
      const share = page.locator('[data-share-buttons]');
      const facebook = share.locator('a[data-share-facebook]');
      await expect(facebook).toHaveAttribute(
        'href',
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`,
      );
      await expect(facebook).toHaveAttribute('target', '_blank');
      await expect(facebook).toHaveAttribute('rel', /noopener/);
      await expect(share.locator('input[data-share-url]')).toHaveValue(canonical);
    });
  }

  test.describe('clipboard', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('copy link puts the canonical URL on the clipboard and says "Đã sao chép"', async ({
      page,
    }) => {
      const p = product();
      await page.goto(`/san-pham/${p.slug}/`);
      const canonical = await canonicalOf(page);
      const share = page.locator('[data-share-buttons]');
      await share.getByRole('button', { name: 'Sao chép liên kết' }).click();
      await expect(share.getByRole('status')).toHaveText('Đã sao chép');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    });

    test('copy for Zalo copies a short message (name, stars with status, link), unlike copy link', async ({
      page,
    }) => {
      const p = product();
      await page.goto(`/en/san-pham/${p.slug}/`);
      const canonical = await canonicalOf(page);
      const share = page.locator('[data-share-buttons]');
      await expect(share.getByText('Zalo has no public share link')).toBeVisible();
      await share.getByRole('button', { name: 'Copy a message for Zalo' }).click();
      await expect(share.getByRole('status')).toHaveText(
        'Message copied (name, stars, certificate status and link). Open Zalo, choose a chat and paste it.',
      );
      const message = await page.evaluate(() => navigator.clipboard.readText());
      const [first, link] = message.split('\n');
      expect(link).toBe(canonical);
      expect(first).toContain(p.nameEn ?? p.name);
      expect(first).toMatch(
        /OCOP [345] stars · (Valid until|Expiring soon|Expired on|Certificate revoked)/,
      );
    });
  });

  test('where the clipboard is refused, the link text is selected and the page says so', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    const p = product();
    await page.goto(`/san-pham/${p.slug}/`);
    const canonical = await canonicalOf(page);
    const share = page.locator('[data-share-buttons]');
    await share.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(share.getByRole('status')).toContainText('hãy sao chép bằng tay');
    const selected = await share
      .locator('input[data-share-url]')
      .evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart!, el.selectionEnd!));
    expect(selected).toBe(canonical);
  });

  test('no Web Share API: the native share button stays hidden', async ({ page }) => {
    await withoutWebShare(page);
    await page.goto(`/san-pham/${product().slug}/`);
    const share = page.locator('[data-share-buttons]');
    await expect(share.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();
    await expect(share.locator('[data-share-native]')).toBeHidden();
  });

  test('with the Web Share API: the button shows and shares title and canonical URL', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    const p = product();
    await page.goto(`/san-pham/${p.slug}/`);
    const canonical = await canonicalOf(page);
    const button = page.locator('[data-share-buttons]').getByRole('button', { name: 'Chia sẻ…' });
    await expect(button).toBeVisible();
    await button.click();
    const calls = await page.evaluate(
      () => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
    );
    // The same title as the page's Open Graph card.
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(calls).toEqual([{ title: ogTitle, url: canonical }]);
    expect(calls[0]!.title).toContain(p.name);
    expect(calls[0]!.title).toContain('OCOP');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the Facebook link and the link text remain; script-only buttons are hidden', async ({
      page,
    }) => {
      await page.goto(`/san-pham/${product().slug}/`);
      const share = page.locator('[data-share-buttons]');
      await expect(share.getByRole('link', { name: /Facebook/ })).toBeVisible();
      await expect(share.locator('input[data-share-url]')).toBeVisible();
      await expect(share.getByRole('button')).toHaveCount(0);
      await expect(share.getByText('Zalo chưa có liên kết')).toBeHidden();
    });
  });
});

test.describe('producer share kit', () => {
  const producer = kitProducer();
  const own = coded().filter((p) => p.producer === producer.slug);

  async function openKit(page: Page) {
    await page.goto(`/chu-the/${producer.slug}/`);
    const kit = page.locator('[data-share-kit]');
    await kit.locator('summary').click();
    await expect(kit.locator('[data-kit-product]').first()).toBeVisible();
    return kit;
  }

  test('lists the producer and each of its products, with the build-day status', async ({
    page,
  }) => {
    const kit = await openKit(page);
    const built = await page.locator('footer time[datetime]').getAttribute('datetime');
    await expect(kit.locator('[data-kit-producer]')).toContainText(producer.name);
    await expect(kit.locator('[data-kit-product]')).toHaveCount(own.length);
    for (const p of own) {
      const item = kit.locator(`[data-kit-product="${p.code}"]`);
      await expect(item).toHaveAttribute(
        'data-state',
        expectedState(currentCertification(p), built!),
      );
    }
  });

  for (const state of ['valid', 'expiring', 'expired', 'revoked'] as const) {
    test(`a ${state} product's caption is honest about its certificate`, async ({ page }) => {
      const p = coded().find((x) => stateOf(x) === state);
      test.skip(!p, `no ${state} product in this build`);
      await page.goto(`/chu-the/${p!.producer}/`);
      const built = (await page.locator('footer time[datetime]').getAttribute('datetime'))!;
      expect(stateOf(p!, built)).toBe(state);
      const origin = new URL(await canonicalOf(page)).origin;
      await page.locator('[data-share-kit] summary').click();
      const cert = currentCertification(p!);
      const until = formatViDate(validUntil(cert.decisionDate));
      const caption = page.locator(`#kit-caption-${p!.code}`);
      await expect(caption).toBeVisible();
      const text = await caption.inputValue();
      expect(text).toContain(p!.name);
      expect(text.endsWith(`Xem và kiểm tra: ${origin}/p/${p!.code}/`)).toBe(true);
      const expected = {
        valid: `Sản phẩm OCOP ${cert.stars} sao ${p!.name} của `,
        expiring: `Chứng nhận còn hiệu lực đến ${until} (sắp hết hạn).`,
        expired: `Chứng nhận OCOP ${cert.stars} sao đã hết hạn ngày ${until}.`,
        revoked: `Chứng nhận OCOP ${cert.stars} sao của sản phẩm này đã bị thu hồi.`,
      }[state];
      expect(text).toContain(expected);
      if (state === 'valid') expect(text).toContain(`Chứng nhận còn hiệu lực đến ${until}.`);
      else if (state !== 'expiring') expect(text).not.toContain('hiệu lực');
      if (state === 'expired' || state === 'revoked') {
        await expect(page.locator(`[data-kit-product="${p!.code}"]`)).toContainText(
          state === 'expired' ? 'Chứng nhận đã hết hạn' : 'Chứng nhận đã bị thu hồi',
        );
      }
    });
  }

  test('a caption read after the end date no longer claims validity', async ({ page }) => {
    const p = coded().find((x) => stateOf(x) === 'valid' || stateOf(x) === 'expiring');
    test.skip(!p, 'no valid product in this build');
    const until = validUntil(currentCertification(p!).decisionDate);
    // Built before the end date, read the day after it: the script swaps in the honest text.
    await page.clock.setFixedTime(vietnamTime(addDays(until, 1)));
    await page.goto(`/chu-the/${p!.producer}/`);
    await page.locator('[data-share-kit] summary').click();
    const caption = page.locator(`#kit-caption-${p!.code}`);
    await expect(caption).toHaveValue(new RegExp(`đã hết hạn ngày ${formatViDate(until)}`));
    expect(await caption.inputValue()).not.toContain('còn hiệu lực');
    // The page's own status badge agrees.
    await expect(
      page.locator(`[data-kit-product="${p!.code}"] [data-cert-status]`),
    ).toHaveAttribute('data-state', 'expired');
  });

  test.describe('copying', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('copy buttons copy the caption and the embed code', async ({ page }) => {
      const kit = await openKit(page);
      const p = own[0]!;
      const item = kit.locator(`[data-kit-product="${p.code}"]`);
      await item.getByRole('button', { name: 'Sao chép lời giới thiệu' }).click();
      await expect(item.locator(`#kit-caption-${p.code}-status`)).toHaveText('Đã sao chép');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await item.locator(`#kit-caption-${p.code}`).inputValue(),
      );
      await item.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
      await expect(item.locator(`#kit-embed-${p.code}-status`)).toHaveText('Đã sao chép');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        /^<a href="[^"]+"><img src="[^"]+huy-hieu\.svg"/,
      );
    });
  });

  test('the embed code links the live badge to the check page, with a lasting alt text', async ({
    page,
    request,
  }) => {
    const kit = await openKit(page);
    const origin = new URL(await canonicalOf(page)).origin;
    for (const p of own) {
      const html = await kit.locator(`#kit-embed-${p.code}`).inputValue();
      const parsed = await page.evaluate((code) => {
        const doc = new DOMParser().parseFromString(code, 'text/html');
        const a = doc.querySelector('a');
        const img = doc.querySelector('a > img');
        return {
          href: a?.getAttribute('href'),
          src: img?.getAttribute('src'),
          alt: img?.getAttribute('alt'),
          width: img?.getAttribute('width'),
          height: img?.getAttribute('height'),
        };
      }, html);
      expect(parsed).toEqual({
        href: `${origin}/p/${p.code}/`,
        src: `${origin}/p/${p.code}/huy-hieu.svg`,
        alt: `Chứng nhận OCOP của ${p.name}: bấm để xem tình trạng hiện tại`,
        width: '240',
        height: '64',
      });
      expect(parsed.alt).not.toMatch(/\d{4}|hết hạn|thu hồi/);
      const badge = await request.get(new URL(parsed.src!).pathname);
      expect(badge.status()).toBe(200);
    }
  });

  test('on an English page the kit speaks English: captions, share image, file names, alt text', async ({
    page,
  }) => {
    const { code } = producer as typeof producer & { code: string };
    await page.goto(`/en/chu-the/${producer.slug}/`);
    const origin = new URL(await canonicalOf(page)).origin;
    const kit = page.locator('[data-share-kit]');
    await kit.locator('summary').click();
    const producerCaption = await kit.locator(`#kit-caption-${code}`).inputValue();
    expect(producerCaption.endsWith(`See and check: ${origin}/en/c/${code}/`)).toBe(true);
    for (const p of own) {
      const item = kit.locator(`[data-kit-product="${p.code}"]`);
      const field = item.locator(`#kit-caption-${p.code}`);
      // The caption is English, so not marked as Vietnamese.
      await expect(field).not.toHaveAttribute('lang', 'vi');
      const text = await field.inputValue();
      expect(text.endsWith(`See and check: ${origin}/en/p/${p.code}/`)).toBe(true);
      const cert = currentCertification(p);
      const until = formatDate(validUntil(cert.decisionDate), 'en');
      const state = stateOf(p);
      expect(text).toContain(
        {
          valid: `OCOP ${cert.stars}-star product `,
          expiring: `Certificate valid until ${until} (expiring soon).`,
          expired: `Its OCOP ${cert.stars}-star certificate expired on ${until}.`,
          revoked: `The OCOP ${cert.stars}-star certificate of this product was revoked.`,
        }[state],
      );
      if (state === 'expired' || state === 'revoked') expect(text).not.toMatch(/valid/);
      expect(text).not.toMatch(/Xem và kiểm tra|Sản phẩm OCOP|Chứng nhận/);
      const image = item.locator('a[data-kit-file="share-image"]');
      await expect(image).toHaveAttribute('href', `/og/en/p/${p.code}.jpg`);
      await expect(image).toHaveAttribute('download', `ocop-${p.code}-en.jpg`);
      const embed = await item.locator(`#kit-embed-${p.code}`).inputValue();
      expect(embed).toContain(`href="${origin}/en/p/${p.code}/"`);
      expect(embed).toMatch(/alt="OCOP certificate of [^"]+: click to see its current status"/);
      // The badge itself is the English one: stars and status in English.
      expect(embed).toContain(`src="${origin}/en/p/${p.code}/badge.svg"`);
      await expect(item.locator('a[data-kit-file="badge"]')).toHaveAttribute(
        'href',
        `/en/p/${p.code}/badge.svg`,
      );
      const svg = await (await page.request.get(`/en/p/${p.code}/badge.svg`)).text();
      expect(svg).toContain(`>${cert.stars} stars<`);
      expect(svg).toContain(
        {
          valid: '>Valid until ',
          expiring: '>Expires ',
          expired: '>Expired<',
          revoked: '>Revoked<',
        }[state],
      );
      expect(svg).not.toMatch(/ sao|hiệu lực|hết hạn|thu hồi/);
    }
  });

  test('the embed code works pasted into another site', async ({ page, baseURL }) => {
    const kit = await openKit(page);
    const p = own[0]!;
    const html = await kit.locator(`#kit-embed-${p.code}`).inputValue();
    const origin = new URL(await canonicalOf(page)).origin;
    // The public origin (SITE_URL) is served here by the preview under test.
    await page.context().route(`${origin}/**`, async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${baseURL!}${url.pathname}` }) });
    });
    await page.goto('about:blank');
    await page.setContent(`<!doctype html><title>Cửa hàng</title><p>${html}</p>`);
    const img = page.locator('a > img');
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBe(240);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalHeight)).toBe(64);
    await expect(page.locator('a')).toHaveAttribute('href', `${origin}/p/${p.code}/`);
  });

  test('kit links point at files of the built site', async ({ page, request }) => {
    const kit = await openKit(page);
    const type: Record<string, RegExp> = {
      'qr-svg': /^image\/svg\+xml/,
      'qr-png': /^image\/png/,
      'share-image': /^image\/(png|jpeg)/,
      badge: /^image\/svg\+xml/,
      poster: /^text\/html/,
      posters: /^text\/html/,
    };
    const links = await kit
      .locator('a[data-kit-file]')
      .evaluateAll((as) =>
        as.map((a) => ({ kind: a.getAttribute('data-kit-file')!, href: a.getAttribute('href')! })),
      );
    expect(links.filter((l) => l.kind === 'badge')).toHaveLength(own.length);
    for (const { kind, href } of links) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toMatch(type[kind]!);
      if (kind === 'badge') {
        // The badge says what the page says (both as of the build day).
        const code = href.split('/')[2]!;
        const state = await kit.locator(`[data-kit-product="${code}"]`).getAttribute('data-state');
        expect(await res.text()).toContain(`data-state="${state}"`);
      }
    }
  });

  test('accessibility: producer page with the kit open', async ({ page }) => {
    await openKit(page);
    await expectNoSeriousViolations(page, `/chu-the/${producer.slug}/ with the share kit open`);
  });
});

test('accessibility: product page share buttons', async ({ page }) => {
  await page.goto(`/san-pham/${product().slug}/`);
  await expect(page.locator('[data-share-buttons]')).toBeVisible();
  await expectNoSeriousViolations(page, 'product page with share buttons');
});
