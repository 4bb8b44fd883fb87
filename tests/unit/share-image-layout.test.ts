/**
 * Share cards lay out everything they set inside the card (nothing runs behind the footer or off
 * the card's foot, the defect that cut a card's last lines), in both languages, for the hardest
 * texts the catalogue has and longer; and an English card is drawn with English words.
 */
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { shareImageJobs } from '../../src/lib/share-image/catalogue-jobs.ts';
import type { CardElement } from '../../src/lib/share-image/elements.ts';
import {
  producerShareFields,
  productShareFields,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type ProducerShareFields,
  type ProductShareFields,
  type ShareStanding,
} from '../../src/lib/share-image/fields.ts';
import { producerCard } from '../../src/lib/share-image/producer-card.ts';
import { productCard } from '../../src/lib/share-image/product-card.ts';
import { bodyFits, cardSvg, drawSvg } from '../../src/lib/share-image/render.ts';

const site = 'https://ocop.example.vn';
const province = (slug: string) => getProvince(slug)!;
const standing = (state: ShareStanding['status']['state'], stars: 3 | 4 | 5 = 4) => ({
  stars,
  status: { state, validUntil: '2027-12-15' },
  inForce: state === 'valid' || state === 'expiring',
});

const LONG_VI = 'Nước mắm Phú Quốc Khải Hoàn 43 độ đạm thượng hạng đặc biệt cá cơm than';
const LONG_EN = 'Khai Hoan Phu Quoc fish sauce, 43 degrees of protein, special premium anchovy';
const LONG_PRODUCER =
  'Công ty Cổ phần Thương mại Dịch vụ Sản xuất Nước mắm Khải Hoàn Phú Quốc chi nhánh';

const product = (over: Partial<Parameters<typeof productShareFields>[0]> = {}) =>
  productShareFields({
    locale: 'en',
    name: LONG_VI,
    nameEn: LONG_EN,
    standing: standing('expiring'),
    province: province('ho-chi-minh'),
    producer: LONG_PRODUCER,
    category: 'I.4.a',
    photo: null,
    site,
    ...over,
  });

/** The text of a card's tree, in order. */
function words(node: CardElement | string | false | null | undefined): string[] {
  if (!node) return [];
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  return (Array.isArray(children) ? children : [children]).flatMap(words);
}

/** Asserts the laid-out body ends above the footer and the footer on the card. */
async function expectFits(fields: ProductShareFields | ProducerShareFields, withPhoto = false) {
  const { boxes } = await cardSvg(fields, withPhoto);
  const label = `${fields.locale} ${fields.name}`;
  expect(boxes.body, label).toBeDefined();
  expect(bodyFits(boxes), label).toBe(true);
  expect(boxes.name!.top, label).toBeGreaterThanOrEqual(boxes.body!.top);
  expect(boxes.footer!.top + boxes.footer!.height, label).toBeLessThanOrEqual(SHARE_IMAGE_HEIGHT);
  expect(boxes.footer!.left + boxes.footer!.width, label).toBeLessThanOrEqual(SHARE_IMAGE_WIDTH);
}

