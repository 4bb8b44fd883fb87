import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const jobs: [string, string, number, number, boolean][] = JSON.parse(process.argv[2]!);
for (const [url, out, w, h, full] of jobs) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  await ctx.addInitScript(() => {
    localStorage.setItem('ocop:gio-hang', JSON.stringify({ items: [{ code: 'rebss8', sku: 'hop-250-g', quantity: 3 }] }));
  });
  const page = await ctx.newPage();
  await page.goto('http://localhost:4614' + url, { waitUntil: 'networkidle' });
  const hh = await page.locator('header[data-site-header]').evaluate((e) => e.getBoundingClientRect().height);
  console.log(url, w, 'header', hh);
  await page.screenshot({ path: out, fullPage: full });
  await ctx.close();
}
await browser.close();
