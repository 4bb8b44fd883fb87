/**
 * A search result's quick "add to cart", the same form as a listing card's
 * (`components/order/add-to-cart-compact-html.ts`, submitted by `client/add-to-cart.ts`): a button
 * that adds the first pack and, with several packs, a link to the product's order block; nothing
 * when the product offers nothing. An expired or revoked certificate is said beside it.
 */
import { localized } from '../../lib/i18n/localized.ts';
import { fill, type ProductHit, type SearchConfig } from './search-config.ts';

interface Props {
  hit: ProductHit;
  href: string;
  /** Certificate state today. */
  state: string;
  config: SearchConfig;
}

export function HitCart({ hit, href, state, config }: Props) {
  const { cart, values } = config.labels;
  const count = hit.offerCount ?? 0;
  const name = localized(hit.name, hit.nameEn, config.locale);
  if (count === 0 || !hit.code || !hit.orderSku) return null;
  const quantity = hit.orderQuantity ?? 1;
  return (
    <form
      data-cart-form
      data-compact
      data-code={hit.code}
      data-pack={name.text}
      className="relative z-10 mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
    >
      <input type="hidden" name="sku" value={hit.orderSku} />
      <input type="hidden" name="quantity" value={quantity} />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-9 items-center rounded-md px-3 font-semibold text-white"
      >
        <span aria-hidden="true">+&nbsp;</span>
        {quantity > 1 ? fill(cart.addMinimum, { n: quantity }) : cart.add}
        <span className="sr-only" lang={name.lang}>
          {' '}
          – {name.text}
        </span>
      </button>
      {count > 1 && (
        <a href={href} className="text-xs font-semibold">
          {fill(cart.morePacks, { n: count })}
        </a>
      )}
      <span
        role="status"
        className="text-brand-800 basis-full text-xs empty:hidden"
        data-cart-status
      />
      {(state === 'expired' || state === 'revoked') && (
        <span className="text-muted basis-full text-xs" data-cart-standing={state}>
          {fill(cart.statusNote, { status: values.certificateStatus[state] ?? state })}
        </span>
      )}
    </form>
  );
}
