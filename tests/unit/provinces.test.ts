import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FORMER_PROVINCE_SLUGS,
  FORMER_PROVINCES,
  formerProvincesOf,
  getFormerProvince,
  getProvince,
  PROVINCE_SLUGS,
  PROVINCES,
  RENAMED_FORMER_PROVINCES,
  resolveProvinceCode,
  resolveProvinceName,
} from '../../src/lib/domain/provinces.ts';

/**
 * The reference data of the 2025 merger, a verbatim copy of the team's domain file kept in
 * `tests/fixtures/reference/` (so a clone with nothing beside it passes): the tests check the
 * module against it.
 */
interface SharedProvinces {
  new_provinces: {
    code: string;
    name: string;
    full_name: string;
    merged_from: { old_code: string; old_name: string }[];
  }[];
  old_to_new: {
    old_code: string;
    old_name: string;
    old_type: string;
    new_code: string;
    new_name: string;
    new_full_name: string;
  }[];
  gotcha_code_collisions: {
    code: string;
    meaning_before_2025_07_01: string;
    meaning_from_2025_07_01: string;
    retained_name_old_code: string;
  }[];
}
const shared = JSON.parse(
  readFileSync(new URL('../fixtures/reference/provinces-2025.json', import.meta.url), 'utf8'),
) as SharedProvinces;

/** Independent of the module under test: strip marks, đ → d, lower-case, hyphenate. */
function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "Huế (Thừa Thiên Huế until 31/12/2024)" → ["Huế", "Thừa Thiên Huế"]. */
function namesOf(oldName: string): string[] {
  const m = /^(.*?)\s*\((.*?)(?:\s+until\b.*)?\)$/.exec(oldName);
  return m ? [m[1]!, m[2]!] : [oldName];
}

describe('the province data matches the shared reference', () => {
  it('has 34 provinces and 63 former provinces', () => {
    expect(shared.new_provinces).toHaveLength(34);
    expect(shared.old_to_new).toHaveLength(63);
    expect(PROVINCES).toHaveLength(34);
    expect(FORMER_PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCE_SLUGS).size).toBe(34);
    expect(new Set(FORMER_PROVINCE_SLUGS).size).toBe(63);
  });

  it('every 2025 code names the same province as in the shared file', () => {
    for (const p of shared.new_provinces) {
      expect(PROVINCES.find((x) => x.code === p.code)?.slug, p.name).toBe(asciiSlug(p.name));
    }
  });

  it('every new province lists exactly the former provinces merged into it', () => {
    for (const p of shared.new_provinces) {
      const slug = asciiSlug(p.name);
      const expected = p.merged_from.map((m) => m.old_code).sort();
      expect(
        formerProvincesOf(slug)
          .map((f) => f.code)
          .sort(),
        p.name,
      ).toEqual(expected);
      expect([...getProvince(slug)!.formerProvinces].sort()).toEqual(
        formerProvincesOf(slug)
          .map((f) => f.slug)
          .sort(),
      );
    }
  });
});

