/**
 * The table's rules without React, so they are tested in plain Node: the order of the rows under a
 * sorting, what a click on a column header does to the sorting, and what a key on a row does.
 */

export type Richting = 'oplopend' | 'aflopend';
export interface Sortering {
  kolom: string;
  richting: Richting;
}

/** A value to sort on; `null`/`undefined` (no date, no name) always goes last, in either direction. */
export type Sorteerwaarde = string | number | boolean | null | undefined;

const vergelijker = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

export function vergelijk(a: Sorteerwaarde, b: Sorteerwaarde): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'string' && typeof b === 'string') return vergelijker.compare(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return vergelijker.compare(String(a), String(b));
}

/**
 * The rows in the order of the sorting. Stable: rows with the same value keep the order the backend
 * gave them (usually newest first), so sorting on status does not shuffle within a status.
 */
export function sorteren<T>(rijen: readonly T[], waarde: ((rij: T) => Sorteerwaarde) | undefined, richting: Richting): T[] {
  if (!waarde) return [...rijen];
  const teken = richting === 'oplopend' ? 1 : -1;
  return rijen
    .map((rij, i) => ({ rij, i, w: waarde(rij) }))
    .sort((x, y) => {
      const leegX = x.w === null || x.w === undefined;
      const leegY = y.w === null || y.w === undefined;
      // Empty values stay at the bottom whichever way the column is sorted.
      if (leegX !== leegY) return leegX ? 1 : -1;
      return teken * vergelijk(x.w, y.w) || x.i - y.i;
    })
    .map((x) => x.rij);
}

/** A click on a header: a new column sorts ascending, the same column flips its direction. */
export function volgendeSortering(huidig: Sortering | null, kolom: string): Sortering {
  if (huidig?.kolom === kolom) return { kolom, richting: huidig.richting === 'oplopend' ? 'aflopend' : 'oplopend' };
  return { kolom, richting: 'oplopend' };
}

export type Toetsgevolg = { soort: 'openen' } | { soort: 'focus'; index: number } | null;

/**
 * A key on a focused row: Enter (or Space) opens it, the arrows move to the row above or below,
 * Home and End to the first and last. Anything else is left to the browser.
 */
export function rijToets(toets: string, index: number, aantal: number): Toetsgevolg {
  if (aantal <= 0) return null;
  switch (toets) {
    case 'Enter':
    case ' ':
      return { soort: 'openen' };
    case 'ArrowDown':
      return { soort: 'focus', index: Math.min(index + 1, aantal - 1) };
    case 'ArrowUp':
      return { soort: 'focus', index: Math.max(index - 1, 0) };
    case 'Home':
      return { soort: 'focus', index: 0 };
    case 'End':
      return { soort: 'focus', index: aantal - 1 };
    default:
      return null;
  }
}

/** Whether a click landed on something that acts by itself (a button or link in a cell), not on the row. */
export function eigenBediening(doel: EventTarget | null, rij: Element): boolean {
  let el = typeof Element !== 'undefined' && doel instanceof Element ? doel : null;
  while (el && el !== rij) {
    if (el.matches('a, button, input, select, textarea, label, [role="button"], [role="link"], [role="checkbox"], [role="menuitem"]')) return true;
    el = el.parentElement;
  }
  return false;
}
