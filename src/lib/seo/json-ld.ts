/**
 * schema.org structured data as plain objects. Products carry their OCOP certification as
 * `hasCertification` (a Certification with the star rating), never as an AggregateRating:
 * OCOP stars are an official grade, not customer reviews.
 */
import type { Certification, Product } from '../catalogue/products.ts';
import type { Producer } from '../catalogue/producers.ts';
import type { SalesPoint } from '../catalogue/sales-points.ts';
import { certificateStatus, validUntil } from '../domain/certificate-status.ts';
import { DAYS, clockTime, groupDays, type OpeningSpan } from '../domain/opening-hours.ts';
import { getProvince } from '../domain/provinces.ts';
import type { Locale } from '../i18n/locales.ts';
import { localized } from '../i18n/localized.ts';
import { assets } from '../i18n/routes.ts';
import { offersJsonLd, salesContactPoint } from './offers-json-ld.ts';

export interface Crumb {
  label: string;
  href: string;
}

const abs = (path: string, site: URL) => new URL(path, site).href;

export function breadcrumbList(crumbs: readonly Crumb[], site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: abs(c.href, site),
    })),
  };
}

/** `today` decides Active/Inactive: an expired certificate is not announced as active. */
export function certification(cert: Certification, today: string, locale: Locale = 'vi') {
  const { state } = certificateStatus(cert, today);
  return {
    '@type': 'Certification',
    name: locale === 'vi' ? `OCOP ${cert.stars} sao` : `OCOP ${cert.stars}-star`,
    certificationIdentification: cert.decision,
    issuedBy: { '@type': 'GovernmentOrganization', name: cert.issuer },
    validFrom: cert.decisionDate,
    expires: validUntil(cert.decisionDate),
    certificationStatus:
      state === 'valid' || state === 'expiring'
        ? 'https://schema.org/CertificationActive'
        : 'https://schema.org/CertificationInactive',
    certificationRating: {
      '@type': 'Rating',
      ratingValue: cert.stars,
      bestRating: 5,
      worstRating: 1,
    },
  };
}

/**
 * Every Product has an `image`: its photos, else its share image in the page's language
 * (`/og/p/<code>.jpg`, `/og/en/p/<code>.jpg`, made for every product by the build).
 */
export function productJsonLd(
  product: Product,
  producer: Producer,
  urls: { page: string; producer: string; images: string[] },
  site: URL,
  today: string,
  locale: Locale = 'vi',
) {
  const { data } = product;
  const images = urls.images.length ? urls.images : [assets.productShareImage(data.code, locale)];
  const name = localized(data.name, data.nameEn, locale);
  // The other language's name as the alternate: the certified Vietnamese one on English pages.
  const alternateName = locale === 'vi' || name.fallback ? data.nameEn : data.name;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: name.text,
    ...(alternateName ? { alternateName } : {}),
    description: localized(data.description, data.descriptionEn, locale).text,
    url: abs(urls.page, site),
    image: images.map((src) => abs(src, site)),
    category: product.categoryPath.map((c) => (locale === 'vi' ? c.name : c.nameEn)).join(' > '),
    countryOfOrigin: { '@type': 'Country', name: 'Việt Nam' },
    manufacturer: {
      '@type': 'Organization',
      name: producer.data.name,
      url: abs(urls.producer, site),
    },
    hasCertification: certification(product.current, today, locale),
    ...(data.offers.length > 0
      ? {
          offers: offersJsonLd(data.offers, {
            url: abs(urls.page, site),
            seller: { name: producer.data.name, url: abs(urls.producer, site) },
            month: Number(today.slice(5, 7)),
            seasonMonths: data.season?.months,
            minOrderQuantity: data.minOrderQuantity,
            revoked: product.current.status === 'revoked',
            locale,
          }),
        }
      : data.price
        ? {
            offers: {
              '@type': 'AggregateOffer',
              priceCurrency: 'VND',
              lowPrice: data.price.min,
              highPrice: data.price.max ?? data.price.min,
            },
          }
        : {}),
  };
}

export function producerJsonLd(producer: Producer, url: string, site: URL, locale: Locale = 'vi') {
  const { data } = producer;
  const sameAs = [data.website, data.facebook, ...data.social.map((s) => s.url)].filter(
    (u, i, all) => u && all.indexOf(u) === i,
  );
  const contactPoint = salesContactPoint(data, (slug) => getProvince(slug)?.name ?? slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.name,
    url: abs(url, site),
    ...(data.story ? { description: localized(data.story, data.storyEn, locale).text } : {}),
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'VN',
      addressRegion: producer.province.name,
      ...(data.commune ? { addressLocality: data.commune } : {}),
      ...(data.address ? { streetAddress: data.address } : {}),
    },
    ...(data.phone ? { telephone: data.phone } : {}),
    ...(data.email ? { email: data.email } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(contactPoint ? { contactPoint } : {}),
  };
}

const SCHEMA_DAY = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

/**
 * Opening hours as schema.org OpeningHoursSpecification, one per group of days and span; the
 * end of the day (24:00) is written 23:59, as Google's guidelines ask for a place open all day.
 */
export function openingHoursSpecification(spans: readonly OpeningSpan[]) {
  return groupDays(spans).flatMap((group) =>
    group.hours.map(([opens, closes]) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: DAYS.filter((d) => group.days.includes(d)).map(
        (d) => `https://schema.org/${SCHEMA_DAY[d]}`,
      ),
      opens: clockTime(opens),
      closes: clockTime(Math.min(closes, 24 * 60 - 1)),
    })),
  );
}

export function salesPointJsonLd(point: SalesPoint, url: string, site: URL) {
  const { data } = point;
  return {
    '@context': 'https://schema.org',
    '@type': 'Store',
    name: data.name,
    url: abs(url, site),
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'VN',
      addressRegion: point.province.name,
      streetAddress: data.address,
    },
    geo: {
      '@type': 'GeoCoordinates',
      latitude: data.coordinates.lat,
      longitude: data.coordinates.lng,
    },
    ...(data.phone ? { telephone: data.phone } : {}),
    openingHoursSpecification: openingHoursSpecification(data.hours),
  };
}

export function webSiteJsonLd(name: string, url: string, site: URL) {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url: abs(url, site) };
}
