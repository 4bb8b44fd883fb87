import { describe, expect, it } from 'vitest';
import { classifyRow } from '../../src/lib/import/classify-row.ts';
import type { ColumnMap } from '../../src/lib/import/map-columns.ts';

// Columns: name, producer, stars — no number column, like the open-data CSV.
const columns = { name: 0, producer: 1, stars: 2 } as ColumnMap;

describe('classifyRow: totals lines', () => {
  it('a "Tổng cộng" or "Cộng" line naming no product is a total', () => {
    expect(classifyRow(['Tổng cộng', '', '25 sản phẩm'], columns, false).skip).toBe('total');
    expect(classifyRow(['Cộng', '', ''], columns, false).skip).toBe('total');
  });

  it('a product whose producer is "Công ty …" is a product, not a total', () => {
    expect(
      classifyRow(['Mật hoa dừa', 'Công ty TNHH Trà Vinh FARM', '5'], columns, false).skip,
    ).toBeUndefined();
    expect(
      classifyRow(['Nước mắm', 'Tổng công ty Thủy sản', '4 sao'], columns, false).skip,
    ).toBeUndefined();
  });
});
