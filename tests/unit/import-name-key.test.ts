import { describe, expect, it } from 'vitest';
import {
  closeEnough,
  editDistance,
  expandedKey,
  producerCore,
  producerKey,
  producerLikeness,
  productLikeness,
  productNameKey,
} from '../../src/lib/import/name-key.ts';

describe('producerKey: one producer however a list abbreviates it', () => {
  it.each([
    ['Cty TNHH SX-TM Minh Phát', 'Công ty TNHH Sản xuất – Thương mại Minh Phát'],
    ['Cty TNHH SX-TM Minh Phát', 'Công ty Trách nhiệm hữu hạn Sản xuất Thương mại Minh Phát'],
    ['HTX NN Tân Cương', 'Hợp tác xã Nông nghiệp Tân Cương'],
    ['DNTN Hồng Hà', 'Doanh nghiệp tư nhân Hồng Hà'],
    ['CTCP Thực phẩm Sao Mai', 'Công ty cổ phần Thực phẩm Sao Mai'],
    ['HTX SXKD Chè Tân Cương', 'Hợp tác xã sản xuất kinh doanh Chè Tân Cương'],
    ['Cty TNHH DVTM An Phú', 'Công ty TNHH dịch vụ thương mại An Phú'],
    ['Cty CP TM-DV Bình An', 'Công ty cổ phần thương mại – dịch vụ Bình An'],
    ['Công ty TNHH MTV Sao Việt', 'Sao Việt Co., Ltd'],
    ['HTX Nem chua Hoằng Hóa', 'Hợp tác xã Nem chua Hoằng Hoá'],
    ['Cơ sở Bánh cáy Đình Mạnh', 'CS Bánh cáy Đình Mạnh'],
  ])('%j is %j', (a, b) => {
    expect(producerKey(a)).toBe(producerKey(b));
    expect(producerLikeness(a, b)).toBeUndefined();
  });

  it.each([
    ['HTX Minh Phát', 'Công ty TNHH Minh Phát'],
    ['Cty TNHH Minh Phát', 'DNTN Hồng Hà'],
    ['HTX Chè Tân Cương', 'HTX Chè Tân Lập'],
  ])('%j is not %j', (a, b) => {
    expect(producerKey(a)).not.toBe(producerKey(b));
  });

  it('writes abbreviations out and folds punctuation and diacritics', () => {
    expect(expandedKey('Cty TNHH SX-TM Minh Phát')).toBe(
      'cong ty trach nhiem huu han san xuat thuong mai minh phat',
    );
    expect(producerCore('Công ty TNHH MTV SX-TM Minh Phát')).toBe('san xuat thuong mai minh phat');
    expect(producerCore('Cô Ba')).toBe('co ba');
  });
});

describe('producerLikeness: likely one producer, to flag', () => {
  it.each([
    ['HTX Minh Phát', 'Công ty TNHH Minh Phát', /only by the kind of producer/],
    ['HTX NN Minh Phát', 'Công ty TNHH Minh Phát', /kind or activity words/],
    ['Cty TNHH SX-TM Minh Phát', 'Công ty TNHH Minh Phát', /kind or activity words/],
    ['HTX Chè Tân Cương Thái Nguyên', 'HTX Chè Tân Cường Thái Nguyên', undefined],
    ['HTX Chè Tân Cuong Thái Nguyễn', 'HTX Chè Tân Cươn Thái Nguyên', /a letter or two/],
  ])('%j and %j', (a, b, reason) => {
    const got = producerLikeness(a, b);
    if (reason) expect(got).toMatch(reason);
    else expect(got).toBeUndefined();
  });

  it.each([
    ['HTX Chè Tân Cương', 'HTX Chè Tân Lập'],
    ['HTX An', 'HTX Ân Phú'],
    ['Cty TNHH Hà', 'Cty TNHH Hải'],
  ])('%j and %j are different producers', (a, b) => {
    expect(producerLikeness(a, b)).toBeUndefined();
  });
});

describe('product names', () => {
  it('compares folded, without punctuation', () => {
    expect(productNameKey('Trà xanh – Tân Cương (hộp 100g)')).toBe(
      productNameKey('TRÀ XANH TÂN CƯƠNG hộp 100 g'.replace(' g', 'g')),
    );
  });
  it('finds a typo in a long name, not in a short one', () => {
    expect(productLikeness('Nước mắm cá cơm Hòn Dáu', 'Nước mắm cá cơm Hòn Dấu')).toBeUndefined();
    expect(productLikeness('Nước mắm cá cơm Hòn Dáu', 'Nước mắm cá cơm Hòn Dáo')).toMatch(
      /letter or two/,
    );
    expect(productLikeness('Mật ong', 'Mật ang')).toBeUndefined();
    expect(productLikeness('Chè búp', 'Chè bụp')).toBeUndefined();
    expect(productLikeness('Trà xanh Tân Cương', 'Trà đen Tân Cương')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['kitten', 'sitting', 3],
    ['abc', '', 3],
  ])('%j → %j is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
  it('stops above the limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(closeEnough('tan cuong', 'tan cuongg')).toBe(true);
    expect(closeEnough('tan cuong', 'tan lap')).toBe(false);
  });
});
