/**
 * The badge as a small self-contained SVG (240×64): no external fonts or images, a system
 * sans-serif stack, stars drawn as shapes, every piece of text escaped. Plain string templating:
 * 20,000 badges render in well under a second.
 *
 *   ┌──────────────────────────────┐
 *   │ OCOP ★★★★ 4 sao        REBSS8 │  white, border in the status colour; the product's code
 *   │ Còn hiệu lực đến 12/2027     │  band in the status colour, white bold text
 *   └──────────────────────────────┘
 */
import type { BadgeContent } from './badge-content.ts';

export const BADGE_WIDTH = 240;
export const BADGE_HEIGHT = 64;

const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const INK = '#1c2420';
const MUTED = '#4b5650';
const BRAND = '#134526';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Control characters other than tab and newlines: not allowed in XML 1.0 at all. */
// eslint-disable-next-line no-control-regex
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** A five-pointed star centred on (cx, cy) as polygon points. */
export function starPoints(cx: number, cy: number, outer = 6.5, inner = 2.7): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`,
    );
  }
  return points.join(' ');
}

const STAR_X = 64;
const STAR_STEP = 14;
const ROW_1 = 22;
/** The five star positions, computed once. */
const STAR_POINTS = [0, 1, 2, 3, 4].map((i) => starPoints(STAR_X + i * STAR_STEP, ROW_1 - 5));

export function renderBadgeSvg(content: BadgeContent): string {
  const { tone } = content;
  const stars = Array.from(
    { length: content.stars },
    (_, i) => `<polygon points="${STAR_POINTS[i]}" fill="${tone.star}"/>`,
  ).join('');
  const afterStars = STAR_X + (content.stars - 1) * STAR_STEP + 12;
  // "5 stars" is longer than "5 sao": a size smaller keeps it clear of the code on the right.
  const labelSize = content.starsLabel.length > 5 ? 13 : 14;
  const w = BADGE_WIDTH;
  const h = BADGE_HEIGHT;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" data-state="${content.state}">` +
    `<title>${escapeXml(content.title)}</title>` +
    `<rect x="1" y="1" width="${w - 2}" height="${h - 2}" rx="8" fill="#ffffff" stroke="${tone.band}" stroke-width="2"/>` +
    `<path d="M1 34H${w - 1}V55A8 8 0 0 1 ${w - 9} ${h - 1}H9A8 8 0 0 1 1 55Z" fill="${tone.band}"/>` +
    `<g font-family="${FONT}">` +
    `<text x="11" y="${ROW_1}" font-size="15" font-weight="800" fill="${BRAND}">OCOP</text>` +
    stars +
    `<text x="${afterStars}" y="${ROW_1}" font-size="${labelSize}" font-weight="600" fill="${INK}">${escapeXml(content.starsLabel)}</text>` +
    `<text x="${w - 11}" y="${ROW_1 - 1}" font-size="10" fill="${MUTED}" text-anchor="end">${escapeXml(content.code)}</text>` +
    `<text x="11" y="54" font-size="13" font-weight="700" fill="${tone.onBand}">${escapeXml(content.statusLine)}</text>` +
    `</g></svg>\n`
  );
}
