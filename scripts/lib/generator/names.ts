/**
 * Vietnamese name vocabularies: people, brands, places (communes, villages, districts),
 * streets and phone numbers. Every string is NFC with the "new" tone placement (Hòa, Thủy).
 */
import { weightedTable, type Random } from './random.ts';
import type { Region } from './geography.ts';

const pickFamily = weightedTable<string>([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 3],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.6],
  ['Lương', 0.5],
  ['Mai', 0.4],
  ['Tạ', 0.3],
  ['Hà', 0.5],
  ['Lò', 0.2],
  ['Sầm', 0.1],
]);

const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Xuân', 'Thanh', 'Công', 'Đình', 'Tiến'];
const FEMALE_MIDDLE = [
  'Thị',
  'Thị',
  'Thị',
  'Ngọc',
  'Thu',
  'Thanh',
  'Minh',
  'Kim',
  'Hồng',
  'Phương',
];
const MALE_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khánh',
  'Kiên',
  'Long',
  'Lâm',
  'Mạnh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
  'Khải',
];
const FEMALE_GIVEN = [
  'Anh',
  'Bích',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hồng',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'Nga',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuyết',
  'Vân',
  'Xuân',
  'Yến',
];

/** A full name such as "Nguyễn Thị Hạnh" or "Trần Văn Nam". */
export function personName(random: Random): string {
  const female = random.chance(0.45);
  const middle = random.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = random.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  return `${pickFamily(random)} ${middle} ${given}`;
}

const BRAND_FIRST = [
  'An',
  'Bảo',
  'Đại',
  'Đông',
  'Gia',
  'Hải',
  'Hoàng',
  'Hồng',
  'Hưng',
  'Kim',
  'Lộc',
  'Minh',
  'Nam',
  'Ngọc',
  'Phú',
  'Phúc',
  'Phương',
  'Quang',
  'Sao',
  'Tân',
  'Thái',
  'Thành',
  'Thiên',
  'Trường',
  'Việt',
  'Xuân',
  'Hòa',
  'Vạn',
  'Bình',
  'Đức',
];
const BRAND_SECOND = [
  'An',
  'Bảo',
  'Châu',
  'Đạt',
  'Gia',
  'Hà',
  'Hải',
  'Hưng',
  'Khang',
  'Lộc',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Ngân',
  'Phát',
  'Phong',
  'Phú',
  'Sơn',
  'Tâm',
  'Thịnh',
  'Tiến',
  'Trung',
  'Việt',
  'Xanh',
  'Lợi',
  'Thành',
  'Nguyên',
  'Anh',
  'Dương',
];

/** A trade name such as "Hưng Phát" or "Thiên Lộc". */
export function brandName(random: Random): string {
  for (;;) {
    const first = random.pick(BRAND_FIRST);
    const second = random.pick(BRAND_SECOND);
    if (first !== second) return `${first} ${second}`;
  }
}

const PLACE_FIRST = [
  'An',
  'Bình',
  'Cẩm',
  'Đại',
  'Đông',
  'Hòa',
  'Hồng',
  'Hưng',
  'Hải',
  'Kim',
  'Long',
  'Minh',
  'Mỹ',
  'Nam',
  'Ngọc',
  'Nghĩa',
  'Phú',
  'Phước',
  'Quang',
  'Quế',
  'Tam',
  'Tân',
  'Tây',
  'Thạch',
  'Thanh',
  'Thạnh',
  'Thuận',
  'Tiên',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Lạc',
  'Đức',
  'Hương',
];
const PLACE_SECOND = [
  'An',
  'Bình',
  'Châu',
  'Điền',
  'Đông',
  'Dương',
  'Hà',
  'Hải',
  'Hiệp',
  'Hòa',
  'Hưng',
  'Khánh',
  'Lâm',
  'Lạc',
  'Lộc',
  'Lợi',
  'Long',
  'Mỹ',
  'Phong',
  'Phú',
  'Quang',
  'Sơn',
  'Tân',
  'Thành',
  'Thịnh',
  'Thủy',
  'Tiến',
  'Trung',
  'Vinh',
  'Xuân',
  'Cương',
  'Xá',
  'Yên',
  'Thái',
  'Cần',
];

/** A commune-like place name such as "Tân Phú" or "Yên Lạc". */
export function placeName(random: Random): string {
  for (;;) {
    const first = random.pick(PLACE_FIRST);
    const second = random.pick(PLACE_SECOND);
    if (first !== second) return `${first} ${second}`;
  }
}

const STREETS = [
  'Trần Hưng Đạo',
  'Lê Lợi',
  'Nguyễn Trãi',
  'Quang Trung',
  'Hùng Vương',
  'Lý Thường Kiệt',
  'Hai Bà Trưng',
  'Nguyễn Huệ',
  'Lê Duẩn',
  'Phan Đình Phùng',
  'Trần Phú',
  'Điện Biên Phủ',
  'Nguyễn Văn Cừ',
  'Võ Nguyên Giáp',
  'Lê Thánh Tông',
  'Ngô Quyền',
  'Bà Triệu',
  'Hoàng Văn Thụ',
  'Nguyễn Du',
  'Lạc Long Quân',
  'Nguyễn Thị Minh Khai',
  'Phạm Văn Đồng',
  'Lê Hồng Phong',
  'Trường Chinh',
  'Tôn Đức Thắng',
  'Chu Văn An',
];

export function streetAddress(random: Random): string {
  return `Số ${random.int(1, 320)} đường ${random.pick(STREETS)}`;
}

const HAMLET_WORD: Record<Region, readonly string[]> = {
  north: ['Thôn', 'Thôn', 'Xóm', 'Làng'],
  central: ['Thôn', 'Thôn', 'Xóm', 'Làng'],
  south: ['Ấp', 'Ấp', 'Ấp', 'Khóm'],
};
const HAMLET_NAME = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Thượng',
  'Hạ',
  'Đình',
  'Chùa',
  'Mới',
  'Cũ',
  'Giữa',
];

/** "Thôn Đông", "Xóm 3", "Ấp Tân Phú", "Ấp 5": the village part of a rural address. */
export function hamlet(random: Random, region: Region): string {
  const word = random.pick(HAMLET_WORD[region]);
  if (random.chance(0.4)) return `${word} ${random.int(1, 12)}`;
  return `${word} ${region === 'south' ? placeName(random) : random.pick(HAMLET_NAME)}`;
}

/** A pre-2025 district such as "huyện Tân Phú" or "thị xã Hòa Bình". */
export function districtName(random: Random): string {
  const roll = random.next();
  const kind = roll < 0.85 ? 'huyện' : roll < 0.95 ? 'thị xã' : 'thành phố';
  return `${kind} ${placeName(random)}`;
}

const MOBILE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '086',
  '088',
  '089',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '077',
  '079',
  '081',
  '083',
  '085',
];

const digits = (random: Random, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(random.int(0, 9));
  return s;
};

/** "0912 345 678". */
export function mobilePhone(random: Random): string {
  const d = random.pick(MOBILE_PREFIXES) + digits(random, 7);
  return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
}

/** "024 3851 2345" (Hà Nội, TP HCM) or "0227 3851 234" (four-digit area codes). */
export function landlinePhone(random: Random, areaCode: string): string {
  const rest = String(random.int(2, 3)) + digits(random, areaCode.length === 3 ? 7 : 6);
  return `${areaCode} ${rest.slice(0, 4)} ${rest.slice(4)}`;
}

/** First letter in lower case: "Xã Tân Phú" → "xã Tân Phú" inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
