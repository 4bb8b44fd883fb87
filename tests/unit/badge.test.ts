import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  BADGE_TONES,
  badgeContent,
  monthYear,
  type BadgeSubject,
} from '../../src/lib/badge/badge-content.ts';
import { badgeAlt, badgeEmbedCode } from '../../src/lib/badge/embed-code.ts';
import {
  BADGE_HEIGHT,
  BADGE_WIDTH,
  escapeXml,
  renderBadgeSvg,
  XML_FORBIDDEN,
} from '../../src/lib/badge/render-badge.ts';
import { productBadgeSvg, writeBadges } from '../../src/lib/badge/write-badges.ts';
import { folderWriter } from '../../src/lib/build/output-ledger.ts';
import { certificateStatus } from '../../src/lib/domain/certificate-status.ts';

/** Decided 15/12/2024: valid through 15/12/2027, "expiring" from 16/9/2027 (90 days before). */
const DECIDED = '2024-12-15';
const subject = (today: string, revoked = false, name = 'Bánh cáy làng Nguyễn'): BadgeSubject => ({
  code: 'k7q2m4',
  name,
  stars: 4,
  status: certificateStatus({ decisionDate: DECIDED, status: revoked ? 'revoked' : 'new' }, today),
});
const svgOn = (today: string, revoked = false) =>
  renderBadgeSvg(badgeContent(subject(today, revoked)));

