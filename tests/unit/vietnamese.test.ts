import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  foldVietnamese,
  normaliseText,
  SLUG_PATTERN,
  slugify,
  stripDiacritics,
} from '../../src/lib/domain/vietnamese.ts';

describe('slugify', () => {
  it.each([
    ['Bánh cáy làng Nguyễn', 'banh-cay-lang-nguyen'],
    ['Đặc sản Đồng Tháp', 'dac-san-dong-thap'],
    ['đường phèn', 'duong-phen'],
    ['ĐĂK LĂK', 'dak-lak'],
    ['Mật hoa dừa', 'mat-hoa-dua'],
    ['Nước mắm Phú Quốc 38° đạm', 'nuoc-mam-phu-quoc-38-dam'],
    ['Chè Shan tuyết, Hà Giang!', 'che-shan-tuyet-ha-giang'],
    ['Lưu niệm – nội thất – trang trí', 'luu-niem-noi-that-trang-tri'],
    ['  ...Gạo ST25 (túi 5 kg)!!  ', 'gao-st25-tui-5-kg'],
    ['--Bưởi Năm Roi--', 'buoi-nam-roi'],
    ['Cà phê\u00A0Buôn Ma Thuột', 'ca-phe-buon-ma-thuot'],
    ['Rượu\u202Fnếp\u2009cái hoa vàng', 'ruou-nep-cai-hoa-vang'],
    ['Ư ơ ư ờ ữ ự', 'u-o-u-o-u-u'],
  ])('%j → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for both tone-mark placements', () => {
    expect(slugify('Thanh Hoá')).toBe('thanh-hoa');
    expect(slugify('Thanh Hóa')).toBe('thanh-hoa');
    expect(slugify('Khánh Hoà')).toBe(slugify('Khánh Hòa'));
  });

  it('gives the same slug for NFD (decomposed) input as for NFC', () => {
    const nfc = 'Bánh cáy làng Nguyễn';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe('banh-cay-lang-nguyen');
    expect(slugify('Đặc sản'.normalize('NFD'))).toBe('dac-san');
  });

  it('always produces something SLUG_PATTERN accepts (or nothing at all)', () => {
    for (const input of ['Hà Nội', ' - ', '38° đạm', 'A&B', 'Ngọc Linh — Kon Tum', '!!!', '']) {
      const s = slugify(input);
      if (s !== '') expect(s).toMatch(SLUG_PATTERN);
    }
    expect(slugify('!!!')).toBe('');
    expect(slugify('   ')).toBe('');
  });
});

describe('SLUG_PATTERN', () => {
  it.each(['banh-cay', 'a', 'gao-st25', '38-dam'])('accepts %s', (s) => {
    expect(SLUG_PATTERN.test(s)).toBe(true);
  });
  it.each(['Bad Slug', 'banh--cay', '-banh', 'banh-', 'bánh', 'banh_cay', 'Banh', ''])(
    'rejects %j',
    (s) => {
      expect(SLUG_PATTERN.test(s)).toBe(false);
    },
  );
});

describe('normaliseText', () => {
  it('turns NFD into NFC', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    const out = normaliseText(nfd);
    expect(out).toBe('Nguyễn');
    expect(out).toBe(out.normalize('NFC'));
    expect(out.length).toBe(6);
  });

  it('collapses runs of spaces, tabs, newlines and non-breaking spaces, and trims', () => {
    expect(normaliseText('  Mật \u00A0 hoa\t\tdừa \n ')).toBe('Mật hoa dừa');
    expect(normaliseText('a\u200Bb')).toBe('a b');
    expect(normaliseText('\uFEFFHà Nội')).toBe('Hà Nội');
  });

  it('keeps the diacritics and the case', () => {
    expect(normaliseText('Đặc Sản')).toBe('Đặc Sản');
  });
});

describe('stripDiacritics and foldVietnamese', () => {
  it('maps đ → d and Đ → D and keeps case in stripDiacritics', () => {
    expect(stripDiacritics('Đường đi')).toBe('Duong di');
    expect(stripDiacritics('Ỷ Lan')).toBe('Y Lan');
  });

  it('folds to lower-case ASCII with single spaces', () => {
    expect(foldVietnamese('  ĐẶC   SẢN\u00A0Đồng Tháp ')).toBe('dac san dong thap');
  });

  it('folds both tone placements and NFD input to the same string', () => {
    const forms = [
      'Thanh Hoá',
      'Thanh Hóa',
      'Thanh Hóa'.normalize('NFD'),
      'THANH HOÁ',
      'thanh hoa',
    ];
    const folded = new Set(forms.map(foldVietnamese));
    expect([...folded]).toEqual(['thanh hoa']);
  });
});

describe('compareVietnamese', () => {
  it('puts Đ after D and before E', () => {
    expect(compareVietnamese('Đà Nẵng', 'Dừa sáp')).toBeGreaterThan(0);
    expect(compareVietnamese('Đà Nẵng', 'Ê đê')).toBeLessThan(0);
    expect(compareVietnamese('Đà Nẵng', 'Eo gió')).toBeLessThan(0);
  });

  it('sorts a list in Vietnamese alphabetical order', () => {
    const names = [
      'Giò lụa',
      'Eo gió',
      'Đồng Tháp',
      'Zê',
      'Dừa',
      'Đà Nẵng',
      'Dâu tây',
      'Bưởi',
      'Ăn',
    ];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Ăn',
      'Bưởi',
      'Dâu tây',
      'Dừa',
      'Đà Nẵng',
      'Đồng Tháp',
      'Eo gió',
      'Giò lụa',
      'Zê',
    ]);
  });

  it('sorts digits numerically', () => {
    expect(compareVietnamese('Gạo ST9', 'Gạo ST25')).toBeLessThan(0);
  });
});
