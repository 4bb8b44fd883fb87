/**
 * Shows a recomputed state on a status badge rendered at build time: swaps the badge's tone
 * classes (state → classes: the badge's own `data-tones`, else `tones`) and shows only the
 * `[data-label]` of the new state. A badge that holds only its build-day label gets the new
 * state's label from `words`, written after its last one. Shared by the certificate and fair
 * status badges.
 */
export function applyBadgeState(
  badge: HTMLElement,
  state: string,
  tones: Readonly<Record<string, string>> = {},
  words: Readonly<Record<string, string>> = {},
): void {
  const own = badge.dataset['tones'];
  if (own !== undefined) tones = JSON.parse(own) as Record<string, string>;
  const previous = badge.dataset['state'] ?? '';
  if (previous !== state) {
    badge.classList.remove(...(tones[previous] ?? '').split(' ').filter(Boolean));
    badge.classList.add(...(tones[state] ?? '').split(' ').filter(Boolean));
    badge.dataset['state'] = state;
  }
  const labels = [...badge.querySelectorAll<HTMLElement>('[data-label]')];
  const word = words[state];
  if (word !== undefined && !labels.some((label) => label.dataset['label'] === state)) {
    const label = document.createElement('span');
    label.dataset['label'] = state;
    label.textContent = ` ${word} `;
    labels.at(-1)?.after(label);
    labels.push(label);
  }
  for (const label of labels) {
    label.hidden = label.dataset['label'] !== state;
  }
}
