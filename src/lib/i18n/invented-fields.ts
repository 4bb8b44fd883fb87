/**
 * The words for a field named in a sample entry's `provenance.invented` ("description",
 * "certifications: decision number, decision date, score"), in the page's language: a
 * certification's parts are named one by one after "OCOP certificate". A field with no words
 * in `ui/invented-fields.ts` falls back to the page strings' `fieldNames`, then to itself.
 */
import type { Locale } from './locales.ts';
import { inventedFieldStrings } from './ui/invented-fields.ts';

export function inventedFieldName(
  field: string,
  locale: Locale,
  pageNames: Readonly<Record<string, string>> = {},
): string {
  const w = inventedFieldStrings(locale);
  const [head = '', parts] = field.split(/:\s*/, 2);
  if (head === 'certifications') {
    if (!parts) return w.certifications;
    const named = parts
      .split(/,\s*/)
      .map((p) => (w.parts as Record<string, string>)[p.trim()] ?? p.trim());
    return `${w.certifications} (${named.join(', ')})`;
  }
  return (w.fields as Record<string, string>)[field] ?? pageNames[field] ?? field;
}
