/**
 * `node scripts/make-sample-images.ts [slug…]`: draws the illustrations of the sample catalogue.
 *
 * Every product whose image points at `./images/<its slug>.jpg` gets a simple illustration (not
 * a fake photo): a soft background by category group, a shape motif, the product name and the
 * caption "Ảnh minh họa · dữ liệu mẫu". The SVG is rasterised by sharp (librsvg) to a 1200×900
 * JPEG. The product JSON is the list of what to draw; pass slugs to redraw only those.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const CONTENT = path.resolve(import.meta.dirname, '..', 'content');
const PRODUCTS = path.join(CONTENT, 'products');
const WIDTH = 1200;
const HEIGHT = 900;
const QUALITY = 70;
const MAX_BYTES = 60 * 1024;
const FONT = 'DejaVu Sans';
const CAPTION = 'Ảnh minh họa · dữ liệu mẫu';

interface Palette {
  background: string;
  accent: string;
  ink: string;
}

/** One palette per ngành (I–VI): warm for food, cool for drinks, green for herbs… */
const PALETTES = {
  I: { background: '#fbf1e1', accent: '#e7a65a', ink: '#6e3c17' },
  II: { background: '#e6f0f5', accent: '#6fa8c7', ink: '#1f4e66' },
  III: { background: '#e8f2e4', accent: '#7fb77e', ink: '#2f5d36' },
  IV: { background: '#f6e9e1', accent: '#c9785b', ink: '#6b3424' },
  V: { background: '#f9e8ec', accent: '#e08aa0', ink: '#7a2e45' },
  VI: { background: '#e3f1ef', accent: '#5fb3a6', ink: '#1e5a52' },
} satisfies Record<string, Palette>;

function paletteFor(group: string): Palette {
  return (PALETTES as Record<string, Palette | undefined>)[group] ?? PALETTES.I;
}

interface ProductFile {
  name: string;
  category: string;
  images?: { src: string; alt: string }[];
}

