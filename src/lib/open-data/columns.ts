/**
 * The open-data files the build publishes (`/du-lieu/`), one column list per file. These names
 * are a public contract: add columns at the end, never rename or remove one. The importer reads
 * the products file back (export → import changes nothing).
 */

export const OPEN_DATA_VERSION = 1;
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Products with their current certificate (the latest decision). */
export const PRODUCT_COLUMNS = [
  { name: 'slug', description: 'Product identifier and URL slug' },
  { name: 'name', description: 'Name as certified (Vietnamese)' },
  { name: 'name_en', description: 'English name, when there is one' },
  { name: 'category', description: 'Decision 148/QĐ-TTg leaf code, e.g. I.3.b' },
  { name: 'category_name', description: 'Vietnamese name of that category' },
  { name: 'producer_slug', description: 'Producer identifier (see producers file)' },
  { name: 'producer_name', description: 'Producer name' },
  { name: 'producer_type', description: 'htx, doanh-nghiep, to-hop-tac or ho-kinh-doanh' },
  { name: 'province', description: 'Province since 1 July 2025 (slug)' },
  { name: 'province_name', description: 'Province name since 1 July 2025' },
  { name: 'province_code', description: 'Province code (Decision 19/2025/QĐ-TTg)' },
  { name: 'former_province', description: 'Pre-2025 province on the certificate (slug), if any' },
  { name: 'commune', description: 'Commune or ward' },
  { name: 'stars', description: 'OCOP stars of the current certificate: 3, 4 or 5' },
  { name: 'score', description: 'Score out of 100, when published' },
  { name: 'potential_five_star', description: 'true when a 4-star product scored 90+' },
  { name: 'level', description: 'Certifying level: district, province or central' },
  { name: 'decision', description: 'Decision number, e.g. 715/QĐ-UBND' },
  { name: 'decision_date', description: 'Decision date, YYYY-MM-DD' },
  { name: 'issuer', description: 'Who signed the decision' },
  { name: 'certification_kind', description: 'new, re-recognised, upgraded or revoked' },
  { name: 'valid_until', description: 'Last valid day: decision date + 36 months' },
  { name: 'status', description: 'valid, expiring, expired or revoked, on the build date' },
  { name: 'certifications', description: 'Number of decisions in the product history' },
  { name: 'packaging', description: 'Pack sizes' },
  { name: 'price_min', description: 'Lowest price in VND' },
  { name: 'price_max', description: 'Highest price in VND' },
  { name: 'price_unit', description: 'What the price buys' },
  { name: 'url', description: 'Product page' },
  {
    name: 'code',
    description: 'Short code: 6 characters, Crockford base 32; never changes, even on a rename',
  },
  { name: 'short_url', description: 'Short URL: the certificate check page its QR code opens' },
  {
    name: 'offers',
    description:
      'Packs one can order from the producer, as a JSON array of {sku, pack, pack_en?, price, wholesale: [[from quantity, unit price]]}; prices in VND',
  },
  { name: 'min_order_quantity', description: 'Fewest packs per order, when the producer sets one' },
  {
    name: 'season_months',
    description: 'Months a seasonal product is sold, 1–12 separated by ";" (empty: all year)',
  },
  { name: 'description', description: 'What it is and what makes it local (Vietnamese)' },
  { name: 'description_en', description: 'The description in English, when there is one' },
  { name: 'packaging_en', description: 'Pack sizes in English, when given' },
  { name: 'price_unit_en', description: 'What the price buys, in English, when given' },
] as const;

