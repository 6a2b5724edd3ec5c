import { useCallback, useState } from 'react';
import type { Resultaat } from '@shared/fouten';
import { useActie, type Actie } from './useActie';

/**
 * A confirmation (Bevestiging) for one action: `vragen(item)` opens it with the last refusal
 * cleared; `bevestiging(aanroep, klaar)` gives its props: confirming runs the call once, and only
 * when the call succeeds (its `ok`, not a truthy answer) it closes and hands the answer to `klaar`.
 * A refusal stays in the open confirmation.
 */
export function useBevestiging<T = true>() {
  const actie = useActie();
  const [item, setItem] = useState<T | null>(null);
  const { wissen, uitvoeren } = actie;
  const vragen = useCallback(
    (x: T) => {
      wissen();
      setItem(() => x);
    },
    [wissen],
  );
  const sluiten = useCallback(() => setItem(null), []);
  const bevestiging = <R,>(aanroep: (x: T) => Promise<Resultaat<R>>, klaar?: (antwoord: R, x: T) => void): { open: boolean; actie: Actie; onSluiten(): void; onBevestigen(): void } => ({
    open: item !== null,
    actie,
    onSluiten: sluiten,
    onBevestigen: () => {
      const x = item;
      if (x === null || actie.bezig) return;
      let gelukt = false;
      void uitvoeren(async () => {
        const r = await aanroep(x);
        gelukt = r.ok;
        return r;
      }).then((antwoord) => {
        if (!gelukt) return;
        setItem(null);
        klaar?.(antwoord as R, x);
      });
    },
  });
  return { item, actie, vragen, sluiten, bevestiging };
}