/** WCAG relative luminance and contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('badge text and colour by status', () => {
  it.each([
    ['a year before the end', '2026-12-15', 'valid', 'Còn hiệu lực đến 12/2027'],
    ['91 days before the end', '2027-09-15', 'valid', 'Còn hiệu lực đến 12/2027'],
    ['90 days before the end', '2027-09-16', 'expiring', 'Sắp hết hạn 12/2027'],
    ['on the last valid day', '2027-12-15', 'expiring', 'Sắp hết hạn 12/2027'],
    ['the day after', '2027-12-16', 'expired', 'Đã hết hạn'],
  ] as const)('%s (%s): %s, "%s"', (_, today, state, line) => {
    const content = badgeContent(subject(today));
    expect(content.state).toBe(state);
    expect(content.statusLine).toBe(line);
    expect(content.tone).toEqual(BADGE_TONES[state]);
    const svg = renderBadgeSvg(content);
    expect(svg).toContain(`>${line}</text>`);
    expect(svg).toContain(`fill="${BADGE_TONES[state].band}"`);
    expect(svg).toContain(`data-state="${state}"`);
  });

  it('a revoked certificate says so whatever the date, in red', () => {
    for (const today of ['2025-01-01', '2027-12-15', '2030-01-01']) {
      const content = badgeContent(subject(today, true));
      expect(content.statusLine).toBe('Đã thu hồi');
      expect(content.tone.band).toBe('#991b1b');
      expect(renderBadgeSvg(content)).not.toContain('hiệu lực');
    }
  });

  it('draws one star shape per star and says the count in words', () => {
    for (const stars of [3, 4, 5]) {
      const svg = renderBadgeSvg(badgeContent({ ...subject('2026-01-01'), stars }));
      expect(svg.match(/<polygon /g)).toHaveLength(stars);
      expect(svg).toContain(`>${stars} sao</text>`);
      expect(svg).toMatch(/>OCOP<\/text>/);
    }
  });

  it('greys the stars once the certificate has lapsed', () => {
    expect(svgOn('2026-01-01')).toContain('fill="#b45309"/>');
    expect(svgOn('2028-01-01')).not.toContain('fill="#b45309"');
    expect(svgOn('2026-01-01', true)).not.toContain('fill="#b45309"');
  });

  it('has high contrast: band text ≥ 7:1, stars and code ≥ 3:1 on white', () => {
    for (const tone of Object.values(BADGE_TONES)) {
      expect(contrast(tone.band, tone.onBand)).toBeGreaterThanOrEqual(7);
      expect(contrast(tone.star, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes months with two digits', () => {
    expect(monthYear('2027-02-28')).toBe('02/2027');
    expect(monthYear('2027-12-01')).toBe('12/2027');
  });
});

describe('the SVG', () => {
  it('is self-contained and accessible: size, role, title, no external references', () => {
    const svg = svgOn('2026-01-01');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="240" height="64" viewBox="0 0 240 64" role="img"/,
    );
    expect(svg).toContain(
      '<title>OCOP 4 sao · Còn hiệu lực đến 12/2027 · Bánh cáy làng Nguyễn (mã K7Q2M4)</title>',
    );
    expect(svg).toContain('>K7Q2M4</text>');
    expect(svg).not.toMatch(/href=|url\(|@import|@font-face|<image|<script/);
    expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
  });

  it('escapes odd names: quotes, angle brackets, ampersands and control characters', () => {
    const name = `Rượu "Làng Vân" <b>ngon</b> & 'cay'\u0001\u001f`;
    const svg = renderBadgeSvg(badgeContent(subject('2026-01-01', false, name)));
    expect(svg).toContain(
      'Rượu &quot;Làng Vân&quot; &lt;b&gt;ngon&lt;/b&gt; &amp; &apos;cay&apos; (mã K7Q2M4)</title>',
    );
    expect(svg).not.toContain('<b>');
    expect(svg).not.toMatch(new RegExp(XML_FORBIDDEN.source));
    expect(svg).not.toContain('\u0001');
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });

  it.each(['2026-01-01', '2027-12-15', '2028-01-01'])(
    'parses and renders with sharp (librsvg) at the stated size (%s)',
    async (today) => {
      for (const revoked of [false, true]) {
        const svg = renderBadgeSvg(badgeContent(subject(today, revoked, `Tên lạ "<&>" 'x'\u0002`)));
        const meta = await sharp(Buffer.from(svg)).metadata();
        expect(meta.format).toBe('svg');
        expect([meta.width, meta.height]).toEqual([BADGE_WIDTH, BADGE_HEIGHT]);
        const png = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
        expect(png.info.format).toBe('png');
        expect([png.info.width, png.info.height]).toEqual([240, 64]);
        // The band is drawn in the status colour: sample a pixel inside it.
        const { data, info } = await sharp(png.data)
          .extract({ left: 200, top: 58, width: 1, height: 1 })
          .raw()
          .toBuffer({ resolveWithObject: true });
        const hex = `#${[...data.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
        expect(info.channels).toBeGreaterThanOrEqual(3);
        const state = badgeContent(subject(today, revoked)).state;
        expect(hex).toBe(BADGE_TONES[state].band);
      }
    },
  );
});

describe('embed code', () => {
  const code = badgeEmbedCode({
    checkUrl: 'https://ocop.example.vn/p/k7q2m4/',
    badgeUrl: 'https://ocop.example.vn/p/k7q2m4/huy-hieu.svg',
    productName: 'Nước mắm "Cá cơm" <43°> & co',
  });

  it('links the badge image to the check page, with its size', () => {
    expect(code).toBe(
      '<a href="https://ocop.example.vn/p/k7q2m4/"><img src="https://ocop.example.vn/p/k7q2m4/huy-hieu.svg" ' +
        'alt="Chứng nhận OCOP của Nước mắm &quot;Cá cơm&quot; &lt;43°&gt; &amp; co: bấm để xem tình trạng hiện tại" ' +
        'width="240" height="64"></a>',
    );
  });

  it('says nothing in its alt text that a later certificate change could make false', () => {
    const alt = badgeAlt('Bánh cáy');
    expect(alt).not.toMatch(/\d|sao|hiệu lực đến|hết hạn|thu hồi/);
  });

  it('writes the alt text in English for an English page, as lasting as the Vietnamese', () => {
    const alt = badgeAlt('Cay cake', 'en');
    expect(alt).toBe('OCOP certificate of Cay cake: click to see its current status');
    expect(alt).not.toMatch(/\d|star|valid|expire|revoked/i);
    expect(
      badgeEmbedCode({
        checkUrl: 'https://ocop.example.vn/en/p/k7q2m4/',
        badgeUrl: 'https://ocop.example.vn/p/k7q2m4/huy-hieu.svg',
        productName: 'Cay cake',
        locale: 'en',
      }),
    ).toContain(`alt="${alt}"`);
  });
});

describe('writing the badges', () => {
  it('writes /p/<code>/huy-hieu.svg for each product with its status on the given day', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'badges-'));
    try {
      const products = [
        {
          code: 'aaaaaa',
          name: 'Một',
          certifications: [
            { stars: 3 as const, decisionDate: '2020-01-10', status: 'new' as const },
            { stars: 4 as const, decisionDate: DECIDED, status: 're-recognised' as const },
          ],
        },
        {
          code: 'bbbbbb',
          name: 'Hai',
          certifications: [
            { stars: 5 as const, decisionDate: '2021-03-01', status: 'new' as const },
          ],
        },
      ];
      const written = await writeBadges(products, folderWriter(dir), '2026-06-01');
      expect(written.files).toBe(4);
      const a = await readFile(path.join(dir, 'p/aaaaaa/huy-hieu.svg'), 'utf8');
      const b = await readFile(path.join(dir, 'p/bbbbbb/huy-hieu.svg'), 'utf8');
      const aEn = await readFile(path.join(dir, 'en/p/aaaaaa/badge.svg'), 'utf8');
      const bEn = await readFile(path.join(dir, 'en/p/bbbbbb/badge.svg'), 'utf8');
      // The latest certification decides: 4 stars, valid to 12/2027.
      expect(a).toBe(productBadgeSvg(products[0]!, '2026-06-01'));
      expect(a).toContain('>4 sao<');
      expect(a).toContain('Còn hiệu lực đến 12/2027');
      expect(b).toContain('>5 sao<');
      expect(b).toContain('Đã hết hạn');
      // The English badge, for the English share kit: the same status, in English.
      expect(aEn).toBe(productBadgeSvg(products[0]!, '2026-06-01', 'en'));
      expect(aEn).toContain('>4 stars<');
      expect(aEn).toContain('Valid until 12/2027');
      expect(bEn).toContain('>Expired<');
      expect(bEn).not.toMatch(/sao|hiệu lực|hết hạn/);
      expect(written.bytes).toBe([a, b, aEn, bEn].reduce((n, t) => n + Buffer.byteLength(t), 0));

      // The next build, a day past the end date: the same file now says so.
      await writeBadges(products, folderWriter(dir), '2027-12-16');
      const later = await readFile(path.join(dir, 'p/aaaaaa/huy-hieu.svg'), 'utf8');
      expect(later).toContain('>Đã hết hạn<');
      expect(later).not.toContain('hiệu lực');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
