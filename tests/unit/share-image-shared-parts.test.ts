/**
 * Shared parts: the first card with a footer, star line, status, province line or motif draws
 * them and they are kept; the next cards with them are laid out with empty boxes in their
 * place and get the kept pixels pasted, and come out with the bytes of a card drawn whole; a
 * part is pasted only where it was drawn before (elsewhere it is drawn, and kept there too).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { renderShareCard } from '../../src/lib/share-image/card-image.ts';
import { h, shared } from '../../src/lib/share-image/elements.ts';
import { producerShareFields, productShareFields } from '../../src/lib/share-image/fields.ts';
import { cardSvg } from '../../src/lib/share-image/render.ts';
import {
  forgetParts,
  keepParts,
  keptPartsStats,
  landedElsewhere,
  placePastes,
  sharedParts,
  withStandIns,
} from '../../src/lib/share-image/shared-parts.ts';

const site = 'https://ocop.example.vn';
const product = (name: string, state: 'valid' | 'expired' = 'valid') =>
  productShareFields({
    locale: 'vi',
    name,
    standing: { stars: 4, status: { state, validUntil: '2027-12-15' }, inForce: state === 'valid' },
    province: getProvince('hung-yen')!,
    producer: 'Xưởng bánh kẹo Thiên Đức',
    category: 'I.3.b',
    photo: null,
    site,
  });
const producer = (name: string) =>
  producerShareFields({
    locale: 'en',
    name,
    type: 'Cooperative',
    province: getProvince('vinh-long')!,
    products: [{ stars: 5, status: { state: 'valid', validUntil: '2028-03-01' }, inForce: true }],
    site,
  });

beforeEach(() => {
  forgetParts();
});

describe('shared parts', () => {
  it('pastes the parts of a product card drawn before, each by its whole tree', async () => {
    const first = await cardSvg(product('Bánh cáy làng Nguyễn'));
    expect(first.pastes).toEqual([]);
    await renderShareCard(product('Bánh cáy làng Nguyễn'));
    const next = await cardSvg(product('Chè Thái Nguyên'));
    // The province line (the body's last) lands higher under a one-line name: drawn there.
    expect(next.pastes.map((p) => p.key).sort()).toEqual(['footer', 'panel', 'stars', 'status']);
    const same = await cardSvg(product('Bánh cáy làng Nguyễn loại một'));
    expect(same.pastes.map((p) => p.key).sort()).toEqual([
      'body-end',
      'footer',
      'panel',
      'stars',
      'status',
    ]);
    // The expired card's star line (greyed) and status are other parts: drawn, not pasted.
    const expired = await cardSvg(product('Chè Thái Nguyên', 'expired'));
    expect(expired.pastes.map((p) => p.key).sort()).toEqual(['footer', 'panel']);
  });

  it('draws a card with pasted parts to the same bytes as drawn whole', async () => {
    const fields = product('Nước mắm Phú Quốc');
    const whole = await renderShareCard(fields);
    const pasted = await renderShareCard(fields);
    expect(pasted.data.equals(whole.data)).toBe(true);
    expect((await cardSvg(fields)).pastes.length).toBeGreaterThan(0);
  });

  it('draws producer cards whole (nothing kept, nothing pasted)', async () => {
    const fields = producer('Hoa Tan Coconut Cooperative');
    await renderShareCard(fields);
    expect(keptPartsStats().parts).toBe(0);
    expect((await cardSvg(fields)).pastes).toEqual([]);
  });

  it('draws a part that lands where it was never drawn: the card is the one drawn whole', async () => {
    // A name on one line, then on three: the province line lands lower.
    await renderShareCard(product('Chè'));
    const long = product('Bánh cáy làng Nguyễn đặc biệt loại một của hợp tác xã');
    const pasted = await renderShareCard(long);
    const drawing = await cardSvg(long);
    // Drawn on the long card, kept there: the next long card pastes it.
    expect(drawing.pastes.find((p) => p.key === 'body-end')).toBeDefined();
    forgetParts();
    const whole = await renderShareCard(long);
    expect(pasted.data.equals(whole.data)).toBe(true);
  });

  it('keeps a part only by its whole tree, and pastes it only on whole pixels inside the card', () => {
    const part = (text: string) =>
      shared(h('div', { style: { display: 'flex', marginTop: 3 } }, text), 'p');
    const tree = (text: string) => h('div', { style: { display: 'flex' } }, part(text));
    expect(sharedParts(tree('a'))).toEqual([part('a')]);
    expect(withStandIns(tree('a'), 'test').pastes).toEqual([]);
    const box = { left: 2, top: 3, width: 10, height: 4 };
    keepParts(tree('a'), 'test', { p: box }, Buffer.alloc(20 * 10 * 3), 20);
    const standIns = withStandIns(tree('a'), 'test');
    expect(standIns.pastes.map((p) => p.key)).toEqual(['p']);
    expect(standIns.tree.props.children).toMatchObject({
      key: 'p',
      props: { style: { marginTop: 3, width: 10, height: 4 } },
    });
    expect(withStandIns(tree('b'), 'test').pastes).toEqual([]);
    expect(withStandIns(tree('a'), 'other layout').pastes).toEqual([]);
    const placed = placePastes(standIns.pastes, { p: box }, 20, 10);
    expect(placed?.map((p) => p.box)).toEqual([box]);
    // Only where it was drawn: elsewhere it is drawn again (and kept there).
    expect(placePastes(standIns.pastes, { p: { ...box, top: 5 } }, 20, 10)).toBeNull();
    expect(landedElsewhere(standIns.pastes, { p: { ...box, top: 5 } })).toEqual(new Set(['p']));
    expect(landedElsewhere(standIns.pastes, { p: box })).toEqual(new Set());
    expect(withStandIns(tree('a'), 'test', new Set(['p'])).pastes).toEqual([]);
    expect(placePastes(standIns.pastes, { p: { ...box, top: 5.5 } }, 20, 10)).toBeNull();
    expect(placePastes(standIns.pastes, { p: { ...box, top: 8 } }, 20, 10)).toBeNull();
  });

  it('drops the parts used least recently when past its budget', () => {
    const tree = (text: string) => shared(h('div', { style: { display: 'flex' } }, text), 'p');
    const box = { left: 0, top: 0, width: 10, height: 4 }; // 120 bytes a part
    const keep = (text: string) => {
      keepParts(tree(text), 'test', { p: box }, Buffer.alloc(20 * 10 * 3), 20, undefined, 250);
    };
    keep('a');
    keep('b');
    expect(withStandIns(tree('a'), 'test').pastes).toHaveLength(1); // a used again
    keep('c'); // over budget: b, used least recently, goes
    expect(keptPartsStats()).toEqual({ parts: 2, bytes: 240, dropped: 1 });
    expect(withStandIns(tree('a'), 'test').pastes).toHaveLength(1);
    expect(withStandIns(tree('b'), 'test').pastes).toHaveLength(0);
    expect(withStandIns(tree('c'), 'test').pastes).toHaveLength(1);
  });

  it('does not keep a part laid out off whole pixels', () => {
    const tree = shared(h('div', { style: { display: 'flex' } }, 'x'), 'p');
    keepParts(
      tree,
      'test',
      { p: { left: 2.5, top: 3, width: 10, height: 4 } },
      Buffer.alloc(20 * 10 * 3),
      20,
    );
    expect(withStandIns(tree, 'test').pastes).toEqual([]);
  });
});