interface CategoryNode {
  code: string;
  name: string;
  children?: CategoryNode[];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** True when fontconfig knows the family, so librsvg can draw Vietnamese text with it. */
function hasFont(family: string): boolean {
  try {
    return execFileSync('fc-list', [`:family=${family}`], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** Greedy word wrap by an estimated glyph width (DejaVu Sans Bold ≈ 0.66 em per character). */
function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const perLine = Math.floor(maxWidth / (fontSize * 0.66));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

type Shape =
  'fruit' | 'jar' | 'bowl' | 'bottle' | 'cup' | 'leaves' | 'vase' | 'flower' | 'landscape';

/** The motif for a leaf code: by ngành, and within food by nhóm (fresh, raw, processed…). */
function shapeFor(code: string): Shape {
  const [group, nhom] = code.split('.');
  if (group === 'I') {
    const food: Record<string, Shape> = {
      '1': 'fruit',
      '2': 'jar',
      '4': 'bottle',
      '5': 'cup',
      '6': 'cup',
    };
    return food[nhom ?? ''] ?? 'bowl';
  }
  const other: Record<string, Shape> = {
    II: 'bottle',
    III: 'leaves',
    IV: 'vase',
    V: 'flower',
    VI: 'landscape',
  };
  return other[group ?? ''] ?? 'bowl';
}

/** A simple shape motif drawn around (cx, cy). */
function motif(shape: Shape, { accent, ink }: Palette, cx: number, cy: number): string {
  const soft = `fill="${accent}" fill-opacity="0.55"`;
  const dark = `fill="${ink}" fill-opacity="0.45"`;
  const line = `stroke="${ink}" stroke-width="10" stroke-linecap="round" fill="none" stroke-opacity="0.55"`;
  const steam = (x: number, y: number) =>
    `<path d="M${x} ${y} q-25 -40 0 -80 q25 -40 0 -80" ${line}/>`;
  switch (shape) {
    case 'fruit':
      return `<circle cx="${cx - 70}" cy="${cy + 40}" r="130" ${soft}/>
        <circle cx="${cx + 110}" cy="${cy + 80}" r="95" ${soft}/>
        <path d="M${cx - 70} ${cy - 90} q10 -60 50 -90" ${line}/>
        <ellipse cx="${cx + 10}" cy="${cy - 170}" rx="70" ry="28" transform="rotate(-25 ${cx + 10} ${cy - 170})" ${dark}/>`;
    case 'jar':
      return `<rect x="${cx - 150}" y="${cy - 120}" width="300" height="300" rx="70" ${soft}/>
        <rect x="${cx - 120}" y="${cy - 175}" width="240" height="60" rx="14" ${dark}/>
        <rect x="${cx - 100}" y="${cy - 20}" width="200" height="110" rx="12" fill="#fff" fill-opacity="0.6"/>
        <path d="M${cx + 150} ${cy - 60} q60 20 40 90" ${line}/>`;
    case 'bottle':
      return `<path d="M${cx - 30} ${cy - 190} h60 v60 q70 40 70 110 v190 q0 30 -30 30 h-140 q-30 0 -30 -30 v-190 q0 -70 70 -110 z" ${soft}/>
        <rect x="${cx - 40}" y="${cy - 215}" width="80" height="30" rx="8" ${dark}/>
        <rect x="${cx - 100}" y="${cy + 20}" width="200" height="90" rx="10" fill="#fff" fill-opacity="0.6"/>
        <circle cx="${cx + 170}" cy="${cy - 60}" r="22" ${soft}/><circle cx="${cx + 210}" cy="${cy - 130}" r="14" ${soft}/>
        <circle cx="${cx + 160}" cy="${cy - 180}" r="9" ${soft}/>`;
    case 'cup':
      return `<path d="M${cx - 170} ${cy - 10} h300 v90 q0 110 -150 110 q-150 0 -150 -110 z" ${soft}/>
        <path d="M${cx + 130} ${cy + 20} q90 0 70 70 q-15 45 -80 40" ${line}/>
        <ellipse cx="${cx - 20}" cy="${cy + 215}" rx="230" ry="26" ${dark}/>
        ${steam(cx - 90, cy - 40)}${steam(cx - 20, cy - 40)}${steam(cx + 50, cy - 40)}`;
    case 'leaves':
      return `<path d="M${cx} ${cy + 200} C ${cx - 20} ${cy + 60}, ${cx + 20} ${cy - 80}, ${cx} ${cy - 200}" ${line}/>
        ${[-150, -60, 30, 120]
          .map((dy, i) => {
            const side = i % 2 ? 1 : -1;
            return `<ellipse cx="${cx + side * 85}" cy="${cy + dy}" rx="95" ry="38" transform="rotate(${side * -30} ${cx + side * 85} ${cy + dy})" ${soft}/>`;
          })
          .join('')}`;
    case 'vase':
      return `<path d="M${cx - 45} ${cy - 200} h90 q-10 40 30 80 q90 90 60 220 q-15 70 -90 90 h-90 q-75 -20 -90 -90 q-30 -130 60 -220 q40 -40 30 -80 z" ${soft}/>
        <path d="M${cx - 115} ${cy + 30} q115 -50 230 0" ${line}/>
        <path d="M${cx - 110} ${cy + 90} q110 -50 220 0" ${line}/>`;
    case 'flower':
      return `${[0, 72, 144, 216, 288]
        .map((deg) => {
          const r = (deg * Math.PI) / 180;
          const x = cx + Math.cos(r) * 95;
          const y = cy - 40 + Math.sin(r) * 95;
          return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="80" ${soft}/>`;
        })
        .join('')}
        <circle cx="${cx}" cy="${cy - 40}" r="52" ${dark}/>
        <path d="M${cx} ${cy + 90} v140" ${line}/>`;
    case 'landscape':
      return `<circle cx="${cx + 120}" cy="${cy - 140}" r="70" ${soft}/>
        <path d="M${cx - 260} ${cy + 120} L${cx - 90} ${cy - 110} L${cx + 20} ${cy + 20} L${cx + 110} ${cy - 60} L${cx + 260} ${cy + 120} z" ${soft}/>
        <path d="M${cx - 260} ${cy + 170} q65 -30 130 0 t130 0 t130 0 t130 0" ${line}/>`;
    case 'bowl':
      return `<path d="M${cx - 200} ${cy} h400 q0 170 -200 170 q-200 0 -200 -170 z" ${soft}/>
        <rect x="${cx - 220}" y="${cy - 14}" width="440" height="20" rx="10" ${dark}/>
        ${steam(cx - 80, cy - 50)}${steam(cx, cy - 50)}${steam(cx + 80, cy - 50)}`;
  }
}

/** Cuts a label to `max` characters at a word boundary, ending with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

function illustration(name: string, code: string, categoryName: string, withText: boolean): string {
  const group = code.split('.')[0] ?? 'I';
  const palette = paletteFor(group);
  const { background, accent, ink } = palette;
  let fontSize = 74;
  let lines = wrap(name, fontSize, 1040);
  if (lines.length > 3) {
    fontSize = 58;
    lines = wrap(name, fontSize, 1040);
  }
  const nameTop = 820 - 70 - lines.length * fontSize * 1.18;
  const text = withText
    ? `<g font-family="${FONT}" fill="${ink}">
        <text x="80" y="${nameTop - 24}" font-size="30" fill-opacity="0.8">${escapeXml(shorten(categoryName, 58))}</text>
        ${lines
          .map(
            (l, i) =>
              `<text x="80" y="${(nameTop + (i + 1) * fontSize * 1.12).toFixed(0)}" font-size="${fontSize}" font-weight="bold">${escapeXml(l)}</text>`,
          )
          .join('')}
        <rect x="80" y="800" width="60" height="4" fill="${ink}" fill-opacity="0.5"/>
        <text x="80" y="850" font-size="30" fill-opacity="0.75">${escapeXml(CAPTION)}</text>
      </g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>
    <circle cx="1010" cy="190" r="330" fill="${accent}" fill-opacity="0.18"/>
    <circle cx="120" cy="60" r="140" fill="${accent}" fill-opacity="0.12"/>
    <g transform="translate(900 270) scale(0.85) translate(-900 -270)">${motif(shapeFor(code), palette, 900, 270)}</g>
    ${text}
  </svg>`;
}

async function leafNames(): Promise<Map<string, string>> {
  const file = JSON.parse(await readFile(path.join(CONTENT, 'categories.json'), 'utf8')) as {
    tree: CategoryNode[];
  };
  const names = new Map<string, string>();
  const walk = (node: CategoryNode) => {
    names.set(node.code, node.name);
    node.children?.forEach(walk);
  };
  file.tree.forEach(walk);
  return names;
}

async function main() {
  const only = new Set(process.argv.slice(2));
  const withText = hasFont(FONT);
  if (!withText) console.warn(`Font "${FONT}" not found: drawing illustrations without text.`);
  const categories = await leafNames();
  await mkdir(path.join(PRODUCTS, 'images'), { recursive: true });
  const files = (await readdir(PRODUCTS)).filter((f) => f.endsWith('.json')).sort();
  let made = 0;
  for (const file of files) {
    const slug = file.slice(0, -'.json'.length);
    if (only.size && !only.has(slug)) continue;
    const product = JSON.parse(await readFile(path.join(PRODUCTS, file), 'utf8')) as ProductFile;
    if (product.images?.[0]?.src !== `./images/${slug}.jpg`) continue;
    const category = categories.get(product.category) ?? '';
    const svg = illustration(product.name, product.category, category, withText);
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: QUALITY, mozjpeg: true }).toBuffer();
    await writeFile(path.join(PRODUCTS, 'images', `${slug}.jpg`), jpeg);
    const kb = (jpeg.length / 1024).toFixed(1);
    console.log(
      `${slug}.jpg ${kb} KB${jpeg.length > MAX_BYTES ? '  (over the 60 KB budget)' : ''}`,
    );
    made += 1;
  }
  console.log(`${made} illustration(s) written to content/products/images/.`);
}

await main();
