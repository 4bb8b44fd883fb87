/** The shape of the sample catalogue's English text (see scripts/sample/add-english.ts). */
export interface ProductEnglish {
  /** Only where the product has no English name yet. */
  nameEn?: string;
  descriptionEn: string;
}
