/**
 * The share card of a product, in Vietnamese or English: its photo (or its category's motif) on
 * the left; its stars with the certificate's status in words, name (on an English card the
 * English name, the certified Vietnamese one under it), producer and province on the right; the
 * site at the bottom.
 */
import { categoryMotif, codesOfLeaf } from '../illustration/category-motif.ts';
import { h, provinceLine, shared, starRow, type CardElement, type CardStyle } from './elements.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ProductShareFields } from './fields.ts';
import {
  cardRoot,
  COLOURS,
  nameElement,
  ocopMark,
  siteFooter,
  bodyBox,
  type NameBox,
  type NameFit,
} from './theme.ts';
import { starsPhrase, statusPhrase } from '../i18n/standing-words.ts';

/** Width of the photo or motif panel. */
export const PRODUCT_VISUAL_WIDTH = 480;
const PAD_X = 56;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - PRODUCT_VISUAL_WIDTH - 2 * PAD_X;

export const PRODUCT_NAME_BOX: NameBox = { width: TEXT_WIDTH, sizes: [64, 58, 52, 46, 42, 38] };

/** The category's motif on its colour: shared by every card of the category's group. */
function motifPanel(category: string): CardElement {
  const motif = categoryMotif(codesOfLeaf(category));
  return shared(
    h(
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
    ),
    'panel',
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

/** A status in words, in a box whose weight follows how much it matters. */
function statusBox(text: string, style: CardStyle): CardElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        alignSelf: 'flex-start',
        borderRadius: 10,
        padding: '5px 14px',
        fontSize: 26,
        fontWeight: 700,
        lineHeight: 1.25,
        ...style,
      },
    },
    text,
  );
}

/**
 * Stars and status, always together and in words (`standing-words.ts`): valid or expiring,
 * the stars in gold with the date they hold until; expired, the stars greyed and the date it
 * ended in a filled box as large as them; revoked, no stars, the revocation in a red frame.
 */
function standing(fields: ProductShareFields): CardElement {
  const { state } = fields.status;
  const words = statusPhrase(fields.status, fields.locale);
  if (state === 'revoked')
    return h(
      'div',
      { style: { display: 'flex', alignItems: 'center', gap: 22 } },
      ocopMark(28),
      shared(
        statusBox(words, {
          color: COLOURS.revoked,
          border: `3px solid ${COLOURS.revoked}`,
          background: '#ffffff',
        }),
        'status',
      ),
    );
  const lapsed = state === 'expired';
  const box: CardStyle =
    state === 'valid'
      ? {
          color: COLOURS.brand,
          background: COLOURS.brandSoft,
          border: `3px solid ${COLOURS.brandSoft}`,
        }
      : state === 'expiring'
        ? {
            color: COLOURS.expiringText,
            background: COLOURS.expiringSoft,
            border: `3px solid ${COLOURS.star}`,
          }
        : {
            color: '#ffffff',
            background: COLOURS.expired,
            border: `3px solid ${COLOURS.expired}`,
            fontSize: 30,
          };
  return h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', gap: 14 } },
    shared(
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', gap: 16 } },
        starRow(
          fields.stars,
          40,
          lapsed
            ? { fill: COLOURS.starLapsed, empty: COLOURS.starLapsedEmpty }
            : { fill: COLOURS.star, empty: COLOURS.starEmpty },
        ),
        h(
          'div',
          {
            style: {
              fontSize: 28,
              fontWeight: 700,
              color: lapsed ? COLOURS.lapsedText : COLOURS.starText,
            },
          },
          starsPhrase(fields.stars, fields.locale),
        ),
      ),
      'stars',
    ),
    shared(statusBox(words, box), 'status'),
  );
}

/** The certified Vietnamese name under an English one: smaller, in the body's colour. */
function certifiedNameElement(name: string): CardElement {
  return h(
    'div',
    {
      style: {
        marginTop: 10,
        fontSize: 28,
        fontWeight: 500,
        color: COLOURS.ink,
        lineHeight: 1.25,
        lineClamp: 2,
      },
    },
    name,
  );
}

/** Name, certified name, producer and province: centred in the room the card leaves them. */
function body(fields: ProductShareFields, fit: NameFit): CardElement {
  return bodyBox(
    nameElement(fields.name, fit),
    fields.certifiedName !== null &&
      fit.certifiedName !== false &&
      certifiedNameElement(fields.certifiedName),
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
    provinceLine(fields.province, { marginTop: 14, fontSize: 27, colour: COLOURS.brand }),
  );
}

/**
 * The card's tree; with `photo`, the left panel is left for the photo. `fit.certifiedName`
 * false leaves the certified name out (the renderer does when it does not fit).
 */
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
      standing(fields),
      body(fields, fit),
      siteFooter(fields.site, fields.locale),
    ),
  );
}
