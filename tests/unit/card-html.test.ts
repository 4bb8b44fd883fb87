import { describe, expect, it } from 'vitest';
import { cardHtml, cardParts, hasPhoto } from '../../src/components/product/card-html.ts';
import type { Product } from '../../src/lib/catalogue/products.ts';
import { getCategory } from '../../src/lib/domain/categories.ts';
import { certificateStatus } from '../../src/lib/domain/certificate-status.ts';

const TODAY = '2026-12-06';

/** A product as the card reads it; the rest of the entry is not drawn. */
function product(
  over: {
    name?: string;
    nameEn?: string;
    decisionDate?: string;
    revoked?: boolean;
    offers?: { sku: string; pack: string; packEn?: string; price: number }[];
    minOrderQuantity?: number;
    images?: unknown[];
  } = {},
): Product {
  const decisionDate = over.decisionDate ?? '2026-01-10';
  const current = { decisionDate, status: over.revoked ? ('revoked' as const) : ('new' as const) };
  const status = certificateStatus(current, TODAY);
  const data = {
    code: 'abc123',
    name: over.name ?? 'Trà tâm sen',
    nameEn: over.nameEn,
    images: over.images ?? [],
    offers: over.offers ?? [],
    minOrderQuantity: over.minOrderQuantity,
  };
  return {
    slug: 'tra-tam-sen',
    data: data as unknown as Product['data'],
    producerSlug: 'htx-sen',
    current: current as unknown as Product['current'],
    stars: 4,
    status,
    province: { name: 'Hà Nội' } as Product['province'],
    categoryPath: ['I', 'I.3', 'I.3.b'].flatMap((code) => getCategory(code) ?? []),
    formerProvinces: [],
    firstCertified: decisionDate,
    listed: !over.revoked,
    inForce: status.state === 'valid' || status.state === 'expiring',
  };
}

const offer = { sku: 'hop-100-g', pack: 'Hộp 100 g', packEn: 'Box, 100 g', price: 120000 };