describe('resolveProvinceName: all 63 former provinces', () => {
  const cases = shared.old_to_new.flatMap((row) =>
    namesOf(row.old_name).map((name) => ({
      name,
      isCity: row.old_type.startsWith('thành phố'),
      expected: asciiSlug(row.new_name),
      newCode: row.new_code,
    })),
  );

  it('covers every row of the shared file, and Thừa Thiên Huế under both names', () => {
    expect(cases.length).toBe(64);
    expect(cases.map((c) => c.name)).toContain('Thừa Thiên Huế');
    expect(cases.map((c) => c.name)).toContain('Bà Rịa - Vũng Tàu');
  });

  it.each(cases)('$name → $expected', ({ name, isCity, expected, newCode }) => {
    // Sanity: the expected slug is the 2025 province with that code.
    expect(getProvince(expected)?.code).toBe(newCode);
    const variants = [
      name,
      name.normalize('NFD'),
      withoutDiacritics(name),
      name.toUpperCase(),
      withoutDiacritics(name).toLowerCase(),
      `  ${name}  `,
      `Tỉnh ${name}`,
      `Thành phố ${name}`,
      `tinh ${withoutDiacritics(name)}`,
      `THÀNH PHỐ ${name.toUpperCase()}`,
      ...(isCity ? [`TP ${name}`, `TP. ${name}`] : []),
    ];
    for (const variant of variants) {
      expect(resolveProvinceName(variant)?.province, JSON.stringify(variant)).toBe(expected);
    }
  });

  it('names the former province it recognised', () => {
    expect(resolveProvinceName('Thái Bình')).toEqual({ province: 'hung-yen', former: 'thai-binh' });
    expect(resolveProvinceName('Thua Thien Hue')).toEqual({
      province: 'hue',
      former: 'thua-thien-hue',
    });
    expect(resolveProvinceName('Bà Rịa - Vũng Tàu')).toEqual({
      province: 'ho-chi-minh',
      former: 'ba-ria-vung-tau',
    });
    expect(resolveProvinceName('bac lieu')).toEqual({ province: 'ca-mau', former: 'bac-lieu' });
  });

  it('spot checks from the README: Thái Bình, Bạc Liêu, Trà Vinh, Vĩnh Phúc', () => {
    expect(resolveProvinceName('Thái Bình')?.province).toBe('hung-yen');
    expect(resolveProvinceName('Bạc Liêu')?.province).toBe('ca-mau');
    expect(resolveProvinceName('Trà Vinh')?.province).toBe('vinh-long');
    expect(resolveProvinceName('Vĩnh Phúc')?.province).toBe('phu-tho');
    expect(resolveProvinceName('Thừa Thiên Huế')?.province).toBe('hue');
    expect(resolveProvinceName('Tỉnh Thừa Thiên Huế')?.province).toBe('hue');
  });

  it('accepts the Bà Rịa - Vũng Tàu dash written as an en dash or without spaces', () => {
    for (const v of ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Tỉnh Bà Rịa – Vũng Tàu']) {
      expect(resolveProvinceName(v)?.province, v).toBe('ho-chi-minh');
    }
  });
});

describe('resolveProvinceName: the 34 provinces of 2025', () => {
  it.each(shared.new_provinces.map((p) => ({ ...p, slug: asciiSlug(p.name) })))(
    '$name resolves to itself',
    ({ name, full_name, slug }) => {
      for (const v of [name, full_name, withoutDiacritics(name), name.toUpperCase(), slug]) {
        expect(resolveProvinceName(v)?.province, v).toBe(slug);
      }
    },
  );

  it('knows Hồ Chí Minh City by its everyday names', () => {
    for (const v of ['TP HCM', 'TP.HCM', 'tp hcm', 'Sài Gòn', 'sai gon', 'Thành phố Hồ Chí Minh']) {
      expect(resolveProvinceName(v)?.province, v).toBe('ho-chi-minh');
    }
  });

  it('matches both tone-mark placements', () => {
    expect(resolveProvinceName('Thanh Hoá')?.province).toBe('thanh-hoa');
    expect(resolveProvinceName('Thanh Hóa')?.province).toBe('thanh-hoa');
    expect(resolveProvinceName('Khánh Hoà')?.province).toBe('khanh-hoa');
    expect(resolveProvinceName('Hoà Bình')?.province).toBe('phu-tho');
  });
});

describe('resolveProvinceName: unknown names', () => {
  it.each(['Atlantis', '', '   ', 'Tỉnh', 'Bắc', 'Hà', 'Thành phố', 'Hồ Chí', 'Viet Nam'])(
    '%j → undefined',
    (name) => {
      expect(resolveProvinceName(name)).toBeUndefined();
    },
  );
});

