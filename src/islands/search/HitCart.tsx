/**
 * A search result's quick "add to cart", the same form as a listing card's
 * (`components/order/AddToCartCompact.astro`, submitted by `client/add-to-cart.ts`): one pack →
 * add it; several → a link to the product's order block; none → nothing. An expired or revoked
 * certificate is said beside it.
 */
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
  if (count === 0 || !hit.code) return null;
  const note =
    state === 'expired' || state === 'revoked' ? (
      <span className="text-muted basis-full text-xs" data-cart-standing={state}>
        {fill(cart.statusNote, { status: values.certificateStatus[state] ?? state })}
      </span>
    ) : null;
  if (count > 1 || !hit.orderSku)
    return (
      <div className="relative z-10 mt-1 flex flex-wrap items-center gap-2 text-sm">
        <a
          href={href}
          className="border-brand-600 text-brand-800 hover:bg-brand-50 inline-flex min-h-9 items-center rounded-md border bg-white px-2 font-semibold no-underline"
        >
          {fill(cart.choosePack, { n: count })}
          <span className="sr-only" lang="vi">
            {' '}
            – {hit.name}
          </span>
        </a>
        {note}
      </div>
    );
  return (
    <form
      data-cart-form
      data-code={hit.code}
      data-pack={hit.name}
      className="relative z-10 mt-1 flex flex-wrap items-center gap-2 text-sm"
    >
      <input type="hidden" name="sku" value={hit.orderSku} />
      <input type="hidden" name="quantity" value={hit.orderQuantity ?? 1} />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-9 items-center rounded-md px-2 font-semibold text-white"
      >
        <span aria-hidden="true">+&nbsp;</span>
        {cart.add}
        <span className="sr-only" lang="vi">
          {' '}
          – {hit.name}
        </span>
      </button>
      <span
        role="status"
        className="text-brand-800 basis-full text-xs empty:hidden"
        data-cart-status
      />
      {note}
    </form>
  );
}
