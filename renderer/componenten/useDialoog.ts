import { useCallback, useMemo, useState } from 'react';

export interface Dialoog<T> {
  /** What the open dialog is about (`true` for a dialog without an item); `null` while closed. */
  item: T | null;
  open: boolean;
  openen(item?: T): void;
  sluiten(): void;
  /** The dialog's `onKlaar`: closes it, then does `daarna` with its answer (a message, a reload). */
  klaar<A extends unknown[]>(daarna?: (...antwoord: A) => void): (...antwoord: A) => void;
}

/**
 * Which dialog of a screen is open and for what: `openen(item)` from a button or row, `sluiten` on
 * cancel, and `klaar(…)` for its `onKlaar` — the dialog always closes before the screen acts on the
 * answer, the same way everywhere.
 */
export function useDialoog<T = true>(): Dialoog<T> {
  const [item, setItem] = useState<T | null>(null);
  const openen = useCallback((x?: T) => setItem(x === undefined ? (true as T) : x), []);
  const sluiten = useCallback(() => setItem(null), []);
  return useMemo(
    () => ({
      item,
      open: item !== null,
      openen,
      sluiten,
      klaar:
        <A extends unknown[]>(daarna?: (...antwoord: A) => void) =>
        (...antwoord: A) => {
          setItem(null);
          daarna?.(...antwoord);
        },
    }),
    [item, openen, sluiten],
  );
}
