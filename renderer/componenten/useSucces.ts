import { useCallback, useMemo, useState } from 'react';

/**
 * The confirmation of the last action on a screen. The result fits Pagina's `succes` (and Succes's
 * props) as it is: `{ tekst, onSluiten }`, plus `tonen` for the dialogs' `onKlaar`.
 */
export function useSucces(): { tekst: string | null; onSluiten(): void; tonen(tekst: string): void } {
  const [tekst, setTekst] = useState<string | null>(null);
  const onSluiten = useCallback(() => setTekst(null), []);
  return useMemo(() => ({ tekst, onSluiten, tonen: setTekst }), [tekst, onSluiten]);
}
