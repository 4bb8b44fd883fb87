/**
 * The site's own card, the `og:image` of every page without a card of its own (home,
 * listings, provinces…), in each language: the programme's name and motto, what the site
 * offers, its size.
 */
import { shareImageStrings } from '../i18n/ui/share-image.ts';
import { h, star, type CardElement } from './elements.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type SiteShareFields } from './fields.ts';
import { cardRoot, COLOURS, siteName } from './theme.ts';

export function siteCard(fields: SiteShareFields): CardElement {
  const s = shareImageStrings(fields.locale);
  return cardRoot(
    SHARE_IMAGE_WIDTH,
    SHARE_IMAGE_HEIGHT,
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: '64px 72px 52px',
          background: COLOURS.brand,
          color: '#ffffff',
        },
      },
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', gap: 22 } },
        h(
          'div',
          {
            style: {
              display: 'flex',
              background: '#ffffff',
              color: COLOURS.brand,
              fontSize: 30,
              fontWeight: 700,
              letterSpacing: 2.4,
              padding: '6px 16px',
              borderRadius: 9,
            },
          },
          'OCOP',
        ),
        h(
          'div',
          {
            style: {
              fontSize: 28,
              fontWeight: 700,
              color: COLOURS.brandSoft,
              textTransform: 'uppercase',
              letterSpacing: 1.5,
            },
          },
          s.motto,
        ),
      ),
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', gap: 22, maxWidth: 760 } },
        h(
          'div',
          { style: { fontSize: 76, fontWeight: 700, lineHeight: 1.1 } },
          siteName(fields.locale),
        ),
        h(
          'div',
          { style: { fontSize: 32, fontWeight: 500, color: COLOURS.brandSoft, lineHeight: 1.35 } },
          s.siteTagline,
        ),
      ),
      h(
        'div',
        {
          style: {
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            fontSize: 26,
            fontWeight: 500,
            color: COLOURS.brandSoft,
          },
        },
        h('div', {}, s.siteCounts(fields.products, fields.producers)),
        h('div', { style: { fontWeight: 700, color: '#ffffff' } }, fields.site),
      ),
    ),
    h(
      'div',
      {
        style: {
          position: 'absolute',
          right: 70,
          top: 70,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'flex-end',
          gap: 6,
        },
      },
      star(150, COLOURS.star),
      h(
        'div',
        { style: { display: 'flex', gap: 8, marginRight: 20 } },
        star(64, COLOURS.star),
        star(64, COLOURS.star),
      ),
    ),
  );
}
