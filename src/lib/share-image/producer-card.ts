/**
 * The share card of a producer, in Vietnamese or English: type, name, province and its products in force by stars on
 * the left, then, in words, how many have expired or were revoked (never counted as OCOP);
 * the number of products in force on a green panel on the right; the site at the bottom.
 */
import { h, provinceLine, shared, star, type CardElement } from './elements.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ProducerShareFields } from './fields.ts';
import {
  bodyBox,
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
type Strings = ReturnType<typeof shareImageStrings>;

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

function countPanel(total: number, s: Strings): CardElement {
  return shared(
    h(
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
        s.products(total),
      ),
    ),
    'count',
  );
}

/** "2 sản phẩm đã hết hạn", "1 sản phẩm bị thu hồi chứng nhận": one framed line each. */
function lapsedLines(fields: ProducerShareFields, s: Strings): CardElement | false {
  const lines = [
    fields.expired > 0 && { text: s.expiredCount(fields.expired), colour: COLOURS.expired },
    fields.revoked > 0 && { text: s.revokedCount(fields.revoked), colour: COLOURS.revoked },
  ].filter((l) => l !== false);
  if (lines.length === 0) return false;
  return h(
    'div',
    { style: { display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 16 } },
    ...lines.map(({ text, colour }) =>
      h(
        'div',
        {
          style: {
            display: 'flex',
            fontSize: 25,
            fontWeight: 700,
            lineHeight: 1.25,
            color: colour,
            border: `3px solid ${colour}`,
            borderRadius: 10,
            padding: '4px 12px',
            background: '#ffffff',
          },
        },
        text,
      ),
    ),
  );
}

export function producerCard(fields: ProducerShareFields, fit: NameFit): CardElement {
  const levels = ([5, 4, 3] as const).filter((n) => fields.stars[n] > 0);
  const total = fields.stars[5] + fields.stars[4] + fields.stars[3];
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
          flexGrow: 1,
          padding: `48px ${PAD_X}px 40px`,
        },
      },
      shared(
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
        'kind',
      ),
      bodyBox(
        nameElement(fields.name, fit),
        provinceLine(fields.province, { marginTop: 18, fontSize: 28, colour: COLOURS.brand }),
        levels.length > 0 &&
          h(
            'div',
            { style: { display: 'flex', flexWrap: 'wrap', gap: 14, marginTop: 30 } },
            ...levels.map((n) => starChip(n, fields.stars[n])),
          ),
        lapsedLines(fields, s),
      ),
      siteFooter(fields.site, fields.locale),
    ),
    countPanel(total, s),
  );
}