describe('resolveProvinceCode', () => {
  it('24 in the 2004 system is Bắc Giang, now part of Bắc Ninh', () => {
    expect(resolveProvinceCode('24', '2004')).toEqual({
      province: 'bac-ninh',
      former: 'bac-giang',
    });
  });

  it('24 in the 2025 system is Bắc Ninh itself', () => {
    expect(resolveProvinceCode('24', '2025')).toEqual({ province: 'bac-ninh' });
  });

  it('covers the seven changed codes, each meaning a different province by system', () => {
    expect(shared.gotcha_code_collisions.map((c) => c.code).sort()).toEqual([
      '15',
      '24',
      '44',
      '52',
      '80',
      '82',
      '91',
    ]);
    for (const c of shared.gotcha_code_collisions) {
      const before = resolveProvinceCode(c.code, '2004');
      const after = resolveProvinceCode(c.code, '2025');
      expect(before?.former, c.code).toBe(asciiSlug(c.meaning_before_2025_07_01));
      expect(after?.province, c.code).toBe(asciiSlug(c.meaning_from_2025_07_01));
      expect(before?.former).not.toBe(after?.province);
      // The retained name's old code is retired in 2025 but still resolves in 2004.
      expect(resolveProvinceCode(c.retained_name_old_code, '2025'), c.code).toBeUndefined();
      expect(resolveProvinceCode(c.retained_name_old_code, '2004')?.province).toBe(
        asciiSlug(c.meaning_from_2025_07_01),
      );
    }
  });

  it('every old code resolves to its successor in the 2004 system', () => {
    for (const row of shared.old_to_new) {
      expect(resolveProvinceCode(row.old_code, '2004')?.province, row.old_code).toBe(
        asciiSlug(row.new_name),
      );
    }
  });

  it('every new code resolves to its province in the 2025 system', () => {
    for (const p of shared.new_provinces) {
      expect(resolveProvinceCode(p.code, '2025')).toEqual({ province: asciiSlug(p.name) });
    }
  });

  it('unknown codes return undefined', () => {
    expect(resolveProvinceCode('99', '2025')).toBeUndefined();
    expect(resolveProvinceCode('00', '2004')).toBeUndefined();
    expect(resolveProvinceCode('02', '2025')).toBeUndefined();
    expect(resolveProvinceCode('24 ', '2004')).toBeUndefined();
  });
});

describe('former provinces', () => {
  it('RENAMED_FORMER_PROVINCES has no slug that is also a 2025 province', () => {
    const current = new Set(PROVINCE_SLUGS);
    expect(RENAMED_FORMER_PROVINCES.length).toBeGreaterThan(0);
    for (const p of RENAMED_FORMER_PROVINCES) expect(current.has(p.slug), p.slug).toBe(false);
  });

  it('RENAMED_FORMER_PROVINCES holds every other former province (30 of 63)', () => {
    const slugs = RENAMED_FORMER_PROVINCES.map((p) => p.slug);
    expect(slugs).toHaveLength(30);
    expect(slugs).toEqual(expect.arrayContaining(['thai-binh', 'bac-lieu', 'thua-thien-hue']));
    expect(slugs).not.toContain('hue');
    expect(slugs).not.toContain('bac-ninh');
    const kept = FORMER_PROVINCES.filter((p) => PROVINCE_SLUGS.includes(p.slug));
    expect(kept.length + slugs.length).toBe(63);
  });

  it('formerProvincesOf(hung-yen) includes Thái Bình and Hưng Yên itself', () => {
    const slugs = formerProvincesOf('hung-yen').map((p) => p.slug);
    expect(slugs.sort()).toEqual(['hung-yen', 'thai-binh']);
  });

  it('formerProvincesOf(ho-chi-minh) has the three merged units', () => {
    expect(
      formerProvincesOf('ho-chi-minh')
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh']);
  });

  it('formerProvincesOf an unknown slug is empty', () => {
    expect(formerProvincesOf('thai-binh')).toEqual([]);
  });

  it('every successor is a 2025 province', () => {
    for (const p of FORMER_PROVINCES) expect(getProvince(p.successor), p.slug).toBeDefined();
  });

  it('getProvince and getFormerProvince look up by slug', () => {
    expect(getProvince('hue')?.name).toBe('Huế');
    expect(getProvince('thai-binh')).toBeUndefined();
    expect(getFormerProvince('thai-binh')?.successor).toBe('hung-yen');
    expect(getFormerProvince('hue')).toBeUndefined();
  });
});
