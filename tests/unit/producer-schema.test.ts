import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCER_TYPES, producerSchema } from '../../src/schemas/producer.ts';

const dir = new URL('../fixtures/content/producers/', import.meta.url);
const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('good producer fixtures', () => {
  const good = files.filter((f) => f.startsWith('good-'));

  it.each(good)('%s parses', (file) => {
    const result = producerSchema.safeParse(load(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('fills in defaults and keeps the given fields', () => {
    const data = producerSchema.parse(load('good-doanh-nghiep.json'));
    expect(data.type).toBe('doanh-nghiep');
    expect(data.social).toEqual([]);
    expect(data.provenance.invented).toEqual([]);
    expect(data.phone).toBe('+84 294 3855 000');
  });

  it('accepts the four producer types of national statistics', () => {
    expect(PRODUCER_TYPES).toEqual(['htx', 'doanh-nghiep', 'to-hop-tac', 'ho-kinh-doanh']);
    const base = load('good-htx-banh-cay-lang-nguyen.json');
    for (const type of PRODUCER_TYPES) {
      expect(producerSchema.safeParse({ ...base, type }).success, type).toBe(true);
    }
  });

  it('normalises the name and story to NFC with single spaces', () => {
    const base = load('good-htx-banh-cay-lang-nguyen.json');
    const data = producerSchema.parse({
      ...base,
      name: ' HTX  Bánh cáy\u00A0làng Nguyễn '.normalize('NFD'),
      story: 'Hợp tác xã\n\nlàm bánh cáy lâu đời.'.normalize('NFD'),
    });
    expect(data.name).toBe('HTX Bánh cáy làng Nguyễn');
    expect(data.story).toBe('Hợp tác xã làm bánh cáy lâu đời.');
  });

  it.each(['0227 3851 234', '+84 227 3851 234', '(0227) 385.1234', '0912-345-678'])(
    'accepts the phone number %j',
    (phone) => {
      expect(producerSchema.safeParse({ ...load('good-doanh-nghiep.json'), phone }).success).toBe(
        true,
      );
    },
  );

  it.each(['123', 'gọi 0912 345 678', '0912345678901234567890', 'abc-def-ghi'])(
    'refuses the phone number %j',
    (phone) => {
      const result = producerSchema.safeParse({ ...load('good-doanh-nghiep.json'), phone });
      expect(result.error?.issues.map((i) => i.path)).toEqual([['phone']]);
    },
  );
});

const malformed: [file: string, path: PropertyKey[], message: RegExp][] = [
  ['malformed-bad-type.json', ['type'], /htx/],
  ['malformed-bad-email.json', ['email'], /e-mail address/],
  ['malformed-bad-phone.json', ['phone'], /phone number/],
  ['malformed-unknown-province.json', ['province'], /hung-yen/],
  ['malformed-missing-provenance.json', ['provenance'], /./],
  ['malformed-extra-field.json', [], /fax/],
];

describe('malformed producer fixtures', () => {
  it('every malformed fixture in the folder has an expectation', () => {
    expect(files.filter((f) => f.startsWith('malformed-')).sort()).toEqual(
      malformed.map(([f]) => f).sort(),
    );
  });

  it.each(malformed)('%s fails at %j', (file, path, message) => {
    const result = producerSchema.safeParse(load(file));
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    const hit = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit!.message).toMatch(message);
    for (const issue of issues) expect(issue.path.slice(0, path.length)).toEqual(path);
  });

  it('refuses a website that is not a full URL and a social link of unknown kind', () => {
    const base = load('good-htx-banh-cay-lang-nguyen.json');
    expect(
      producerSchema.safeParse({ ...base, website: 'example.vn' }).error?.issues.map((i) => i.path),
    ).toEqual([['website']]);
    expect(
      producerSchema
        .safeParse({ ...base, social: [{ kind: 'myspace', url: 'https://myspace.com/x' }] })
        .error?.issues.map((i) => i.path),
    ).toEqual([['social', 0, 'kind']]);
  });
});
