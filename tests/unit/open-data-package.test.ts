/**
 * The published open data validates: `datapackage.json` against the Data Package / Tabular Data
 * Resource profile (its required structure, checked with ajv), and each CSV read back against
 * its table schema — declared encoding is what is written (UTF-8 with a byte-order mark:
 * `utf-8-sig`), every field present, every value parses as its type, keys filled and unique.
 * The producers and sales-points files given to the importer are refused as the wrong list.
 * Built from the sample catalogue in `content/`.
 */
import { parse } from 'csv-parse/sync';
import Ajv from 'ajv';
import DRAFT_04 from 'ajv/lib/refs/json-schema-draft-04.json' with { type: 'json' };
import PUBLISHED_PROFILE from '../fixtures/reference/data-package-profile.json' with { type: 'json' };
import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { isValidIsoDate } from '../../src/lib/domain/dates.ts';
import { ImportInputError } from '../../src/lib/import/errors.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import { CSV_BOM, looksLikeFormula } from '../../src/lib/open-data/csv.ts';
import { openDataFiles, type OpenDataFiles } from '../../src/lib/open-data/rows.ts';

function province(slug: string) {
  const found = getProvince(slug);
  if (!found) throw new Error(`unknown province ${slug}`);
  return found;
}

const NAME = '^[a-z0-9._/-]+$';
const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];

/**
 * The Data Package 2.0 profile's requirements for a package of Tabular Data Resources
 * (https://datapackage.org/standard/data-package/, /data-resource/, /table-schema/,
 * /table-dialect/), written as a JSON Schema: the published profile itself is not vendored.
 */
