import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  DIGEST_FIELD,
  documentDigest,
  withDigests,
} from '../../src/lib/search/meilisearch/document-digest.ts';

const product = {
  id: 'banh-cay',
  name: 'Bánh cáy',
  certificateStatus: 'valid',
  nameOrder: 3,
  _geo: { lat: 20.5, lng: 106.3 },
  provinceAliases: ['Thái Bình', 'Hưng Yên'],
};

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });

  it('leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});

describe('documentDigest', () => {
  it('is 16 base64url characters, equal for equal content in any key order', () => {
    const reordered = Object.fromEntries(Object.entries(product).reverse());
    expect(documentDigest(product)).toMatch(/^[\w-]{16}$/);
    expect(documentDigest(reordered)).toBe(documentDigest(product));
  });

  it('changes with any field: a status, a rank, a nested value, an array’s order', () => {
    const digest = documentDigest(product);
    for (const changed of [
      { ...product, certificateStatus: 'expired' },
      { ...product, nameOrder: 4 },
      { ...product, _geo: { lat: 20.5, lng: 106.4 } },
      { ...product, provinceAliases: ['Hưng Yên', 'Thái Bình'] },
      { ...product, nameEn: 'Sesame crab cake' },
    ]) {
      expect(documentDigest(changed)).not.toBe(digest);
    }
  });

  it('leaves out a digest the document already carries', () => {
    expect(documentDigest({ ...product, [DIGEST_FIELD]: 'stale' })).toBe(documentDigest(product));
  });
});

describe('withDigests', () => {
  it('adds the digest to copies, in order, without touching the inputs', () => {
    const other = { ...product, id: 'keo-lac' };
    const result = withDigests([product, other]);
    expect(result.map((d) => d.id)).toEqual(['banh-cay', 'keo-lac']);
    expect(result[0]![DIGEST_FIELD]).toBe(documentDigest(product));
    expect(result[0]![DIGEST_FIELD]).not.toBe(result[1]![DIGEST_FIELD]);
    expect(product).not.toHaveProperty(DIGEST_FIELD);
  });
});