describe('cardHtml', () => {
  it('links the name to the product page and shows stars with the status beside them', () => {
    const html = cardHtml({ product: product(), locale: 'vi' });
    expect(html).toMatch(/^<article [^>]*data-product="tra-tam-sen">/);
    expect(html).toContain('<a href="/san-pham/tra-tam-sen/"');
    expect(html).toContain('<span>Trà tâm sen</span>');
    expect(html).toContain('data-stars="4"');
    expect(html).toContain('data-cert-status data-state="valid" data-decision-date="2026-01-10"');
    expect(html).toContain('<h3 ');
    expect(html).not.toContain('data-lapsed');
    expect(html).toMatch(/<\/article>$/);
  });

  it('escapes what the catalogue says, in text and in attributes', () => {
    const html = cardHtml({ product: product({ name: 'Mứt "Bà Tư" <ngon> & rẻ' }), locale: 'vi' });
    expect(html).toContain('<span>Mứt &quot;Bà Tư&quot; &lt;ngon&gt; &amp; rẻ</span>');
    expect(html).not.toContain('<ngon>');
  });

  it('marks a Vietnamese name on an English page, and uses the English one where there is one', () => {
    expect(cardHtml({ product: product(), locale: 'en' })).toContain(
      '<span lang="vi">Trà tâm sen</span>',
    );
    const english = cardHtml({ product: product({ nameEn: 'Lotus tea' }), locale: 'en' });
    expect(english).toContain('<a href="/en/san-pham/tra-tam-sen/"');
    expect(english).toContain('<span>Lotus tea</span>');
  });

  it('draws an expired or revoked product quieter, its status in words beside the stars', () => {
    const expired = cardHtml({ product: product({ decisionDate: '2021-01-10' }), locale: 'vi' });
    expect(expired).toContain('data-lapsed>');
    expect(expired).toContain('class="group card card-lapsed"');
    expect(expired).toContain('data-state="expired"');
    expect(expired).toContain('<span data-label="expired"> Đã hết hạn </span>');
    // Only the build day's words: the browser adds another state's when the date moves it.
    expect(expired.match(/data-label=/g)).toHaveLength(1);
    expect(expired).not.toContain('data-days-left');
    const revoked = cardHtml({ product: product({ revoked: true }), locale: 'vi' });
    expect(revoked).toContain('data-state="revoked"');
    expect(revoked).toMatch(/ data-revoked>/);
  });

  it('writes an expiring badge with its last day, never a count of days', () => {
    const html = cardHtml({ product: product({ decisionDate: '2024-01-20' }), locale: 'en' });
    expect(html).toContain('data-state="expiring"');
    expect(html).toContain('(until 20 Jan)');
    expect(html).not.toMatch(/\d+ days? left/);
  });

  it('offers the first pack in the minimum quantity, and a way to the others', () => {
    expect(cardHtml({ product: product(), locale: 'vi' })).not.toContain('data-cart-compact');
    const one = cardHtml({ product: product({ offers: [offer] }), locale: 'en' });
    expect(one).toContain('data-cart-compact');
    expect(one).toContain('<input type="hidden" name="sku" value="hop-100-g">');
    expect(one).toContain('<input type="hidden" name="quantity" value="1">');
    expect(one).toContain('data-pack="Box, 100 g"');
    expect(one).not.toContain('#dat-hang');
    const two = cardHtml({
      product: product({ offers: [offer, { ...offer, sku: 'hop-200-g' }], minOrderQuantity: 5 }),
      locale: 'vi',
    });
    expect(two).toContain('<input type="hidden" name="quantity" value="5">');
    expect(two).toContain('Thêm 5 vào giỏ');
    expect(two).toContain('href="/san-pham/tra-tam-sen/#dat-hang"');
    expect(two).not.toContain('data-cart-standing');
    const lapsed = cardHtml({
      product: product({ offers: [offer], decisionDate: '2021-01-10' }),
      locale: 'vi',
    });
    expect(lapsed).toContain('data-cart-standing="expired"');
  });

  it('keeps room for the shortlist button, which its script writes and names from the heading', () => {
    const html = cardHtml({ product: product(), locale: 'vi' });
    expect(html).toContain(
      '<div class="list-toggle-box-sm" data-shortlist-slot data-code="abc123"></div>',
    );
    expect(html).not.toContain('Thêm vào danh sách');
    expect(html).toContain('class="card-link"> <span>Trà tâm sen</span> </a>');
    // An English card without an English name says the name is Vietnamese (the button's too).
    const english = cardHtml({ product: product(), locale: 'en' });
    expect(english).toContain('class="card-link"> <span lang="vi">Trà tâm sen</span> </a>');
  });

  it('carries nothing that is the same on every card: tones and announcements are per page', () => {
    const html = cardHtml({ product: product({ offers: [offer] }), locale: 'vi' });
    expect(html).not.toContain('data-tones');
    expect(html).not.toContain('data-added');
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('<script');
  });

  it('takes the heading level it is given', () => {
    const html = cardHtml({ product: product(), locale: 'vi', headingLevel: 'h4' });
    expect(html).toContain('<h4 class=');
    expect(html).toContain('</h4>');
  });
});

describe('cardParts', () => {
  it('make the whole card around its picture and standing', () => {
    const p = product();
    const { open, heading, standing, close } = cardParts({ product: p, locale: 'vi' });
    const whole = cardHtml({ product: p, locale: 'vi' });
    expect(whole.startsWith(`${open} <svg`)).toBe(true);
    expect(whole.endsWith(`</svg> ${heading} ${standing} ${close}`)).toBe(true);
    expect(standing).toContain('data-stars="4"');
    expect(standing).toContain('data-cert-status');
  });

  it('leave a photo to Astro', () => {
    expect(hasPhoto(product())).toBe(false);
    expect(hasPhoto(product({ images: [{}] }))).toBe(true);
  });
});
