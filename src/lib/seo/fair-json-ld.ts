/**
 * schema.org `Event` for a fair page: dates, the venue as a `Place` with its address and
 * coordinates, the organiser, and the page's URL.
 */
import type { Fair } from '../catalogue/fairs.ts';
import type { Locale } from '../i18n/locales.ts';
import { localized } from '../i18n/localized.ts';

const abs = (path: string, site: URL) => new URL(path, site).href;

export function fairJsonLd(fair: Fair, page: string, site: URL, locale: Locale = 'vi') {
  const { data } = fair;
  const { venue } = data;
  const name = localized(data.name, data.nameEn, locale);
  const description =
    data.description !== undefined
      ? localized(data.description, data.descriptionEn, locale)
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: name.text,
    ...(description?.text ? { description: description.text } : {}),
    url: abs(page, site),
    startDate: data.startDate,
    endDate: data.endDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: description?.lang ?? name.lang,
    location: {
      '@type': 'Place',
      name: venue.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: venue.address,
        addressRegion: fair.province.name,
        addressCountry: 'VN',
      },
      ...(venue.coordinates
        ? {
            geo: {
              '@type': 'GeoCoordinates',
              latitude: venue.coordinates.lat,
              longitude: venue.coordinates.lng,
            },
          }
        : {}),
    },
    organizer: {
      '@type': 'Organization',
      name: data.organiser,
      ...(data.website ? { url: data.website } : {}),
    },
  };
}
