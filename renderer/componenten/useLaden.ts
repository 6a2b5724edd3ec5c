import { useCallback, useEffect, useRef, useState, type DependencyList, type Dispatch, type SetStateAction } from 'react';
import type { Fout, Resultaat } from '@shared/fouten';

export interface Laden<T> {
  /** The last value the call gave; `null` until the first answer. Kept while a reload runs. */
  data: T | null;
  bezig: boolean;
  /** The refusal of the last call (shown with the standard FoutMelding, e.g. through Tabel or Laadstatus). */
  fout: Fout | null;
  /** Calls again (after a change elsewhere); resolves with the new value or undefined on a refusal. */
  herladen(): Promise<T | undefined>;
  /** Replaces the value without a call: a dialog returned the changed item. */
  zetten: Dispatch<SetStateAction<T | null>>;
}

/**
 * Loads data when the screen mounts and again whenever `deps` change. Only the newest call counts:
 * an answer that arrives after a newer call was started (a quick change of filter or of the opened
 * item) is dropped, so an old list never overwrites a new one.
 */
export function useLaden<T>(aanroep: () => Promise<Resultaat<T>>, deps: DependencyList, opties: { actief?: boolean } = {}): Laden<T> {
  const actief = opties.actief ?? true;
  const [data, setData] = useState<T | null>(null);
  const [bezig, setBezig] = useState(actief);
  const [fout, setFout] = useState<Fout | null>(null);
  const laatste = useRef(aanroep);
  laatste.current = aanroep;
  const volgnummer = useRef(0);

  const herladen = useCallback(async (): Promise<T | undefined> => {
    const mijn = ++volgnummer.current;
    setBezig(true);
    try {
      const r = await laatste.current();
      if (mijn !== volgnummer.current) return undefined;
      if (r.ok) {
        setFout(null);
        setData(r.waarde);
        return r.waarde;
      }
      setFout(r.fout);
      return undefined;
    } finally {
      if (mijn === volgnummer.current) setBezig(false);
    }
  }, []);

  useEffect(() => {
    if (actief) void herladen();
    else {
      // A call still under way no longer counts once the screen stops asking.
      volgnummer.current++;
      setBezig(false);
    }
    // The caller's deps decide when to load again; `aanroep` is read through the ref.
  }, [actief, herladen, ...deps]);

  return { data, bezig, fout, herladen, zetten: setData };
}
