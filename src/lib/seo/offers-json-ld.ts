/**
 * schema.org for ordering: a product's packs as `Offer`s (one per pack, sold by the producer,
 * wholesale tiers as `UnitPriceSpecification`s with an `eligibleQuantity`), and a producer's
 * `ContactPoint` for sales. Plain data in, plain objects out.
 */
import { parseVietnamesePhone } from '../domain/phone.ts';
import type { Locale } from '../i18n/locales.ts';
import { packLabel } from '../order/pack-label.ts';
import type { Offer, OrderTerms } from '../../schemas/ordering.ts';

const SCHEMA = 'https://schema.org/';

export interface OfferContext {
  /** The product page (absolute). */
  url: string;
  seller: { name: string; url: string };
  /** Month of the day the page describes, 1–12 (season). */
  month: number;
  seasonMonths?: readonly number[] | undefined;
  minOrderQuantity?: number | undefined;
  /** Revoked products are announced as discontinued. */
  revoked: boolean;
  /** The page's language: a pack is named in English where the catalogue has it. */
  locale: Locale;
}

export function offerAvailability(ctx: Pick<OfferContext, 'month' | 'seasonMonths' | 'revoked'>) {
  if (ctx.revoked) return `${SCHEMA}Discontinued`;
  if (ctx.seasonMonths && !ctx.seasonMonths.includes(ctx.month)) return `${SCHEMA}OutOfStock`;
  return `${SCHEMA}InStock`;
}

const quantity = (minValue: number) => ({
  '@type': 'QuantitativeValue',
  minValue,
  unitCode: 'C62',
});

/** One `Offer` per pack, named in the page's language. */
export function offersJsonLd(offers: readonly Offer[], ctx: OfferContext) {
  const availability = offerAvailability(ctx);
  return offers.map((offer) => ({
    '@type': 'Offer',
    sku: offer.sku,
    name: packLabel(offer, ctx.locale),
    price: offer.price,
    priceCurrency: 'VND',
    availability,
    url: ctx.url,
    seller: { '@type': 'Organization', name: ctx.seller.name, url: ctx.seller.url },
    ...(ctx.minOrderQuantity ? { eligibleQuantity: quantity(ctx.minOrderQuantity) } : {}),
    ...(offer.wholesale.length > 0
      ? {
          priceSpecification: [
            { '@type': 'UnitPriceSpecification', price: offer.price, priceCurrency: 'VND' },
            ...offer.wholesale
              .toSorted((a, b) => a.minQuantity - b.minQuantity)
              .map((tier) => ({
                '@type': 'UnitPriceSpecification',
                price: tier.unitPrice,
                priceCurrency: 'VND',
                eligibleQuantity: quantity(tier.minQuantity),
              })),
          ],
        }
      : {}),
  }));
}

/** The producer's sales contact, or nothing when it published neither phone nor e-mail. */
export function salesContactPoint(
  data: { phone?: string | undefined; email?: string | undefined; orders?: OrderTerms | undefined },
  provinceName: (slug: string) => string,
) {
  const telephone = data.phone ? parseVietnamesePhone(data.phone)?.e164 : undefined;
  if (!telephone && !data.email) return undefined;
  const shipsTo = data.orders?.shipsTo;
  const areaServed =
    shipsTo === undefined
      ? undefined
      : shipsTo === 'nationwide'
        ? { '@type': 'Country', name: 'Việt Nam' }
        : shipsTo.map((slug) => ({ '@type': 'AdministrativeArea', name: provinceName(slug) }));
  return {
    '@type': 'ContactPoint',
    contactType: 'sales',
    ...(telephone ? { telephone } : {}),
    ...(data.email ? { email: data.email } : {}),
    ...(areaServed ? { areaServed } : {}),
    availableLanguage: ['vi'],
  };
}
