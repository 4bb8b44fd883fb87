/**
 * The shipped Be Vietnam Pro files the share cards are drawn with. Satori reads WOFF (not
 * WOFF2). Fontsource splits each weight into subsets; each subset is loaded under its own
 * family name so that satori falls back from one to the next glyph by glyph: basic Latin
 * from `latin`, ă â đ ê ô ơ ư and their tones from `vietnamese`, the rest (Ỹ, –…) from
 * `latin-ext`. Loaded under one name, satori would keep only one subset per weight.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export const FONT_WEIGHTS = [500, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;

/** The CSS `fontFamily` every card element uses: the three subsets, in fallback order. */
export const FONT_FAMILY = SUBSETS.map((s) => `BVP ${s}`).join(', ');

export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

const require = createRequire(import.meta.url);

/** Absolute path of one shipped font file. */
export function fontFile(subset: (typeof SUBSETS)[number], weight: FontWeight): string {
  return require.resolve(
    `@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`,
  );
}

let fonts: Promise<LoadedFont[]> | undefined;

/**
 * The fonts, read once per thread. Satori caches parsed fonts by this array's identity, so
 * every render must pass the same array.
 */
export function loadFonts(): Promise<LoadedFont[]> {
  fonts ??= Promise.all(
    FONT_WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        name: `BVP ${subset}`,
        data: await readFile(fontFile(subset, weight)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}
