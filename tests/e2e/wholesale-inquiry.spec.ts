/**
 * The wholesale inquiry (`/hoi-gia-si/`) in a real browser against the built site: a shortlist
 * of products from two producers gives two requests; the buyer's details and quantities are
 * kept in this browser; each channel's link is exactly the message the pure module writes
 * (and says what an inquiry must say); the printed PDF (A4, read back with pdfjs) holds the
 * reference, the buyer, products, quantities, tiers and statuses, and an expired product is
 * never plain "OCOP". Subjects come from the build's ordering data; the day is pinned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { allowedNames } from '../../src/lib/english-check/allowed-names.ts';
import { findVietnamese } from '../../src/lib/english-check/vietnamese-text.ts';
import { mailtoLink, smsLink, telLink, zaloLink } from '../../src/lib/order/channels.ts';
import { groupInquiry, packKey, type InquiryBuyer } from '../../src/lib/order/inquiry.ts';
import { inquiryMessage, inquirySubject } from '../../src/lib/order/inquiry-message.ts';
import type { OrderOffer, OrderProducer, OrderProduct } from '../../src/lib/order/types.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { CONTENT, DIST } from './support/catalogue.ts';

const TODAY = '2026-12-06';
const NOW = new Date(`${TODAY}T09:00:00+07:00`);

function readShards<T>(prefix: string): Map<string, T> {
  const dir = join(DIST, 'du-lieu', 'dat-hang');
  const all = new Map<string, T>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.json')))
    for (const [code, item] of Object.entries(
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, T>,
    ))
      all.set(code, item);
  return all;
}

const products = readShards<OrderProduct>('p-');
const producers = readShards<OrderProducer>('c-');
const mobile = (s?: string) => Boolean(s && /^0[35789]\d{8}$/.test(s));
const reachable = (p: OrderProducer | undefined): p is OrderProducer =>
  Boolean(p && mobile(p.zalo) && mobile(p.phone) && p.email);
const tiered = (p: OrderProduct) => p.offers.find((o) => o.wholesale.length > 0);

/** A product in force (more than 90 days left) with tiers, and an expired one of another producer. */
function subjects() {
  const all = [...products.values()];
  const valid = all.find(
    (p) =>
      !p.revoked &&
      p.validUntil > '2027-06-01' &&
      tiered(p) &&
      reachable(producers.get(p.producer)),
  );
  const expired = all.find(
    (p) =>
      !p.revoked &&
      p.validUntil < TODAY &&
      valid &&
      p.producer !== valid.producer &&
      reachable(producers.get(p.producer)),
  );
  if (!valid || !expired) throw new Error('The build needs a valid tiered and an expired product');
  return { valid, expired, offer: tiered(valid)! };
}

const buyer: InquiryBuyer = {
  business: 'Siêu thị Xanh Hà Đông',
  contact: 'Trần Thị Lan',
  phone: '0912 345 678',
  email: 'mua-hang@sieuthixanh.example',
  province: 'Hà Nội',
  wantedBy: '2027-01-15',
  note: 'Giao giờ hành chính',
};