describe('share card layout', () => {
  it('sees a body that runs past its room (so the checks below can fail)', async () => {
    // The longest texts at the largest name size, as the old fitting drew them.
    const { boxes } = await drawSvg(productCard(product(), { size: 64, fitted: true }));
    expect(bodyFits(boxes)).toBe(false);
    expect(boxes.footer!.top + boxes.footer!.height).toBeGreaterThan(SHARE_IMAGE_HEIGHT);
  }, 30_000);

  it('fits long names, a certified name and a long producer, in every status, photo or not', async () => {
    for (const state of ['valid', 'expiring', 'expired', 'revoked'] as const)
      for (const withPhoto of [false, true])
        await expectFits(
          product({ standing: standing(state), photo: withPhoto ? 'a.jpg' : null }),
          withPhoto,
        );
    await expectFits(product({ locale: 'vi' }));
  }, 60_000);

  it('keeps the certified name when it fits, drops it only when nothing else does', async () => {
    const short = product({ name: 'Bánh cáy làng Nguyễn', nameEn: 'Nguyen village cay cake' });
    const kept = await cardSvg(short);
    const dropped = await cardSvg(product());
    // Name plus certified name: the body's first line is the name, its box is taller than it.
    const extra = (r: typeof kept) => r.boxes['body-end']!.top - r.boxes.name!.top;
    expect(extra(kept) - kept.boxes.name!.height).toBeGreaterThan(100);
    expect(bodyFits(kept.boxes)).toBe(true);
    expect(bodyFits(dropped.boxes)).toBe(true);
  }, 30_000);

  it("fits a producer's long name with every chip and both lapsed lines, in both languages", async () => {
    for (const locale of ['vi', 'en'] as const)
      await expectFits(
        producerShareFields({
          locale,
          name: 'Hợp tác xã Nông nghiệp Dịch vụ Tổng hợp Sản xuất Chế biến Nông sản Sạch Thôn',
          type: locale === 'vi' ? 'Hợp tác xã' : 'Cooperative',
          province: province('ho-chi-minh'),
          products: [
            standing('valid', 5),
            standing('valid', 4),
            standing('valid', 3),
            standing('expired'),
            standing('revoked'),
          ],
          site,
        }),
      );
  }, 60_000);

  it('fits every card of the sample catalogue, in both languages', async () => {
    const jobs = shareImageJobs(await readCatalogue('content'), site, '2026-12-06');
    for (const job of jobs)
      if (job.fields.kind !== 'site') await expectFits(job.fields, job.photoFile !== null);
  }, 300_000);
});

describe('the English card', () => {
  it('says stars, status, province and the site in English; the certified name as it is', () => {
    const fields = product({
      name: 'Bánh cáy làng Nguyễn',
      nameEn: 'Nguyen village cay cake',
      standing: standing('valid', 5),
      province: province('hung-yen'),
      producer: 'HTX Bánh cáy Nguyễn',
    });
    expect(words(productCard(fields, { size: 64, fitted: true }))).toEqual([
      'OCOP 5 stars',
      'Valid until 15 Dec 2027',
      'Nguyen village cay cake',
      'Bánh cáy làng Nguyễn',
      'HTX Bánh cáy Nguyễn',
      'Hưng Yên Province',
      'OCOP products of Viet Nam',
      'ocop.example.vn',
    ]);
  });

  it('draws an expired or revoked certificate as such, beside the stars', () => {
    const text = (state: 'expired' | 'revoked') =>
      words(productCard(product({ standing: standing(state) }), { size: 42, fitted: true }));
    expect(text('expired').slice(0, 2)).toEqual(['OCOP 4 stars', 'Expired on 15 Dec 2027']);
    expect(text('revoked').slice(0, 2)).toEqual(['OCOP', 'Certificate revoked']);
  });

  it("counts a producer's products in English", () => {
    const input = {
      locale: 'en' as const,
      name: 'HTX Bánh cáy Nguyễn',
      type: 'Cooperative',
      province: province('hung-yen'),
      products: [standing('valid', 5), standing('expired'), standing('expired')],
      site,
    };
    const fields = producerShareFields(input);
    const text = words(producerCard(fields, { size: 62, fitted: true }));
    expect(text).toEqual(
      expect.arrayContaining([
        'Cooperative',
        'Hưng Yên Province',
        '× 1',
        '2 products expired',
        'OCOP product in force',
        'OCOP products of Viet Nam',
      ]),
    );
    const two = producerShareFields({ ...input, products: [standing('valid'), standing('valid')] });
    expect(words(producerCard(two, { size: 62, fitted: true }))).toContain(
      'OCOP products in force',
    );
    expect(text.join(' ')).not.toMatch(/sản phẩm|sao|hiệu lực|Tỉnh/);
  });
});
