/**
 * Shows a recomputed state on a status badge rendered at build time: swaps the badge's tone
 * classes (state → classes: the badge's own `data-tones`, else `tones`) and shows only the
 * `[data-label]` of the new state. Shared by the certificate and fair status badges.
 */
export function applyBadgeState(
  badge: HTMLElement,
  state: string,
  tones: Readonly<Record<string, string>> = {},
): void {
  const own = badge.dataset['tones'];
  if (own !== undefined) tones = JSON.parse(own) as Record<string, string>;
  const previous = badge.dataset['state'] ?? '';
  if (previous !== state) {
    badge.classList.remove(...(tones[previous] ?? '').split(' ').filter(Boolean));
    badge.classList.add(...(tones[state] ?? '').split(' ').filter(Boolean));
    badge.dataset['state'] = state;
  }
  for (const label of badge.querySelectorAll<HTMLElement>('[data-label]')) {
    label.hidden = label.dataset['label'] !== state;
  }
}
