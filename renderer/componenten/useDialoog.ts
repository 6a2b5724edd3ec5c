import { useCallback, useMemo, useState } from 'react';

/** What a dialog opened by `useDialoog` gets: the item it is about (or `true`), and how it ends. */
export interface DialoogProps<T, A extends unknown[]> {
  open: T | null;
  onSluiten(): void;
  onKlaar(...antwoord: A): void;
}

/**
 * Which dialog of a screen is open, and for which item: `openen(item)` (or `openen(true)`), `sluiten`.
 * `props(daarna)` gives the dialog its `open`, its `onSluiten`, and an `onKlaar` that first closes
 * the dialog and then does what the screen does after a success (reload, show a confirmation).
 */
export function useDialoog<T = true>() {
  const [item, setItem] = useState<T | null>(null);
  const sluiten = useCallback(() => setItem(null), []);
  const openen = useCallback((x: T) => setItem(() => x), []);
  return useMemo(
    () => ({
      item,
      open: item !== null,
      openen,
      sluiten,
      props<A extends unknown[]>(daarna: (...antwoord: A) => unknown): DialoogProps<T, A> {
        return {
          open: item,
          onSluiten: sluiten,
          onKlaar: (...antwoord: A) => {
            setItem(null);
            void daarna(...antwoord);
          },
        };
      },
    }),
    [item, openen, sluiten],
  );
}
