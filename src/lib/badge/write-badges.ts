/**
 * Writes every product's badges (`/p/<code>/huy-hieu.svg`, `/en/p/<code>/badge.svg`) into the
 * built site, with the status as of `date`. Called in each build by the `ocop:badges` integration's
 * background step (`badges-task.ts`); Node only.
 */
import type { OutputWriter } from '../build/output-ledger.ts';
import { certificateStanding, type StandingCertification } from '../domain/product-standing.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localized } from '../i18n/localized.ts';
import { assets } from '../i18n/routes.ts';
import { badgeContent } from './badge-content.ts';
import { renderBadgeSvg } from './render-badge.ts';

export interface BadgeProduct {
  code: string;
  name: string;
  nameEn?: string | undefined;
  certifications: readonly StandingCertification[];
}

/** The SVG of one product's badge on `date` (YYYY-MM-DD, Vietnam time), in `locale`. */
export function productBadgeSvg(
  product: BadgeProduct,
  date: string,
  locale: Locale = 'vi',
): string {
  const { stars, status } = certificateStanding(product.certifications, date);
  const name = localized(product.name, product.nameEn, locale).text;
  return renderBadgeSvg(badgeContent({ code: product.code, name, stars, status }, locale));
}

export interface WrittenBadges {
  files: number;
  bytes: number;
}

/** Writes them all, a few dozen files at a time. */
export async function writeBadges(
  products: readonly BadgeProduct[],
  writer: OutputWriter,
  date: string,
  concurrency = 64,
): Promise<WrittenBadges> {
  let next = 0;
  let bytes = 0;
  async function worker() {
    while (next < products.length) {
      const product = products[next++]!;
      for (const locale of LOCALES) {
        const svg = productBadgeSvg(product, date, locale);
        await writer.write(assets.productBadge(product.code, locale), svg);
        bytes += Buffer.byteLength(svg);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, products.length) }, worker));
  return { files: products.length * LOCALES.length, bytes };
}
