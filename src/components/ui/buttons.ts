/** Button looks shared by the shortlist and print pages (Tailwind classes; 44 px touch targets). */
export const primaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white disabled:opacity-50';

export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-md border border-brand-600 bg-white px-4 font-semibold text-brand-800 no-underline hover:bg-brand-50';
