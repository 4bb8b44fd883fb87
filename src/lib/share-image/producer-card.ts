/**
 * The share card of a producer: type, name, province and its products by stars on the left;
 * the number of OCOP products on a green panel on the right; the site at the bottom.
 */
import { h, pin, star, type CardElement } from './elements.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ProducerShareFields } from './fields.ts';
import {
  cardRoot,
  COLOURS,
  nameElement,
  ocopMark,
  siteFooter,
  type NameBox,
  type NameFit,
} from './theme.ts';
import { shareImageStrings } from '../i18n/ui/share-image.ts';

const PANEL_WIDTH = 360;
const PAD_X = 64;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - PANEL_WIDTH - 2 * PAD_X;
const s = shareImageStrings('vi');

export const PRODUCER_NAME_BOX: NameBox = { width: TEXT_WIDTH, sizes: [62, 56, 50, 44, 40, 36] };

/** "★★★★★ × 2": one chip per star level the producer has. */
function starChip(stars: 3 | 4 | 5, count: number): CardElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        background: '#ffffff',
        border: `2px solid ${COLOURS.rule}`,
        borderRadius: 14,
        padding: '10px 16px',
      },
    },
    h(
      'div',
      { style: { display: 'flex', gap: 3 } },
      ...Array.from({ length: stars }, () => star(26, COLOURS.star)),
    ),
    h('div', { style: { fontSize: 28, fontWeight: 700, color: COLOURS.ink } }, `× ${count}`),
  );
}

function countPanel(total: number): CardElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 18,
        width: PANEL_WIDTH,
        height: SHARE_IMAGE_HEIGHT,
        flexShrink: 0,
        background: COLOURS.brand,
        color: '#ffffff',
      },
    },
    star(72, COLOURS.star),
    h(
      'div',
      { style: { fontSize: total > 999 ? 96 : 132, fontWeight: 700, lineHeight: 1 } },
      String(total),
    ),
    h(
      'div',
      {
        style: {
          fontSize: 30,
          fontWeight: 500,
          color: COLOURS.brandSoft,
          textAlign: 'center',
          maxWidth: PANEL_WIDTH - 60,
        },
      },
      s.products,
    ),
  );
}

export function producerCard(fields: ProducerShareFields, fit: NameFit): CardElement {
  const levels = ([5, 4, 3] as const).filter((n) => fields.stars[n] > 0);
  const total = fields.stars[5] + fields.stars[4] + fields.stars[3];
  return cardRoot(
    SHARE_IMAGE_WIDTH,
    SHARE_IMAGE_HEIGHT,
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `48px ${PAD_X}px 40px`,
        },
      },
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', gap: 20 } },
        ocopMark(26),
        h(
          'div',
          {
            style: {
              fontSize: 26,
              fontWeight: 700,
              color: COLOURS.brand,
              textTransform: 'uppercase',
              letterSpacing: 1.5,
            },
          },
          fields.type,
        ),
      ),
      h(
        'div',
        {
          style: {
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            flexGrow: 1,
            paddingBottom: 12,
          },
        },
        nameElement(fields.name, fit),
        h(
          'div',
          {
            style: {
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              marginTop: 18,
              fontSize: 28,
              fontWeight: 700,
              color: COLOURS.brand,
            },
          },
          pin(30, COLOURS.brand),
          fields.province,
        ),
        levels.length > 0 &&
          h(
            'div',
            { style: { display: 'flex', flexWrap: 'wrap', gap: 14, marginTop: 30 } },
            ...levels.map((n) => starChip(n, fields.stars[n])),
          ),
      ),
      siteFooter(fields.site),
    ),
    countPanel(total),
  );
}
