/** Colours and the parts every share card has (the site's palette, see `global.css`). */
import type { Locale } from '../i18n/locales.ts';
import { siteStrings } from '../i18n/ui/site.ts';
import { h, keyed, shared, type CardChild, type CardElement, type CardStyle } from './elements.ts';
import { FONT_FAMILY } from './fonts.ts';

export const COLOURS = {
  paper: '#fbfaf6',
  ink: '#1c2420',
  muted: '#4b5650',
  rule: '#e2e8e3',
  brand: '#185730',
  brandDark: '#0e331c',
  brandSoft: '#dcede0',
  star: '#f0a81c',
  starEmpty: '#d6d3c4',
  starText: '#92400e',
  revoked: '#b91c1c',
  /** Stars and their words on an expired card: greyed, the status stands out instead. */
  starLapsed: '#b3b0a3',
  starLapsedEmpty: '#e3e0d5',
  lapsedText: '#7a817d',
  expiringText: '#92400e',
  expiringSoft: '#fdf0d2',
  expired: '#9a3412',
} as const;

/** The site's name as a card in `locale` prints it. */
export const siteName = (locale: Locale): string => siteStrings(locale).siteName;

/** The root box of a card: 1200 × 630, the shipped font. */
export function cardRoot(width: number, height: number, ...children: CardElement[]): CardElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        width,
        height,
        background: COLOURS.paper,
        fontFamily: FONT_FAMILY,
        color: COLOURS.ink,
      },
    },
    ...children,
  );
}

/** The green OCOP mark. */
export function ocopMark(fontSize: number): CardElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        background: COLOURS.brand,
        color: '#ffffff',
        fontSize,
        fontWeight: 700,
        letterSpacing: fontSize * 0.08,
        padding: `${Math.round(fontSize * 0.2)}px ${Math.round(fontSize * 0.5)}px`,
        borderRadius: Math.round(fontSize * 0.3),
      },
    },
    'OCOP',
  );
}

/**
 * Bottom line: the site's name (in the card's language) and host; keyed to be measured, and
 * shared (drawn once, pasted on every card with the same footer).
 */
export function siteFooter(host: string, locale: Locale): CardElement {
  return shared(
    h(
      'div',
      {
        style: {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          borderTop: `2px solid ${COLOURS.rule}`,
          paddingTop: 22,
          fontSize: 24,
        },
      },
      h('div', { style: { color: COLOURS.brand, fontWeight: 700 } }, siteName(locale)),
      h('div', { style: { color: COLOURS.muted, fontWeight: 500 } }, host),
    ),
    FOOTER_KEY,
  );
}

/** A name is set on at most this many lines, each this many times the font size. */
export const NAME_MAX_LINES = 3;
export const NAME_LINE_HEIGHT = 1.16;
/** The `key` of the name's element, by which the renderer measures it. */
export const NAME_KEY = 'name';
/** Keys of the box a card sets its name and facts in, of its last line, and of the footer. */
export const BODY_KEY = 'body';
export const BODY_END_KEY = 'body-end';
export const FOOTER_KEY = 'footer';
/** Room kept under the body's last line (its bottom padding). */
export const BODY_PAD_BOTTOM = 12;

/**
 * The box between a card's top line and its footer, where name and facts are centred; keyed,
 * with its last line, so the renderer can check that nothing in it runs past its room.
 */
export function bodyBox(...children: CardChild[]): CardElement {
  const kept = children.filter((c): c is CardElement | string => Boolean(c));
  const last = kept.length - 1;
  return keyed(
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          paddingBottom: BODY_PAD_BOTTOM,
        },
      },
      ...kept.map((c, i) => (i === last && typeof c !== 'string' ? keyed(c, BODY_END_KEY) : c)),
    ),
    BODY_KEY,
  );
}

/** Where a card sets its name: the box width and the font sizes to try, largest first. */
export interface NameBox {
  width: number;
  sizes: readonly number[];
}

/**
 * How a name is set. `fitted`: it fits at `size` on `NAME_MAX_LINES` lines, which are then
 * balanced; otherwise it is cut after the last line with an ellipsis (balancing would spread
 * the whole name before the cut and shorten every line kept).
 */
export interface NameFit {
  size: number;
  fitted: boolean;
  /** False: a card leaves out the certified name it would print under an English one. */
  certifiedName?: boolean;
}

/**
 * First guess at the font size, before the renderer measures: the largest size at which the
 * name's estimated length fits (Be Vietnam Pro Bold averages about 0.55 em a letter; words
 * wrap, so a tenth is kept spare).
 */
export function estimateNameSize(text: string, box: NameBox): number {
  const longestWord = Math.max(...text.split(/\s+/).map((w) => w.length));
  for (const size of box.sizes) {
    const perLine = box.width / (0.55 * size);
    if (longestWord <= perLine && Math.ceil((text.length * 1.1) / perLine) <= NAME_MAX_LINES)
      return size;
  }
  return box.sizes.at(-1)!;
}

/** The name's element, keyed so that the renderer can measure it. */
export function nameElement(text: string, fit: NameFit, style: CardStyle = {}): CardElement {
  return {
    ...h(
      'div',
      {
        style: {
          ...style,
          fontSize: fit.size,
          fontWeight: 700,
          lineHeight: NAME_LINE_HEIGHT,
          ...(fit.fitted ? { textWrap: 'balance' } : { lineClamp: NAME_MAX_LINES }),
        },
      },
      text,
    ),
    key: NAME_KEY,
  };
}
