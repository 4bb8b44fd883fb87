import { describe, expect, it } from 'vitest';
import { LikelyIndex } from '../../src/lib/import/likely-index.ts';
import { producerLikeness } from '../../src/lib/import/name-key.ts';

const index = new LikelyIndex<{ name: string }>();
const known = [
  'Công ty TNHH Sản xuất Thương mại Quý Thu',
  'Hợp tác xã Nông nghiệp Hòa Tân',
  'HTX Dừa sáp Cầu Kè',
  'Công ty cổ phần Ong Tam Đảo',
  'Cơ sở Bánh kẹo Thiên Đức',
].map((name) => ({ name }));
for (const k of known) index.add(k);
const names = (found: { name: string }[]) => found.map((f) => f.name);

describe('the candidates a new producer name is compared with', () => {
  it('finds names with the same core, the same core without activity words, and a letter off', () => {
    expect(names(index.candidates('Cty TNHH SX-TM Quý Thu'))).toContain(known[0]!.name);
    expect(names(index.candidates('Doanh nghiệp tư nhân Quý Thu'))).toContain(known[0]!.name);
    expect(names(index.candidates('HTX NN Hòa Tân'))).toContain(known[1]!.name);
    expect(names(index.candidates('HTX Dừa sáp Cầu Kèe'))).toContain(known[2]!.name);
    expect(names(index.candidates('Công ty CP Ong Tam Đảoo'))).toContain(known[3]!.name);
  });

  it('leaves out unrelated producers', () => {
    expect(names(index.candidates('HTX Chè Shan tuyết Suối Giàng'))).toEqual([]);
  });

  it('every pair producerLikeness flags among these is among the candidates', () => {
    const probes = [
      'Cty TNHH SX-TM Quý Thu',
      'HTX NN Hòa Tân',
      'HTX Dừa sáp Cầu Kèe',
      'Cơ sở Bánh kẹo Thiên Đứcc',
    ];
    for (const probe of probes)
      for (const k of known)
        if (producerLikeness(probe, k.name))
          expect(names(index.candidates(probe))).toContain(k.name);
  });
});