const PROFILE = {
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { type: 'string', pattern: '^https://' },
    name: { type: 'string', pattern: NAME },
    title: { type: 'string' },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
    created: { type: 'string', format: 'date-time' },
    homepage: { type: 'string', format: 'uri' },
    licenses: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        anyOf: [{ required: ['name'] }, { required: ['path'] }],
        properties: {
          name: { type: 'string', pattern: '^[-a-zA-Z0-9._]+$' },
          path: { type: 'string', format: 'uri' },
          title: { type: 'string' },
        },
      },
    },
    sources: {
      type: 'array',
      items: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } },
    },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'path', 'schema'],
        properties: {
          name: { type: 'string', pattern: NAME },
          path: { type: 'string', pattern: '^(?!/)(?!.*\\.\\.)(?![a-z]+:)' },
          format: { type: 'string' },
          mediatype: { type: 'string', pattern: '^[^/]+/[^/]+$' },
          encoding: { type: 'string', minLength: 1 },
          bytes: { type: 'integer', minimum: 0 },
          hash: { type: 'string', pattern: '^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$' },
          dialect: {
            type: 'object',
            properties: {
              delimiter: { type: 'string', minLength: 1, maxLength: 1 },
              lineTerminator: { type: 'string' },
              quoteChar: { type: 'string', minLength: 1, maxLength: 1 },
              header: { type: 'boolean' },
            },
          },
          schema: {
            type: 'object',
            required: ['fields'],
            properties: {
              fields: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string', minLength: 1 },
                    type: { enum: FIELD_TYPES },
                    description: { type: 'string' },
                  },
                },
              },
              primaryKey: { type: 'array', items: { type: 'string' }, minItems: 1 },
              foreignKeys: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['fields', 'reference'],
                  properties: {
                    fields: { type: 'array', items: { type: 'string' } },
                    reference: {
                      type: 'object',
                      required: ['fields'],
                      properties: {
                        resource: { type: 'string' },
                        fields: { type: 'array', items: { type: 'string' } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

interface Field {
  name: string;
  type: string;
}
interface Resource {
  name: string;
  path: string;
  encoding: string;
  bytes: number;
  dialect: { delimiter: string; lineTerminator: string; header: boolean };
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
interface Package {
  resources: Resource[];
}

/** Whether a non-empty CSV value parses as its Table Schema type (default formats). */
function parsesAs(type: string, value: string): boolean {
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(value);
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value));
    case 'boolean':
      return value === 'true' || value === 'false';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidIsoDate(value);
    case 'string':
      return true;
    default:
      return false;
  }
}

let files: OpenDataFiles;
let pkg: Package;
let texts: Map<string, string>;

beforeAll(async () => {
  const catalogue = await readCatalogue('content', { lenient: true });
  files = openDataFiles(
    {
      products: catalogue.products.map((e) => ({
        slug: e.id,
        producerSlug: e.data.producer,
        province: province(e.data.province),
        data: e.data,
      })),
      producers: catalogue.producers.map((e) => ({
        slug: e.id,
        province: province(e.data.province),
        data: e.data,
      })),
      salesPoints: catalogue.salesPoints.map((e) => ({
        slug: e.id,
        province: province(e.data.province),
        data: e.data,
      })),
    },
    { site: 'https://ocop.example.vn', buildDate: '2026-06-01' },
  );
  pkg = JSON.parse(files.datapackage) as Package;
  texts = new Map([
    ['ocop-san-pham.csv', files.products.csv],
    ['ocop-chu-the.csv', files.producers.csv],
    ['ocop-diem-ban.csv', files.salesPoints.csv],
  ]);
});

describe('datapackage.json', () => {
  it('is valid against the Data Package / Tabular Data Resource profile', () => {
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(PROFILE, pkg);
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is valid against the published Data Package profile (Frictionless, JSON Schema draft-04)', () => {
    // The profile as the `datapackage` npm package (1.1.10) ships it, kept verbatim in
    // tests/fixtures/reference/. Its tabular profiles are those of Data Package 1, which require
    // `profile` and `dialect.doubleQuote`; Data Package 2 (which the descriptor declares) drops
    // both, so only the generic profile applies as published.
    const ajv = new Ajv({ schemaId: 'id', allErrors: true, unknownFormats: 'ignore' });
    ajv.addMetaSchema(DRAFT_04);
    const valid = ajv.validate(PUBLISHED_PROFILE, pkg);
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
    const withoutResources = { ...pkg, resources: [] };
    expect(ajv.validate(PUBLISHED_PROFILE, withoutResources)).toBe(false);
  });

  it('the profile check can fail: it rejects a resource without a path or with a bad type', () => {
    const ajv = new Ajv();
    const [first] = pkg.resources;
    const broken = { ...pkg, resources: [{ ...first, path: undefined }] };
    expect(ajv.validate(PROFILE, JSON.parse(JSON.stringify(broken)))).toBe(false);
    const badType = {
      ...pkg,
      resources: [
        { ...first, schema: { ...first!.schema, fields: [{ name: 'x', type: 'text' }] } },
      ],
    };
    expect(ajv.validate(PROFILE, badType)).toBe(false);
  });

  it('has unique resource names, and keys that name real fields and resources', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of pkg.resources) {
      const fields = new Set(resource.schema.fields.map((f) => f.name));
      expect(resource.schema.primaryKey.every((k) => fields.has(k))).toBe(true);
      for (const fk of resource.schema.foreignKeys ?? []) {
        expect(fk.fields.every((k) => fields.has(k))).toBe(true);
        const target = pkg.resources.find((r) => r.name === fk.reference.resource);
        expect(target).toBeDefined();
        const targetFields = new Set(target!.schema.fields.map((f) => f.name));
        expect(fk.reference.fields.every((k) => targetFields.has(k))).toBe(true);
      }
    }
  });

  it('declares the encoding that is written: UTF-8 with a byte-order mark (utf-8-sig)', () => {
    for (const resource of pkg.resources) {
      const text = texts.get(resource.path)!;
      expect(resource.encoding).toBe('utf-8-sig');
      expect(text.startsWith(CSV_BOM)).toBe(true);
      expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(resource.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('each CSV read back against its table schema', () => {
  it.each(['ocop-san-pham.csv', 'ocop-chu-the.csv', 'ocop-diem-ban.csv'])('%s', (path) => {
    const resource = pkg.resources.find((r) => r.path === path)!;
    const text = texts.get(path)!;
    expect(text.endsWith(resource.dialect.lineTerminator)).toBe(true);
    const rows: string[][] = parse(text.slice(CSV_BOM.length), {
      delimiter: resource.dialect.delimiter,
      relax_quotes: false,
    });
    const [header, ...data] = rows;
    const fields = resource.schema.fields;
    expect(header).toEqual(fields.map((f) => f.name));
    expect(data.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const keys = new Set<string>();
    data.forEach((row, i) => {
      if (row.length !== fields.length) problems.push(`row ${i + 2}: ${row.length} cells`);
      fields.forEach((field, c) => {
        const value = row[c] ?? '';
        if (value && !parsesAs(field.type, value))
          problems.push(
            `row ${i + 2} ${field.name}: ${JSON.stringify(value)} is not ${field.type}`,
          );
        if (looksLikeFormula(value)) problems.push(`row ${i + 2} ${field.name}: formula`);
      });
      const key = resource.schema.primaryKey.map((k) => row[header!.indexOf(k)] ?? '').join('|');
      if (!key.replace(/\|/g, '')) problems.push(`row ${i + 2}: empty primary key`);
      if (keys.has(key)) problems.push(`row ${i + 2}: duplicate key ${key}`);
      keys.add(key);
    });
    expect(problems).toEqual([]);
  });

  it('every producer_slug of the products file is a producer of the producers file', () => {
    const read = (text: string) =>
      parse<Record<string, string>>(text, { bom: true, columns: true });
    const producers = new Set(read(files.producers.csv).map((r) => r['slug']));
    const missing = read(files.products.csv).filter((r) => !producers.has(r['producer_slug']));
    expect(missing).toEqual([]);
  });
});

describe('the importer given another open-data list', () => {
  it.each([
    ['producers', 'ocop-chu-the.csv', () => files.producers.csv],
    ['sales points', 'ocop-diem-ban.csv', () => files.salesPoints.csv],
  ])('refuses the %s file as the wrong kind of list, in one sentence', async (what, name, csv) => {
    const run = runImport({
      input: Buffer.from(csv(), 'utf8'),
      inputName: name,
      contentDir: 'content',
      dryRun: true,
    });
    await expect(run).rejects.toBeInstanceOf(ImportInputError);
    await expect(run).rejects.not.toThrow(/\. [A-Z]/);
    await expect(run).rejects.toThrow(
      new RegExp(
        `^This is the open-data list of ${what} \\(${name.replace('.', '\\.')}\\), not a list of products: import [^\\n]+\\.$`,
      ),
    );
  });
});
