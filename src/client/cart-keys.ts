/** Where the cart lives in the browser and the event that announces a change (no code: tiny). */
export const CART_KEY = 'ocop:gio-hang';
export const CART_EVENT = 'ocop:cart';
