/**
 * Escaping for HTML written as strings (the product card, `components/product/card-html.ts`), by
 * the rules Astro's templates follow, so that a string and a template give the same bytes: text
 * escapes `& < > ' "`, a double-quoted attribute value `&` and `"`.
 */
const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/** Text between tags. */
export const escapeText = (text: string): string =>
  text.replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c]!);

/** The value of a double-quoted attribute. */
export const escapeAttribute = (value: string | number): string =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Data as JSON inside a `<script>` element: `<` escaped, so no string in it can end the element. */
export const jsonInScript = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c');
