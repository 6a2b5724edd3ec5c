import { useCallback, useMemo, useState } from 'react';

export interface Succesmelding {
  tekst: string | null;
  onSluiten(): void;
  tonen(tekst: string): void;
  /**
   * Shows the confirmation only once the screen has reloaded what the action changed, so the message
   * never stands beside the old state (a status that still says "Ontvangen" under "Vastgelegd.").
   */
  naHerladen(tekst: string, ...herladen: Array<Promise<unknown> | (() => Promise<unknown>)>): Promise<void>;
}

/**
 * The confirmation of the last action on a screen. The result fits Pagina's `succes` (and Succes's
 * props) as it is: `{ tekst, onSluiten }`, plus `tonen` for the dialogs' `onKlaar`.
 */
export function useSucces(): Succesmelding {
  const [tekst, setTekst] = useState<string | null>(null);
  const onSluiten = useCallback(() => setTekst(null), []);
  const naHerladen = useCallback(async (nieuw: string, ...herladen: Array<Promise<unknown> | (() => Promise<unknown>)>) => {
    setTekst(null);
    await Promise.all(herladen.map((h) => (typeof h === 'function' ? h() : h)));
    setTekst(nieuw);
  }, []);
  return useMemo(() => ({ tekst, onSluiten, tonen: setTekst, naHerladen }), [tekst, onSluiten, naHerladen]);
}
