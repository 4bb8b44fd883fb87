/**
 * A URL as printed for people to type: no scheme, the path exactly as the site serves it. The
 * check page of a product is `/p/<code>/` — lower-case code, trailing slash — the address the
 * build writes (`p/<code>/index.html`, `trailingSlash: 'always'`), so it opens wherever the
 * site opens at all. Without the slash it depends on the host (docs/deploy.md): Netlify,
 * Cloudflare Pages, GitHub Pages and nginx redirect `/p/f4mpg6` to `/p/f4mpg6/`, but S3 behind
 * CloudFront only does when the distribution is set up to (S3 website origin, or a function
 * that maps `/p/f4mpg6` to its `index.html`); otherwise it answers 403/404. So the slash stays.
 */

/** "https://ocop.example.vn/p/f4mpg6/" → "ocop.example.vn/p/f4mpg6/". */
export function printedUrl(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${host}${pathname}${search}`;
}

/** "https://ocop.example.vn/" → "ocop.example.vn": the site's name in a sheet's footer. */
export function printedHost(url: string): string {
  const { host, pathname } = new URL(url);
  return pathname === '/' ? host : `${host}${pathname}`;
}
