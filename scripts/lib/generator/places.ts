/** Weighted choice of provinces and their pre-2025 predecessors, from the domain tables. */
import { FORMER_PROVINCES, PROVINCES } from '../../../src/lib/domain/provinces.ts';
import type { FormerProvince, Province } from '../../../src/schemas/province.ts';
import { geoOf } from './geography.ts';
import { weightedPicker, type Random } from './random.ts';

export const pickProvince = weightedPicker(
  PROVINCES,
  PROVINCES.map((p) => geoOf(p.slug).weight),
);

/** Sales points are spread more evenly than producers: weights flattened by a power < 1. */
export const pickSalesPointProvince = weightedPicker(
  PROVINCES,
  PROVINCES.map((p) => geoOf(p.slug).weight ** 0.6),
);

const formerBySuccessor = new Map<string, FormerProvince[]>();
for (const former of FORMER_PROVINCES) {
  const list = formerBySuccessor.get(former.successor) ?? [];
  list.push(former);
  formerBySuccessor.set(former.successor, list);
}

/** One of the provinces merged into `province` (possibly the one of the same name). */
export function pickFormerProvince(random: Random, province: Province): FormerProvince {
  const candidates = formerBySuccessor.get(province.slug);
  if (!candidates?.length) throw new RangeError(`No former province became "${province.slug}"`);
  return random.pick(candidates);
}
