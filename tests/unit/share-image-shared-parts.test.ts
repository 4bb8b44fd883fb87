/**
 * Shared parts: the first card with a footer, star line or motif is drawn whole and its parts
 * are kept; the next cards with them are laid out with empty boxes in their place and get the
 * kept pixels pasted, and come out with exactly the bytes of a card drawn whole.
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
  pastesFit,
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
  it('pastes the footer, star line and motif of a product card drawn before', async () => {
    const first = await cardSvg(product('Bánh cáy làng Nguyễn'));
    expect(first.whole).not.toBeNull();
    expect(first.pastes).toEqual([]);
    await renderShareCard(product('Bánh cáy làng Nguyễn'));
    const next = await cardSvg(product('Chè Thái Nguyên'));
    expect(next.whole).toBeNull();
    expect(next.pastes.map((p) => p.key).sort()).toEqual(['footer', 'panel', 'stars']);
    // The expired card's star line is greyed: another part, not pasted from the valid one.
    const expired = await cardSvg(product('Chè Thái Nguyên', 'expired'));
    expect(expired.whole).not.toBeNull();
  });

  it('draws a card with pasted parts to the same bytes as drawn whole', async () => {
    for (const fields of [product('Nước mắm Phú Quốc'), producer('Hoa Tan Coconut Cooperative')]) {
      forgetParts();
      const whole = await renderShareCard(fields);
      const pasted = await renderShareCard(fields);
      expect(pasted.data.equals(whole.data)).toBe(true);
      expect((await cardSvg(fields)).pastes.length).toBeGreaterThan(0);
    }
  });

  it('keeps a part only by its whole tree, and pastes it only where it was cut', () => {
    const part = (text: string) =>
      shared(h('div', { style: { display: 'flex', width: 10, height: 4 } }, text), 'p');
    const tree = (text: string) => h('div', { style: { display: 'flex' } }, part(text));
    expect(sharedParts(tree('a'))).toEqual([part('a')]);
    expect(withStandIns(tree('a'))).toBeNull();
    keepParts(
      tree('a'),
      { p: { left: 2, top: 3, width: 10, height: 4 } },
      Buffer.alloc(20 * 10 * 3),
      20,
    );
    const standIns = withStandIns(tree('a'))!;
    expect(standIns.pastes.map((p) => p.box)).toEqual([{ left: 2, top: 3, width: 10, height: 4 }]);
    expect(standIns.tree.props.children).toMatchObject({
      key: 'p',
      props: { style: { width: 10, height: 4 } },
    });
    expect(withStandIns(tree('b'))).toBeNull();
    expect(pastesFit(standIns.pastes, { p: { left: 2, top: 3, width: 10, height: 4 } })).toBe(true);
    expect(pastesFit(standIns.pastes, { p: { left: 2, top: 9, width: 10, height: 4 } })).toBe(
      false,
    );
  });

  it('does not keep a part whose box is not whole pixels', () => {
    const tree = shared(h('div', { style: { display: 'flex' } }, 'x'), 'p');
    keepParts(
      tree,
      { p: { left: 2.5, top: 3, width: 10, height: 4 } },
      Buffer.alloc(20 * 10 * 3),
      20,
    );
    expect(withStandIns(tree)).toBeNull();
  });
});
