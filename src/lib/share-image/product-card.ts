/**
 * The share card of a product: its photo (or its category's motif) on the left; the OCOP
 * mark, stars, name, producer and province on the right; the site at the bottom.
 */
import { categoryMotif, codesOfLeaf } from '../illustration/category-motif.ts';
import { h, pin, starRow, type CardElement } from './elements.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ProductShareFields } from './fields.ts';
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

/** Width of the photo or motif panel. */
export const PRODUCT_VISUAL_WIDTH = 480;
const PAD_X = 56;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - PRODUCT_VISUAL_WIDTH - 2 * PAD_X;
const s = shareImageStrings('vi');

export const PRODUCT_NAME_BOX: NameBox = { width: TEXT_WIDTH, sizes: [64, 58, 52, 46, 42, 38] };

function motifPanel(category: string): CardElement {
  const motif = categoryMotif(codesOfLeaf(category));
  return h(
    'div',
    {
      style: {
        display: 'flex',
        width: PRODUCT_VISUAL_WIDTH,
        height: SHARE_IMAGE_HEIGHT,
        flexShrink: 0,
        background: motif.background,
        alignItems: 'center',
        justifyContent: 'center',
      },
    },
    h(
      'svg',
      { width: 440, height: 330, viewBox: '0 0 200 150' },
      h('path', {
        d: motif.path,
        fill: 'none',
        stroke: motif.stroke,
        strokeWidth: 4,
        strokeLinejoin: 'round',
        strokeLinecap: 'round',
        opacity: 0.85,
      }),
    ),
  );
}

/** Room for the photo, which the renderer lays over the drawn card (see `render.ts`). */
function photoPanel(): CardElement {
  return h('div', {
    style: {
      width: PRODUCT_VISUAL_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      flexShrink: 0,
      background: COLOURS.rule,
    },
  });
}

function standing(fields: ProductShareFields): CardElement {
  if (fields.revoked)
    return h(
      'div',
      {
        style: {
          display: 'flex',
          color: COLOURS.revoked,
          border: `3px solid ${COLOURS.revoked}`,
          borderRadius: 10,
          padding: '4px 14px',
          fontSize: 26,
          fontWeight: 700,
        },
      },
      s.revoked,
    );
  return h(
    'div',
    { style: { display: 'flex', alignItems: 'center', gap: 16 } },
    starRow(fields.stars, 40, { fill: COLOURS.star, empty: COLOURS.starEmpty }),
    h(
      'div',
      { style: { fontSize: 28, fontWeight: 700, color: COLOURS.starText } },
      s.stars(fields.stars),
    ),
  );
}

/** The card's tree; with `photo`, the left panel is left for the photo. */
export function productCard(fields: ProductShareFields, fit: NameFit, photo = false): CardElement {
  return cardRoot(
    SHARE_IMAGE_WIDTH,
    SHARE_IMAGE_HEIGHT,
    photo ? photoPanel() : motifPanel(fields.category),
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `48px ${PAD_X}px 40px`,
          borderTop: `12px solid ${COLOURS.brand}`,
        },
      },
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', gap: 22 } },
        ocopMark(28),
        standing(fields),
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
              marginTop: 22,
              fontSize: 27,
              fontWeight: 500,
              color: COLOURS.muted,
              lineHeight: 1.3,
              lineClamp: 2,
            },
          },
          fields.producer,
        ),
        h(
          'div',
          {
            style: {
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              marginTop: 14,
              fontSize: 27,
              fontWeight: 700,
              color: COLOURS.brand,
            },
          },
          pin(30, COLOURS.brand),
          fields.province,
        ),
      ),
      siteFooter(fields.site),
    ),
  );
}
