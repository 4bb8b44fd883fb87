/** The link-preview image for pages without a photo of their own: 1200×630, drawn at build. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#134526"/>
  <circle cx="600" cy="290" r="170" fill="#185730" stroke="#fbbf24" stroke-width="10"/>
  <path transform="translate(600 290) scale(9) translate(-16 -16)" d="M16 6l2.9 6.2 6.8.8-5 4.6 1.4 6.7L16 21l-6.1 3.3 1.4-6.7-5-4.6 6.8-.8z" fill="#fbbf24"/>
  ${[0, 1, 2, 3, 4].map((i) => `<path transform="translate(${430 + i * 85} 540) scale(2.2) translate(-16 -16)" d="M16 6l2.9 6.2 6.8.8-5 4.6 1.4 6.7L16 21l-6.1 3.3 1.4-6.7-5-4.6 6.8-.8z" fill="#fbbf24"/>`).join('')}
</svg>`;

export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
