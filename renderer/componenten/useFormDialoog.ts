import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Resultaat } from '@shared/fouten';
import { useActie, type Actie } from './useActie';

export interface FormDialoogOpties<W, T> {
  /**
   * Open when truthy. Pass the item the dialog is about (or `null`): the form resets each time it
   * opens and each time it opens for another item.
   */
  open: unknown;
  /** The form's values when it opens (read at that moment, so it may use the item). */
  begin(): W;
  /** The API call with the form's values. */
  verzenden(waarden: W): Promise<Resultaat<T>>;
  /** Checks the page makes itself (a repeated passphrase); a message stops the call. */
  controleren?: (waarden: W) => Record<string, string | undefined | false>;
  /** After a successful call, with its answer (usually: close, show a confirmation, reload). */
  onKlaar(waarde: T, waarden: W): void;
}

export interface FormDialoogStaat<W> {
  waarden: W;
  zetten<K extends keyof W>(veld: K, waarde: W[K]): void;
  alles(w: W | ((oud: W) => W)): void;
  actie: Actie;
  /** Props for a `Veld` bound to a text field of the form: value, onChange, actie and pad. */
  veld<K extends keyof W & string>(pad: K): { actie: Actie; pad: K; value: W[K]; onChange(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void };
  /** Spread into FormDialoog: open, actie and onVerzenden. */
  dialoog: { open: boolean; actie: Actie; onVerzenden(): void };
}

/**
 * The state of a form dialog: it starts from `begin()` and forgets the last refusal every time it
 * opens, validates locally, sends once (the submit is ignored while busy) and hands the answer to
 * `onKlaar`. What remains in a dialog is its fields (docs/beslissingen/0017-schermkit.md).
 */
export function useFormDialoog<W, T>(o: FormDialoogOpties<W, T>): FormDialoogStaat<W> {
  const actie = useActie();
  const opties = useRef(o);
  opties.current = o;
  const [waarden, setWaarden] = useState<W>(() => o.begin());
  const { wissen } = actie;
  const open = o.open;

  useEffect(() => {
    if (open) {
      setWaarden(opties.current.begin());
      wissen();
    }
  }, [open, wissen]);

  const zetten = useCallback(<K extends keyof W>(veld: K, waarde: W[K]) => setWaarden((w) => ({ ...w, [veld]: waarde })), []);

  const huidige = useRef(waarden);
  huidige.current = waarden;
  const { uitvoeren, bezig } = actie;
  const onVerzenden = useCallback(() => {
    if (bezig) return;
    const w = huidige.current;
    const { verzenden, controleren, onKlaar } = opties.current;
    // Success is the call's `ok`, not a truthy answer: some calls answer with nothing.
    let gelukt = false;
    const aanroep = async () => {
      const r = await verzenden(w);
      gelukt = r.ok;
      return r;
    };
    void uitvoeren(aanroep, controleren?.(w) ?? {}).then((r) => {
      if (gelukt) onKlaar(r as T, w);
    });
  }, [uitvoeren, bezig]);

  return {
    waarden,
    zetten,
    alles: setWaarden,
    actie,
    veld: (pad) => ({
      actie,
      pad,
      value: waarden[pad],
      onChange: (e) => zetten(pad, e.target.value as W[typeof pad]),
    }),
    dialoog: { open: Boolean(open), actie, onVerzenden },
  };
}
