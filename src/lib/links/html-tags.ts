/**
 * Reads the start tags of an HTML document and the URLs of a `srcset`: the small tokenizer
 * shared by the internal link checker (`scripts/lib/link-check.ts`) and the offline packs
 * (`src/lib/offline/collect-pack.ts`). Pure: no file system.
 *
 * A tokenizer rather than a parser: the only parser in node_modules (`ultrahtml`, a transitive
 * dependency of Astro, not one of ours) misreads unquoted attribute values (`<img src=/a.jpg>`
 * gives `src=""`). It skips comments, doctype, CDATA and the contents of raw-text elements
 * (`<script>`, `<style>`, `<textarea>`…), reads quoted, unquoted and bare attributes, and
 * decodes character references in values.
 */

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed']);
const rawTextEnd = new Map<string, RegExp>();

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes numeric references and the common named ones (only when closed by `;`). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    /&(?:#(\d+);?|#[xX]([0-9a-fA-F]+);?|([a-zA-Z][a-zA-Z0-9]*);)/g,
    (ref, dec, hex, name) => {
      if (typeof dec === 'string' || typeof hex === 'string') {
        const code =
          typeof dec === 'string' ? Number.parseInt(dec, 10) : Number.parseInt(String(hex), 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return NAMED_REFERENCES[String(name)] ?? ref;
    },
  );
}

/** Start tags of an HTML document, in order, with lower-cased names and attribute names. */
export function* startTags(html: string): Generator<Tag> {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (next === undefined || !/[a-zA-Z]/.test(next)) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attributes = new Map<string, string>();
    for (;;) {
      while (j < n && (isSpace(html[j]) || html[j] === '/')) j++;
      if (j >= n) break;
      if (html[j] === '>') {
        j++;
        break;
      }
      const start = j;
      if (html[j] === '=') j++;
      while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') {
        j++;
      }
      const attribute = html.slice(start, j).toLowerCase();
      let k = j;
      while (k < n && isSpace(html[k])) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < n && isSpace(html[k])) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, k + 1);
          value = html.slice(k + 1, end === -1 ? n : end);
          j = end === -1 ? n : end + 1;
        } else {
          let end = k;
          while (end < n && !isSpace(html[end]) && html[end] !== '>') end++;
          value = html.slice(k, end);
          j = end;
        }
      }
      // The first of two same-named attributes wins, as in browsers.
      if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
    }
    yield { name, attributes };
    i = j;
    if (RAW_TEXT.has(name)) {
      let end = rawTextEnd.get(name);
      if (!end) {
        end = new RegExp(`</${name}[\\s/>]`, 'gi');
        rawTextEnd.set(name, end);
      }
      end.lastIndex = i;
      const match = end.exec(html);
      i = match ? match.index : n;
    }
  }
}

/** The URLs of a `srcset`, without their width/density descriptors. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  const n = srcset.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(srcset[i])) i++;
    const url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    let depth = 0;
    while (i < n) {
      const c = srcset[i++];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) break;
    }
  }
  return urls.filter((url) => url !== '');
}
