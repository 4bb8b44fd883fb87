import { chromium } from 'playwright';
import sharp from 'sharp';
const [A, B] = ['http://127.0.0.1:4501', 'http://127.0.0.1:4502'];
const paths = ['/', '/en/', '/danh-muc/ca-phe-ca-cao/', '/en/danh-muc/cay-canh/', '/danh-muc/thuc-pham/', '/san-pham/bach-tra-ninh-binh/',
  '/en/san-pham/binh-hoa-gom-yen-my/', '/chu-the/co-so-ca-cao-an-phu/', '/p/00p726/', '/en/p/01mqer/', '/tinh/', '/tinh/an-giang/', '/sao/3/',
  '/danh-sach/', '/gio-hang/', '/hoi-cho/', '/diem-ban/', '/tim-kiem/?q=tra', '/en/tim-kiem/?q=tea', '/du-lieu/', '/gioi-thieu/', '/404.html', '/danh-muc/ca-phe-ca-cao/xep-ten/trang/3/', '/en/danh-muc/ca-phe-ca-cao/xep-ten/trang/3/', '/en/chu-the/cty-tnhh-nam-trung/', '/san-pham/ca-phe-arabica-dai-my/', '/en/san-pham/bach-tra-ninh-binh/', '/danh-muc/thuc-pham/xep-moi/', '/en/sao/4/'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let diffs = 0;
async function shot(ctx, base, path, act) {
  const p = await ctx.newPage();
  if (process.env.CLOCK) await p.clock.setFixedTime(new Date(process.env.CLOCK));
  await p.goto(base + path, { waitUntil: 'networkidle' });
  if (act) await act(p);
  await p.waitForTimeout(300);
  const buf = await p.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  await p.close();
  return buf;
}
async function compare(name, bufA, bufB) {
  const [ra, rb] = await Promise.all([bufA, bufB].map((x) => sharp(x).raw().toBuffer({ resolveWithObject: true })));
  let n = 0;
  if (ra.info.width !== rb.info.width || ra.info.height !== rb.info.height) n = -1;
  else for (let i = 0; i < ra.data.length; i++) if (ra.data[i] !== rb.data[i]) n++;
  if (n !== 0) { diffs++; await sharp(bufA).toFile(`/tmp/cmpshots/${name}-A.png`); await sharp(bufB).toFile(`/tmp/cmpshots/${name}-B.png`); }
  console.log(n === 0 ? 'same' : `DIFF(${n}) ${ra.info.width}x${ra.info.height} vs ${rb.info.width}x${rb.info.height}`, name);
}
for (const vp of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  const ctxA = await b.newContext({ viewport: vp }), ctxB = await b.newContext({ viewport: vp });
  for (const path of paths) {
    const name = `${vp.width}${path.replace(/[^a-z0-9]+/gi, '_')}`;
    await compare(name, await shot(ctxA, A, path), await shot(ctxB, B, path));
  }
  // hover a chip, a card; open the menu; add to the shortlist and cart so the counts show
  const acts = {
    hoverChip: async (p) => p.hover('[data-choice]:not([aria-current])'),
    hoverCard: async (p) => p.hover('article[data-product] h3 a, article[data-product] h2 a, article[data-product] h4 a'),
    menu: async (p) => { if (vp.width < 640) await p.click('summary'); },
    shortlisted: async (p) => { await p.click('[data-shortlist-toggle]'); await p.waitForTimeout(200); await p.hover('h1'); },
    focusSearch: async (p) => p.focus('input[type="search"]'),
  };
  for (const [k, act] of Object.entries(acts)) {
    const name = `${vp.width}_act_${k}`;
    await compare(name, await shot(ctxA, A, '/danh-muc/ca-phe-ca-cao/', act), await shot(ctxB, B, '/danh-muc/ca-phe-ca-cao/', act));
  }
  const cartAct = async (p) => { const btn = await p.$('[data-add-to-cart] button, button[data-add-to-cart]'); if (btn) { await btn.click(); await p.waitForTimeout(200);} };
  await compare(`${vp.width}_act_cart`, await shot(ctxA, A, '/san-pham/bach-tra-ninh-binh/', cartAct), await shot(ctxB, B, '/san-pham/bach-tra-ninh-binh/', cartAct));
}
await b.close();
console.log('differing:', diffs);
