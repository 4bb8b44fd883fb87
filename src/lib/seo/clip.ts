/**
 * A page description cut to fit link previews (`max` characters, ellipsis included) at a word
 * boundary, never mid-word; text that fits is left as it is.
 */
export function clipText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,.;:–-]+$/u, '')}…`;
}
