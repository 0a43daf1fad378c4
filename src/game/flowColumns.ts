// The briefing's dossier layout: unbreakable blocks flow top to bottom through columns, a heading
// never left alone at the foot of a column. Pure, so it is tested without a browser.
/** Each item's column and top, or null when they do not all fit. */
export function flowColumns(items: { h: number; after: number; keepWithNext: boolean }[], colH: number, cols: number): { col: number; y: number }[] | null {
  const places: { col: number; y: number }[] = [];
  let col = 0;
  let y = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // A heading moves to the next column with the block it introduces.
    const need = item.h + (item.keepWithNext ? (items[i + 1]?.h ?? 0) : 0);
    if (y > 0 && y + need > colH) {
      col += 1;
      y = 0;
    }
    if (col >= cols || item.h > colH) return null;
    places.push({ col, y });
    y += item.h + item.after;
  }
  return places;
}
