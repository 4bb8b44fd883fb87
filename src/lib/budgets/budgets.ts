/**
 * Page-weight budgets per template, checked on every build by `npm run check:budgets` (part of
 * `npm test`). Bytes are what a first visit transfers (brotli), photos excluded.
 * Browse pages: ≤ 50 KB in all and ≤ 10 KB of JavaScript (issue 6). The search page runs a
 * React island (InstantSearch) and has its own, stated budget; so has the wholesale inquiry
 * (≤ 15 KB of JavaScript).
 */
export interface Budget {
  template: string;
  /** Pages of the template, as URL paths matched against the build's HTML files. */
  pattern: RegExp;
  maxTotalKB: number;
  maxJsKB: number;
}

const browse = { maxTotalKB: 50, maxJsKB: 10 };
/** Shortlist and print views: the status and pre-print notice (issue 13), "all to the cart" (issue 14). */
const tools = { maxTotalKB: 50, maxJsKB: 13 };

export const BUDGETS: Budget[] = [
  { template: 'product', pattern: /^(\/en)?\/san-pham\/[^/]+\/$/, ...browse },
  { template: 'producer', pattern: /^(\/en)?\/chu-the\/[^/]+\/$/, ...browse },
  { template: 'province', pattern: /^(\/en)?\/tinh\/[^/]+\/(trang\/\d+\/)?$/, ...browse },
  { template: 'sales points', pattern: /^(\/en)?\/diem-ban\/([^/]+\/)?$/, ...browse },
  { template: 'certificate check', pattern: /^(\/en)?\/p\/[^/]+\/$/, ...browse },
  { template: 'home', pattern: /^(\/en)?\/$/, ...browse },
  { template: 'category', pattern: /^(\/en)?\/danh-muc\/[^/]+\/(trang\/\d+\/)?$/, ...browse },
  { template: 'stars', pattern: /^(\/en)?\/sao\/\d\/(trang\/\d+\/)?$/, ...browse },
  { template: 'fair', pattern: /^(\/en)?\/hoi-cho\/[^/]+\/$/, ...browse },
  {
    template: 'narrowed or sorted listing',
    pattern: /^(\/en)?\/(tinh|danh-muc|sao)\/[^/]+\/(nganh\/|tinh\/|sao-\d\/|xep-)/,
    ...browse,
  },
  // Tools rather than browse pages, with their own stated budget: drawn in the browser from the
  // card shards, with the QR encoder (about 5 KB of the JS), the status of each card on the day
  // and the notice that names lapsed products before printing.
  { template: 'shortlist', pattern: /^(\/en)?\/danh-sach\/$/, ...tools },
  { template: 'print views', pattern: /^(\/en)?\/in\/(nhan|ap-phich)\/$/, ...tools },
  // The cart draws everything in the browser: grouping, send links, VietQR (issue 14).
  { template: 'cart', pattern: /^(\/en)?\/gio-hang\/$/, maxTotalKB: 50, maxJsKB: 15 },
  // The wholesale inquiry draws its groups, messages and A4 sheets in the browser.
  {
    template: 'wholesale inquiry',
    pattern: /^(\/en)?\/hoi-gia-si\/$/,
    maxTotalKB: 50,
    maxJsKB: 15,
  },
  { template: 'search', pattern: /^(\/en)?\/tim-kiem\/$/, maxTotalKB: 200, maxJsKB: 150 },
];

/** Pages weighed per template: the ones with the largest HTML (the heaviest cases). */
export const SAMPLES_PER_TEMPLATE = 8;
