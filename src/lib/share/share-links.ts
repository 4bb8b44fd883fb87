/**
 * Links that share a page without any third-party script (the site's Content-Security-Policy
 * allows none): the page's absolute canonical URL, percent-encoded into each service's
 * documented share URL.
 *
 * Zalo documents no plain share link: its share button needs Zalo's SDK script and an Official
 * Account id. The share buttons offer "copy the link for Zalo" instead, and the Web Share API,
 * whose share sheet lists Zalo on phones that have it. See docs/sharing.md.
 */
export const facebookShareUrl = (pageUrl: string) =>
  `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
