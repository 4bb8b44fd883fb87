import { describe, expect, it } from 'vitest';
import { inventedFieldName } from '../../src/lib/i18n/invented-fields.ts';

describe('inventedFieldName', () => {
  it("names a certificate's invented parts in words of the page's language", () => {
    const field = 'certifications: decision number, decision date, score';
    expect(inventedFieldName(field, 'vi')).toBe(
      'chứng nhận OCOP (số quyết định, ngày quyết định, điểm)',
    );
    expect(inventedFieldName(field, 'en')).toBe(
      'OCOP certificate (decision number, decision date, score)',
    );
    expect(inventedFieldName('certifications', 'vi')).toBe('chứng nhận OCOP');
  });

  it('uses its own words, then the page names, then the field itself', () => {
    expect(inventedFieldName('hours', 'vi')).toBe('giờ mở cửa');
    expect(inventedFieldName('description', 'vi', { description: 'mô tả' })).toBe('mô tả');
    expect(inventedFieldName('somethingNew', 'en')).toBe('somethingNew');
  });

  it('leaves no raw field of the sample catalogue unnamed in Vietnamese', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { sampleDataStrings } = await import('../../src/lib/i18n/ui/sample-data.ts');
    const names = sampleDataStrings('vi').fieldNames;
    const raw = new Set<string>();
    for (const dir of ['products', 'producers', 'sales-points', 'fairs']) {
      const files = (await readdir(`content/${dir}`, { recursive: true })).filter((f) =>
        f.endsWith('.json'),
      );
      for (const file of files) {
        const data = JSON.parse(await readFile(`content/${dir}/${file}`, 'utf8')) as {
          provenance?: { invented?: string[] };
        };
        for (const entry of data.provenance?.invented ?? []) {
          const head = entry.split(/\(/)[0]!.trim();
          const shown = inventedFieldName(head, 'vi', names);
          // Shown as typed in the file, and not Vietnamese words already.
          if (shown === head && !/[à-ỹđ]/i.test(head)) raw.add(head);
        }
      }
    }
    expect([...raw]).toEqual([]);
  });
});