export const PRODUCER_COLUMNS = [
  { name: 'slug', description: 'Producer identifier and URL slug' },
  { name: 'name', description: 'Registered name' },
  { name: 'type', description: 'htx, doanh-nghiep, to-hop-tac or ho-kinh-doanh' },
  { name: 'province', description: 'Province since 1 July 2025 (slug)' },
  { name: 'province_name', description: 'Province name' },
  { name: 'commune', description: 'Commune or ward' },
  { name: 'address', description: 'Street address or village' },
  { name: 'phone', description: 'Phone' },
  { name: 'email', description: 'E-mail' },
  { name: 'website', description: 'Website' },
  { name: 'products', description: 'Number of OCOP products' },
  { name: 'url', description: 'Producer page' },
  { name: 'code', description: 'Short code: 6 characters, Crockford base 32; never changes' },
  { name: 'short_url', description: 'Short URL: leads to the producer page' },
  { name: 'zalo', description: 'Mobile number of the Zalo account that takes orders' },
  { name: 'facebook', description: 'Facebook page' },
  {
    name: 'shops',
    description:
      'Online shops as a JSON array of {platform, url}; platform is shopee, tiki, lazada, postmart or tiktok-shop',
  },
  {
    name: 'takes_orders',
    description: 'true or false when the producer published its ordering terms; empty otherwise',
  },
  {
    name: 'ships_to',
    description: '"nationwide" or the 2025 province slugs it delivers to, separated by ";"',
  },
  { name: 'lead_time_days', description: 'Working days to dispatch, "min-max"' },
  { name: 'min_order_value', description: 'Smallest order accepted, VND' },
  { name: 'cash_on_delivery', description: 'Accepts payment on delivery (COD)' },
  {
    name: 'bank_transfer',
    description:
      'Accepts bank transfers. The account itself is left out of the open data (it is shown on the producer page only)',
  },
  { name: 'story', description: 'A short story of the producer (Vietnamese)' },
  { name: 'story_en', description: 'The story in English, when there is one' },
] as const;

export const SALES_POINT_COLUMNS = [
  { name: 'slug', description: 'Sales point identifier' },
  { name: 'name', description: 'Name' },
  {
    name: 'kind',
    description:
      'station, airport, rest-stop, market, mall, tourist-site, craft-village, fair-centre or shop',
  },
  { name: 'address', description: 'Address' },
  { name: 'province', description: 'Province since 1 July 2025 (slug)' },
  { name: 'province_name', description: 'Province name' },
  { name: 'commune', description: 'Commune or ward' },
  { name: 'lat', description: 'Latitude (WGS 84)' },
  { name: 'lng', description: 'Longitude (WGS 84)' },
  { name: 'phone', description: 'Phone' },
  {
    name: 'opening_hours',
    description: 'Opening hours in Vietnamese words, e.g. "Hằng ngày 7:30–21:00"',
  },
  { name: 'operator', description: 'Operator' },
  {
    name: 'opening_hours_en',
    description: 'Opening hours in English words, 24-hour clock, e.g. "Daily 07:30–21:00"',
  },
  {
    name: 'opening_hours_spec',
    description:
      'Opening hours in the schema.org openingHours / OpenStreetMap opening_hours form, e.g. "Mo-Fr 07:30-17:00; Sa 08:00-12:00" or "24/7"; days not named are closed',
  },
] as const;

export type ProductColumn = (typeof PRODUCT_COLUMNS)[number]['name'];
export type ProducerColumn = (typeof PRODUCER_COLUMNS)[number]['name'];
export type SalesPointColumn = (typeof SALES_POINT_COLUMNS)[number]['name'];

/** The three sets of rows, in the order their files are published. */
export const DATA_SETS = ['products', 'producers', 'salesPoints'] as const;
export type DataSet = (typeof DATA_SETS)[number];

/** Where the files are published, relative to the site root. */
export const OPEN_DATA_FILES = {
  products: { csv: '/du-lieu/ocop-san-pham.csv', json: '/du-lieu/ocop-san-pham.json' },
  producers: { csv: '/du-lieu/ocop-chu-the.csv', json: '/du-lieu/ocop-chu-the.json' },
  salesPoints: { csv: '/du-lieu/ocop-diem-ban.csv', json: '/du-lieu/ocop-diem-ban.json' },
} as const;
