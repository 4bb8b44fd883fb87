/**
 * The commune-merger table (`content/commune-mergers.csv`): which 2025 commune or ward an old
 * commune, named by its pre-July-2025 province, district and commune, became part of. Read and
 * validated once per import; every bad row is reported with the file, its row number (the
 * header is row 1) and the field. Names are compared folded (diacritics, đ, case, either
 * tone-mark placement) and without their kind word (xã, phường, thị trấn, huyện, quận, thị xã,
 * thành phố and their abbreviations), so "X. Yên Thái", "Xã Yên Thái" and "yen thai" are one.
 * Two rows giving one old commune different new communes are an error: an old commune split
 * between new ones cannot be mapped by name and is left out of the table.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import {
  COMMUNE_MERGER_COLUMNS,
  communeMergerSchema,
  formerProvinceSlug,
  type CommuneMerger,
} from '../../schemas/commune-merger.ts';
import { foldVietnamese, normaliseText } from '../domain/vietnamese.ts';
import { CommuneMergerTableError } from './errors.ts';

export interface OldCommune {
  /** Province before 07/2025, by name or slug (a 2025 name that was kept works too). */
  oldProvince: string;
  oldDistrict?: string | undefined;
  oldCommune?: string | undefined;
}

export interface CommuneMergerMatch extends CommuneMerger {
  /** Row of the table that matched (the header is row 1). */
  rowNumber: number;
}

export interface CommuneMergerTable {
  /** The table's path as given, for messages. */
  readonly file: string;
  readonly size: number;
  lookup(old: OldCommune): CommuneMergerMatch | undefined;
}

const KIND = /^(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tp|tt|tx)(?:\.\s*|\s+)/iu;
const KIND_ABBREVIATION = /^(?:x|p|h|q|t)\.\s*/iu;
const FOLDED_KIND =
  /^(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp|tt|tx)(?:\.\s*|\s+)/;

/**
 * Comparison forms of a commune or district name, best first: folded, without its kind word.
 * A name typed without diacritics may begin with a word that only looks like a kind word
 * ("quan son" is Huyện Quan Sơn, not quận Sơn), so its unstripped form is offered second.
 */
export function placeKeys(name: string): string[] {
  const text = normaliseText(name.replace(/[-_\u2013\u2014]/g, ' '));
  const stripped = text.replace(KIND, '').replace(KIND_ABBREVIATION, '');
  const folded = foldVietnamese(stripped);
  if (stripped !== text || !/^[\x20-\x7e]*$/.test(text)) return [folded];
  const bare = folded.replace(FOLDED_KIND, '');
  return bare === folded ? [folded] : [bare, folded];
}

const keyOf = (province: string, district: string, commune: string) =>
  `${province}|${district}|${commune}`;

/** Reads the table's CSV text; throws `CommuneMergerTableError` listing every bad row. */
export function parseCommuneMergers(text: string, file: string): CommuneMergerTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new CommuneMergerTableError([`${file}: ${(error as Error).message}`]);
  }
  const [header, ...rows] = records;
  const columns = header?.record.map((c) => c.toLowerCase()) ?? [];
  const missing = COMMUNE_MERGER_COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter(
    (c, i) => !(COMMUNE_MERGER_COLUMNS as readonly string[]).includes(c) || columns.indexOf(c) < i,
  );
  if (missing.length || unknown.length) {
    throw new CommuneMergerTableError([
      `${file}: row 1: the header must be ${COMMUNE_MERGER_COLUMNS.join(',')}` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') +
        (unknown.length ? `; unknown or repeated ${unknown.map((c) => `"${c}"`).join(', ')}` : ''),
    ]);
  }
  const problems: string[] = [];
  const entries = new Map<string, CommuneMergerMatch>();
  for (const { record, info } of rows) {
    const at = `${file}: row ${info.lines}`;
    if (record.length > columns.length) {
      problems.push(`${at}: has ${record.length} cells for ${columns.length} columns`);
      continue;
    }
    const cells = Object.fromEntries(columns.map((c, i) => [c, record[i] ?? '']));
    const parsed = communeMergerSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${at}: ${issue.path.join('.')}: ${issue.message}`);
      }
      continue;
    }
    const row = parsed.data;
    const key = keyOf(
      formerProvinceSlug(row.old_province)!,
      placeKeys(row.old_district)[0]!,
      placeKeys(row.old_commune)[0]!,
    );
    const earlier = entries.get(key);
    if (!earlier) entries.set(key, { ...row, rowNumber: info.lines });
    else if (
      earlier.new_province !== row.new_province ||
      foldVietnamese(earlier.new_commune) !== foldVietnamese(row.new_commune)
    ) {
      problems.push(
        `${at}: old_commune: "${row.old_commune}, ${row.old_district}, ${row.old_province}" is ` +
          `already mapped by row ${earlier.rowNumber} to "${earlier.new_commune}" ` +
          `(${earlier.new_province}), here to "${row.new_commune}" (${row.new_province}); ` +
          'an old commune split between new ones cannot be mapped: leave it out',
      );
    }
  }
  if (problems.length) throw new CommuneMergerTableError(problems);
  return communeMergerTable(file, entries);
}

function communeMergerTable(
  file: string,
  entries: ReadonlyMap<string, CommuneMergerMatch>,
): CommuneMergerTable {
  return {
    file,
    size: entries.size,
    lookup({ oldProvince, oldDistrict, oldCommune }) {
      const province = formerProvinceSlug(oldProvince);
      if (!province || !oldDistrict || !oldCommune || !entries.size) return undefined;
      for (const district of placeKeys(oldDistrict)) {
        for (const commune of placeKeys(oldCommune)) {
          const found = entries.get(keyOf(province, district, commune));
          if (found) return found;
        }
      }
      return undefined;
    },
  };
}

/** A table with no rows: every old address stays as written. */
export function emptyCommuneMergers(file = 'commune-mergers.csv'): CommuneMergerTable {
  return communeMergerTable(file, new Map());
}

/**
 * Reads and validates the table at `file` (UTF-8). A file that does not exist is an empty
 * table when `optional` (the default table of a catalogue may be absent), an error otherwise.
 */
export async function loadCommuneMergers(
  file: string,
  { optional = false }: { optional?: boolean } = {},
): Promise<CommuneMergerTable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (optional && code === 'ENOENT') return emptyCommuneMergers(file);
    throw new CommuneMergerTableError([`${file}: cannot be read (${code})`]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CommuneMergerTableError([`${file}: is not UTF-8 text; save it as CSV UTF-8`]);
  }
  return parseCommuneMergers(text, file);
}
