/**
 * The lead of a product description: its first sentence, which says what the product is and
 * what it is made of ("Trà xanh sao từ búp chè Shan tuyết cổ thụ ở Phìn Hồ…"). Later sentences
 * are about taste, use and awards ("thơm mùi mật ong", "dùng pha cà phê", "OCOP 5 sao"), and
 * searching them returned honey for tea and coffee for sugar (`npm run bench:relevance`,
 * docs/search.md "Relevance"). Search engines index this part only.
 */

/** A sentence ends at . ! ? or … followed by a space and a capital letter, or by the end. */
const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}\d]|\s*$)/gu;

/** Shorter leads are abbreviations ("TP. Huế"), not sentences. */
const MIN_LEAD = 20;

export function descriptionLead(description: string): string {
  const text = description.trim();
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index >= MIN_LEAD) return text.slice(0, match.index + 1);
  }
  return text;
}
