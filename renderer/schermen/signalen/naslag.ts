/**
 * Reference data the signal and dossier screens share: the partner register and the indicator
 * catalogue. Loaded when a screen needs them and again when it opens, so a partner added elsewhere
 * appears without restarting.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Uitvoer } from '../../../shared/api';
import type { Partner } from '../../../shared/domein/partner';
import type { Fout } from '../../../shared/fouten';
import { roep } from '../../api/client';
import { magAanroepen } from '../../api/toegang';
import { useSessie } from '../../store/sessie';

export type Catalogus = Uitvoer<'indicatoren.lijst'>;

interface Naslag {
  partners: Partner[] | null;
  catalogus: Catalogus | null;
  fout: Fout | null;
  partnersLaden(): Promise<void>;
  catalogusLaden(): Promise<void>;
}

export const useNaslag = create<Naslag>()((set) => ({
  partners: null,
  catalogus: null,
  fout: null,
  async partnersLaden() {
    const s = useSessie.getState().sessie;
    if (!magAanroepen('partners.lijst', s?.gebruiker?.rol, s?.info?.profiel)) return;
    const r = await roep('partners.lijst', {});
    if (r.ok) set({ partners: r.waarde });
    else set({ fout: r.fout });
  },
  async catalogusLaden() {
    const s = useSessie.getState().sessie;
    if (!magAanroepen('indicatoren.lijst', s?.gebruiker?.rol, s?.info?.profiel)) return;
    const r = await roep('indicatoren.lijst', {});
    if (r.ok) set({ catalogus: r.waarde });
    else set({ fout: r.fout });
  },
}));

/** The partner register, refreshed when the calling screen opens. */
export function usePartners(): Partner[] | null {
  const partners = useNaslag((s) => s.partners);
  const laden = useNaslag((s) => s.partnersLaden);
  useEffect(() => {
    void laden();
  }, [laden]);
  return partners;
}

/** The indicator catalogue, refreshed when the calling screen opens. */
export function useCatalogus(): Catalogus | null {
  const catalogus = useNaslag((s) => s.catalogus);
  const laden = useNaslag((s) => s.catalogusLaden);
  useEffect(() => {
    void laden();
  }, [laden]);
  return catalogus;
}

/** The five configured phase labels (art. 14.4) from the session. */
export function useFaseLabels(): string[] {
  return useSessie((s) => s.sessie?.info?.faseLabels) ?? ['1', '2', '3', '4', '5'];
}

/** "2 · Nader onderzoek" */
export const faseNaam = (labels: readonly string[], fase: number | null): string => (fase === null ? '' : `${fase} · ${labels[fase - 1] ?? ''}`);

/** Partners that may be named as source or recipient: parties, candidates that joined, RIEC and EMM. */
export const sorteerPartners = (partners: readonly Partner[]): Partner[] => [...partners].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
