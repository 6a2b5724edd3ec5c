import { useCallback, useMemo, useState } from 'react';

/** What a dialog opened by `useDialoog` gets: the item it is about (or `true`), and how it ends. */
export interface DialoogProps<T, A extends unknown[]> {
  open: T | null;
  onSluiten(): void;
  onKlaar(...antwoord: A): void;
}

export interface Dialoog<T> {
  /** What the open dialog is about (`true` for a dialog without an item); `null` while closed. */
  item: T | null;
  open: boolean;
  openen(item?: T): void;
  sluiten(): void;
  /** The dialog's `onKlaar`: closes it, then does `daarna` with its answer (a message, a reload). */
  klaar<A extends unknown[]>(daarna?: (...antwoord: A) => unknown): (...antwoord: A) => void;
  /** All three props of a dialog that takes `open`, `onSluiten` and `onKlaar` at once. */
  props<A extends unknown[]>(daarna: (...antwoord: A) => unknown): DialoogProps<T, A>;
}

/**
 * Which dialog of a screen is open and for what: `openen(item)` from a button or row, `sluiten` on
 * cancel, and `klaar(…)` / `props(…)` for its `onKlaar` — the dialog always closes before the screen
 * acts on the answer (reload, show a confirmation), the same way everywhere.
 */
export function useDialoog<T = true>(): Dialoog<T> {
  const [item, setItem] = useState<T | null>(null);
  // The updater form, so an item that is itself a function is stored, not called.
  const openen = useCallback((x?: T) => setItem(() => (x === undefined ? (true as T) : x)), []);
  const sluiten = useCallback(() => setItem(null), []);
  return useMemo(() => {
    const klaar =
      <A extends unknown[]>(daarna?: (...antwoord: A) => unknown) =>
      (...antwoord: A) => {
        setItem(null);
        void daarna?.(...antwoord);
      };
    return {
      item,
      open: item !== null,
      openen,
      sluiten,
      klaar,
      props: <A extends unknown[]>(daarna: (...antwoord: A) => unknown): DialoogProps<T, A> => ({ open: item, onSluiten: sluiten, onKlaar: klaar(daarna) }),
    };
  }, [item, openen, sluiten]);
}
