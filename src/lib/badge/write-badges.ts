/**
 * Writes every product's badge (`/p/<code>/huy-hieu.svg`) into the built site, with the status
 * as of `date`. Called after each build by the `ocop:badges` integration; Node only.
 */
import type { OutputWriter } from '../build/output-ledger.ts';
import { certificateStanding, type StandingCertification } from '../domain/product-standing.ts';
import { assets } from '../i18n/routes.ts';
import { badgeContent } from './badge-content.ts';
import { renderBadgeSvg } from './render-badge.ts';

export interface BadgeProduct {
  code: string;
  name: string;
  certifications: readonly StandingCertification[];
}

/** The SVG of one product's badge on `date` (YYYY-MM-DD, Vietnam time). */
export function productBadgeSvg(product: BadgeProduct, date: string): string {
  const { stars, status } = certificateStanding(product.certifications, date);
  return renderBadgeSvg(badgeContent({ code: product.code, name: product.name, stars, status }));
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
      const svg = productBadgeSvg(product, date);
      await writer.write(assets.productBadge(product.code), svg);
      bytes += Buffer.byteLength(svg);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, products.length) }, worker));
  return { files: products.length, bytes };
}
