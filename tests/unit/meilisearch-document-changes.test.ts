import { describe, expect, it } from 'vitest';
import { documentChanges } from '../../src/lib/search/meilisearch/document-changes.ts';
import { DuplicateDocumentIdError } from '../../src/lib/search/meilisearch/errors.ts';

const doc = (id: string, digest: string) => ({ id, digest, name: id });

describe('documentChanges', () => {
  it('sorts wanted documents into added, changed and unchanged, and finds removed ids', () => {
    const live = new Map<string, string | undefined>([
      ['a', 'd1'],
      ['b', 'd2'],
      ['z', 'd9'],
      ['c', 'd3'],
    ]);
    const changes = documentChanges(live, [doc('b', 'd2'), doc('a', 'new'), doc('n', 'd4')]);
    expect(changes.added.map((d) => d.id)).toEqual(['n']);
    expect(changes.changed.map((d) => d.id)).toEqual(['a']);
    expect(changes.removed).toEqual(['c', 'z']);
    expect(changes.unchanged).toBe(1);
  });

  it('nothing to send when every digest matches', () => {
    const wanted = [doc('a', 'd1'), doc('b', 'd2')];
    const live = new Map(wanted.map((d) => [d.id, d.digest] as const));
    expect(documentChanges(live, wanted)).toEqual({
      added: [],
      changed: [],
      removed: [],
      unchanged: 2,
    });
  });

  it('a live document without a digest (indexed before digests) counts as changed', () => {
    const changes = documentChanges(new Map([['a', undefined]]), [doc('a', 'd1')]);
    expect(changes.changed.map((d) => d.id)).toEqual(['a']);
  });

  it('an empty live index: everything is added', () => {
    const changes = documentChanges(new Map(), [doc('a', 'd1'), doc('b', 'd2')]);
    expect(changes.added).toHaveLength(2);
    expect(changes.unchanged).toBe(0);
  });

  it('refuses two wanted documents with one id', () => {
    expect(() => documentChanges(new Map(), [doc('a', 'd1'), doc('a', 'd2')])).toThrow(
      DuplicateDocumentIdError,
    );
  });
});
