/**
 * A tiny element builder for satori (it takes React-like `{ type, props }` objects; no JSX or
 * React needed at build time) and the shapes the cards draw: stars, a map pin.
 */
import type { ReactNode } from 'react';

export type CardStyle = Record<string, string | number>;
export type CardChild = CardElement | string | null | false | undefined;
export interface CardElement {
  type: string;
  key?: string;
  /**
   * Drawn alike on many cards (a footer, a star line, a motif panel): the renderer draws it
   * once per worker and pastes its pixels (`shared-parts.ts`). Satori ignores the field.
   */
  shared?: true;
  props: Record<string, unknown> & { children?: CardChild | CardChild[] };
}

/** Where satori laid out an element (pixels from the card's top left corner). */
export interface LaidOutBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function h(
  type: string,
  props: Record<string, unknown> & { style?: CardStyle },
  ...children: CardChild[]
): CardElement {
  const kept = children.filter((c) => c !== null && c !== false && c !== undefined);
  return {
    type,
    props: { ...props, children: kept.length === 1 ? kept[0] : kept },
  };
}

/** An element with a `key`, by which the renderer finds its laid-out box (`onNodeDetected`). */
export const keyed = (element: CardElement, key: string): CardElement => ({ ...element, key });

/**
 * A part drawn alike on many cards, keyed so its box can be measured. It must not depend on
 * anything else on the card but its own tree (its size and place included).
 */
export const shared = (element: CardElement, key: string): CardElement => ({
  ...element,
  key,
  shared: true,
});

/** The tree as satori's parameter type (it is typed for React elements). */
export const asNode = (element: CardElement) => element as unknown as ReactNode;

/** Points of a five-pointed star in a 24 × 24 box. */
const STAR_POINTS = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 11.5 : 4.8;
  const a = (Math.PI / 5) * i - Math.PI / 2;
  return `${(12 + r * Math.cos(a)).toFixed(2)},${(12.8 + r * Math.sin(a)).toFixed(2)}`;
}).join(' ');

/** One star (the ★ character is not in the font), filled or as an outline. */
export function star(size: number, fill: string, outline?: string): CardElement {
  return h(
    'svg',
    { width: size, height: size, viewBox: '0 0 24 24' },
    h('polygon', {
      points: STAR_POINTS,
      fill: outline ? 'none' : fill,
      stroke: outline ?? fill,
      strokeWidth: outline ? 1.6 : 0.6,
      strokeLinejoin: 'round',
    }),
  );
}

/** `filled` stars of five (or of `total`), the rest as outlines. */
export function starRow(
  filled: number,
  size: number,
  colours: { fill: string; empty: string },
  total = 5,
): CardElement {
  return h(
    'div',
    { style: { display: 'flex', gap: Math.round(size / 6) } },
    ...Array.from({ length: total }, (_, i) =>
      i < filled ? star(size, colours.fill) : star(size, colours.empty, colours.empty),
    ),
  );
}

/** A map pin, for the province line. */
export function pin(size: number, colour: string): CardElement {
  return h(
    'svg',
    { width: size, height: size, viewBox: '0 0 24 24' },
    h('path', {
      d: 'M12 22s7-6.4 7-12a7 7 0 1 0-14 0c0 5.6 7 12 7 12z',
      fill: 'none',
      stroke: colour,
      strokeWidth: 2.2,
      strokeLinejoin: 'round',
    }),
    h('circle', { cx: 12, cy: 10, r: 2.6, fill: colour }),
  );
}

/**
 * The province line under a card's body: a pin and the province's name, a part every card of
 * the province shares (drawn once per worker, `shared-parts.ts`).
 */
export function provinceLine(
  province: string,
  { marginTop, fontSize, colour }: { marginTop: number; fontSize: number; colour: string },
): CardElement {
  return shared(
    h(
      'div',
      {
        style: {
          display: 'flex',
          alignItems: 'center',
          gap: 10,
          marginTop,
          fontSize,
          fontWeight: 700,
          color: colour,
        },
      },
      pin(30, colour),
      province,
    ),
    'province',
  );
}
