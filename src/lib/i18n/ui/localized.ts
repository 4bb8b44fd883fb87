/** The note beside a field shown in Vietnamese on an English page (`LocalizedText.astro`). */
import { defineStrings } from '../define-strings.ts';

export const localizedStrings = defineStrings({
  vi: { inVietnamese: '' },
  en: { inVietnamese: '(in Vietnamese)' },
});
