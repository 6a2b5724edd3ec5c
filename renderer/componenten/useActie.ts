import { useCallback, useState } from 'react';
import i18next from 'i18next';
import type { Fout, Resultaat } from '@shared/fouten';
import { veldTekst } from '../i18n/meldingen';

export interface Actie {
  bezig: boolean;
  fout: Fout | null;
  /** The message for one field: a local check first, else the backend's `fout.velden[pad]`. */
  veldfout(pad: string): string | undefined;
  /**
   * Runs one API call. `lokaal` holds checks the page makes itself (a repeated passphrase): when any
   * has a message, nothing is sent.
   */
  uitvoeren<T>(aanroep: () => Promise<Resultaat<T>>, lokaal?: Record<string, string | undefined | false>): Promise<T | undefined>;
  wissen(): void;
}

export function useActie(): Actie {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Fout | null>(null);
  const [lokaleFouten, setLokaleFouten] = useState<Record<string, string>>({});

  const uitvoeren = useCallback(async <T,>(aanroep: () => Promise<Resultaat<T>>, lokaal: Record<string, string | undefined | false> = {}) => {
    const lokaleMeldingen = Object.fromEntries(Object.entries(lokaal).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
    setLokaleFouten(lokaleMeldingen);
    if (Object.keys(lokaleMeldingen).length > 0) {
      setFout({ code: 'ONGELDIGE_INVOER', melding: i18next.t('fout.velden') });
      return undefined;
    }
    setBezig(true);
    setFout(null);
    try {
      const r = await aanroep();
      if (r.ok) return r.waarde;
      setFout(r.fout);
      return undefined;
    } finally {
      setBezig(false);
    }
  }, []);

  const veldfout = useCallback(
    (pad: string) => {
      if (lokaleFouten[pad]) return lokaleFouten[pad];
      const v = fout?.velden?.find((w) => w.pad === pad);
      return v ? veldTekst(v) : undefined;
    },
    [fout, lokaleFouten],
  );

  const wissen = useCallback(() => {
    setFout(null);
    setLokaleFouten({});
  }, []);

  return { bezig, fout, veldfout, uitvoeren, wissen };
}