async function open(page: Page, url: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(url);
  await expect(page.locator('[data-inquiry][data-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

async function fillBuyer(page: Page) {
  await page.getByLabel('Tên doanh nghiệp / cửa hàng').fill(buyer.business);
  await page.getByLabel('Người liên hệ').fill(buyer.contact);
  await page.getByLabel('Điện thoại').fill(buyer.phone);
  await page.getByLabel('E-mail (không bắt buộc)').fill(buyer.email);
  await page.getByLabel('Tỉnh, thành nhận hàng').selectOption(buyer.province);
  await page.getByLabel('Cần hàng trước ngày (không bắt buộc)').fill(buyer.wantedBy);
  await page.getByLabel('Ghi chú (không bắt buộc)').fill(buyer.note);
}

const quantityField = (page: Page, product: OrderProduct, offer: OrderOffer) =>
  page.getByRole('spinbutton', {
    name: `Số lượng hỏi: ${offer.pack}, ${product.name}`,
    exact: true,
  });

interface PdfPage {
  widthPt: number;
  heightPt: number;
  text: string;
}

async function pdfPages(page: Page): Promise<PdfPage[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const task = getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const { width, height } = p.getViewport({ scale: 1 });
    const content = await p.getTextContent();
    // Runs of one line come in pieces (each font subset is its own run): joined as they are,
    // lines by a space.
    const text = (content.items as { str?: string; hasEOL?: boolean }[])
      .map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ''}`)
      .join('')
      .replace(/\s+/g, ' ');
    pages.push({ widthPt: width, heightPt: height, text });
  }
  await task.destroy();
  return pages;
}

test.describe('wholesale inquiry from a shortlist of two producers', () => {
  const { valid, expired, offer } = subjects();
  const top = offer.wholesale.toSorted((a, b) => b.minQuantity - a.minQuantity)[0]!;
  const asked = top.minQuantity + 1;
  const url = `/hoi-gia-si/?sp=${valid.code},${expired.code}`;

  test('two groups, exact links per channel, kept in this browser, printed on A4', async ({
    page,
    context,
  }) => {
    await open(page, url);
    const groups = page.locator('[data-group]');
    await expect(groups).toHaveCount(2);
    const [a, b] = [groups.nth(0), groups.nth(1)];
    await expect(a.locator('h2')).toHaveText(producers.get(valid.producer)!.name);
    await expect(b.locator('h2')).toHaveText(producers.get(expired.producer)!.name);
    await expect(page.getByText(/chỉ lưu trên trình duyệt này/)).toBeVisible();

    // Nothing can be sent before the buyer is named and a quantity asked.
    await expect(a.locator('[data-channel="sms"]')).not.toHaveAttribute('href');
    await expect(a.locator('[data-channel="sms"]')).toHaveAttribute('aria-disabled', 'true');
    await expect(a.locator('[data-blocked]')).toContainText('tên doanh nghiệp');

    await fillBuyer(page);
    await quantityField(page, valid, offer).fill(String(asked));
    await quantityField(page, expired, expired.offers[0]!).fill('5');
    await expect(a.locator('[data-blocked]')).toHaveText('');
    await expect(
      a.locator('[data-pack]').filter({ has: quantityField(page, valid, offer) }),
    ).toContainText(`từ ${top.minQuantity}`);

    // The producer's terms and each product's status, in words.
    await expect(b).toContainText('Đã hết hạn ngày');
    await expect(b.locator('[data-product]')).not.toContainText(/OCOP \d sao/);
    await expect(a.locator('[data-product]').first()).toContainText(`OCOP ${valid.stars} sao`);

    // Each link is exactly the message for this group and reference.
    const expected = groupInquiry(
      [valid.code, expired.code],
      { product: (c) => products.get(c), producer: (c) => producers.get(c) },
      {
        [packKey(valid.code, offer.sku)]: asked,
        [packKey(expired.code, expired.offers[0]!.sku)]: 5,
      },
      TODAY,
    ).groups;
    const references: string[] = [];
    for (const [i, section] of [a, b].entries()) {
      const group = expected[i]!;
      const producer = group.producer;
      const ref = (await section.locator('[data-slot="reference"]').textContent()) ?? '';
      expect(ref).toMatch(/^HG[0-9A-HJKMNP-TV-Z]{6}$/);
      references.push(ref);
      const message = inquiryMessage(ref, group, buyer, 'vi');
      await expect(section.locator('[data-channel="sms"]')).toHaveAttribute(
        'href',
        smsLink(producer.phone!, message)!,
      );
      await expect(section.locator('[data-channel="email"]')).toHaveAttribute(
        'href',
        mailtoLink(producer.email!, inquirySubject(ref, group, 'vi'), message),
      );
      await expect(section.locator('[data-channel="call"]')).toHaveAttribute(
        'href',
        telLink(producer.phone!)!,
      );
      await expect(section.locator('[data-channel="zalo"]')).toHaveAttribute(
        'href',
        zaloLink(producer.zalo!)!,
      );
      await expect(section.locator('[data-channel="zalo"]')).toHaveAttribute(
        'href',
        `https://zalo.me/${producer.zalo!}`,
      );
    }
    expect(references[0]).not.toBe(references[1]);

    // What the message says, read from the link itself.
    const sms = (await a.locator('[data-channel="sms"]').getAttribute('href'))!;
    expect(sms.startsWith(`sms:+84${producers.get(valid.producer)!.phone!.slice(1)}?body=`)).toBe(
      true,
    );
    const body = decodeURIComponent(sms.slice(sms.indexOf('?body=') + 6));
    expect(body).toContain(references[0]);
    expect(body).toContain(buyer.business);
    expect(body).toContain(`${valid.code.toUpperCase()}) – ${offer.pack} – số lượng ${asked}`);
    expect(body).toContain(
      `mức sỉ từ ${top.minQuantity}: ${new Intl.NumberFormat('vi-VN').format(top.unitPrice)}\u00a0₫/đv`,
    );
    expect(body).toContain('Giao đến: Hà Nội');
    expect(body).toContain('Cần hàng trước ngày: 15/1/2027');
    expect(body).toContain('Đây là yêu cầu báo giá, chưa phải đơn đặt hàng.');
    const mail = (await b.locator('[data-channel="email"]').getAttribute('href'))!;
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(mail)![1]!);
    expect(subject).toBe(
      `Yêu cầu báo giá sỉ ${references[1]} gửi ${producers.get(expired.producer)!.name}`,
    );
    const mailBody = decodeURIComponent(/body=(.*)$/.exec(mail)![1]!);
    expect(mailBody).toMatch(/Chứng nhận: Đã hết hạn ngày/);
    expect(mailBody).not.toMatch(/OCOP \d sao/);

    // Zalo: the chat opens and the message is on the clipboard to paste.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await context.route('https://zalo.me/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Zalo</title>' }),
    );
    const popup = page.waitForEvent('popup');
    await a.locator('[data-channel="zalo"]').click();
    await (await popup).close();
    await expect(page.locator('[data-message]')).toContainText('Dán vào khung chat Zalo');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      inquiryMessage(references[0]!, expected[0]!, buyer, 'vi'),
    );

    await expectNoSeriousViolations(page, 'the wholesale inquiry page');

    // Kept in this browser: a reload shows the same details, quantities and references.
    await page.reload();
    await expect(page.locator('[data-inquiry][data-ready="true"]')).toBeAttached();
    await expect(page.getByLabel('Tên doanh nghiệp / cửa hàng')).toHaveValue(buyer.business);
    await expect(quantityField(page, valid, offer)).toHaveValue(String(asked));
    await expect(page.locator('[data-group] [data-slot="reference"]').first()).toHaveText(
      references[0]!,
    );

    // Printed: one A4 request per producer, read back from the PDF.
    await page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset['printed'] = 'true';
      };
    });
    await page.getByRole('button', { name: 'In / lưu PDF' }).click();
    await expect(page.locator('html[data-printed="true"]')).toBeAttached();
    const pages = await pdfPages(page);
    expect(pages).toHaveLength(2);
    for (const p of pages) {
      expect(Math.abs(p.widthPt - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.heightPt - 842)).toBeLessThanOrEqual(1);
    }
    const [first, second] = [pages[0]!.text, pages[1]!.text];
    expect(first).toContain(references[0]);
    expect(first).toContain(buyer.business);
    expect(first).toContain(valid.name);
    expect(first).toMatch(new RegExp(`(^|\\s)${asked}(\\s|$)`));
    expect(first).toContain(
      `từ ${top.minQuantity}: ${new Intl.NumberFormat('vi-VN').format(top.unitPrice)} ₫`,
    );
    expect(first).toContain('Còn hiệu lực đến');
    expect(first).toContain('yêu cầu báo giá, chưa phải đơn đặt hàng');
    expect(second).toContain(references[1]);
    expect(second).toContain(buyer.business);
    expect(second).toContain(expired.name);
    expect(second).toContain('Đã hết hạn ngày');
    expect(second).not.toMatch(/OCOP \d sao/);
  });

  test('the shortlist and the producer page link to it', async ({ page }) => {
    await page.goto(`/danh-sach/?sp=${valid.code},${expired.code}`);
    await expect(page.locator('a[data-inquiry-link]')).toHaveAttribute(
      'href',
      `/hoi-gia-si/?sp=${valid.code},${expired.code}`,
    );
    await page.goto(`/chu-the/${producers.get(valid.producer)!.slug}/`);
    const link = page.locator('a[data-inquiry-link]');
    await expect(link).toHaveAttribute('href', `/hoi-gia-si/?cs=${valid.producer}`);
    await link.click();
    await expect(page.locator('[data-inquiry][data-ready="true"]')).toBeAttached();
    await expect(page.locator('[data-group]')).toHaveCount(1);
    await expect(page.locator('[data-product]')).toHaveCount(
      producers.get(valid.producer)!.products!.length,
    );
  });

  test('in English, from a producer', async ({ page }) => {
    await open(page, `/en/hoi-gia-si/?cs=${valid.producer}`);
    await page.getByLabel('Business or shop name').fill('Green Mart');
    await page.getByLabel('Contact name').fill('Lan Tran');
    await page.getByLabel('Phone').fill('0912345678');
    await page.getByLabel('Delivery province').selectOption('Hà Nội');
    const name = valid.nameEn ?? valid.name;
    await page
      .getByRole('spinbutton', {
        name: `Quantity asked: ${offer.packEn ?? offer.pack}, ${name}`,
        exact: true,
      })
      .fill(String(asked));
    // Sent in Vietnamese, which the producer reads, saying first that the buyer reads English…
    const mail = (await page.locator('[data-channel="email"]').getAttribute('href'))!;
    const body = decodeURIComponent(/body=(.*)$/.exec(mail)![1]!);
    expect(body.split('\n')[0]).toContain('The buyer reads English');
    expect(body).toContain(`số lượng ${asked}`);
    expect(body).toContain('Đây là yêu cầu báo giá, chưa phải đơn đặt hàng.');
    expect(decodeURIComponent(/subject=([^&]*)/.exec(mail)![1]!)).toMatch(
      /^Yêu cầu báo giá sỉ HG[0-9A-Z]{6} gửi /,
    );
    // …and shown to the buyer in English too, under "See the message".
    const section = page.locator('[data-group]').first();
    await section.getByText('See the message').click();
    await expect(section.locator('[data-slot="message"]')).toHaveAttribute('lang', 'vi');
    const english = section.locator('[data-slot="message-en"]');
    await expect(english).toContainText(
      `quantity ${asked} – wholesale tier from ${top.minQuantity}`,
    );
    await expect(english).toContainText('This is a request for a quote, not an order.');
    // Everything the script drew is English but the text sent, marked Vietnamese.
    const allowed = allowedNames(await readCatalogue(CONTENT));
    expect(findVietnamese(await page.content(), allowed)).toEqual([]);
    await expectNoSeriousViolations(page, 'the wholesale inquiry page in English');
  });
});
