/**
 * Reference data the signal and dossier screens share: the partner register and the indicator
 * catalogue. Loaded when a screen needs them and again when it opens, so a partner added elsewhere
 * appears without restarting.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Uitvoer } from '@shared/api';
import type { Partner } from '@shared/domein/partner';
import type { Fout } from '@shared/fouten';
import { roep } from '../api/client';
import { magAanroepen } from '../api/toegang';
import { useSessie } from '../store/sessie';

export type Catalogus = Uitvoer<'indicatoren.lijst'>;

interface Naslag {
  partners: Partner[] | null;
  catalogus: Catalogus | null;
  fout: Fout | null;
  partnersLaden(): Promise<void>;
  catalogusLaden(): Promise<void>;
}

/** Loads one register when the signed-in role may ask for it; a refusal is kept for the screens. */
async function lijstLaden<N extends 'partners.lijst' | 'indicatoren.lijst'>(naam: N, zetten: (w: Uitvoer<N>) => void, fout: (f: Fout) => void): Promise<void> {
  const s = useSessie.getState().sessie;
  if (!magAanroepen(naam, s?.gebruiker?.rol, s?.info?.profiel)) return;
  const r = await roep(naam, {} as never);
  if (r.ok) zetten(r.waarde as Uitvoer<N>);
  else fout(r.fout);
}

export const useNaslag = create<Naslag>()((set) => ({
  partners: null,
  catalogus: null,
  fout: null,
  partnersLaden: () => lijstLaden('partners.lijst', (partners) => set({ partners }), (fout) => set({ fout })),
  catalogusLaden: () => lijstLaden('indicatoren.lijst', (catalogus) => set({ catalogus }), (fout) => set({ fout })),
}));

/** One register from the store, loaded again each time the calling screen opens. */
function useRegister<K extends 'partners' | 'catalogus'>(veld: K, laden: 'partnersLaden' | 'catalogusLaden'): Naslag[K] {
  const waarde = useNaslag((s) => s[veld]);
  const ladenOpnieuw = useNaslag((s) => s[laden]);
  useEffect(() => {
    void ladenOpnieuw();
  }, [ladenOpnieuw]);
  return waarde;
}

/** The partner register, refreshed when the calling screen opens. */
export const usePartners = (): Partner[] | null => useRegister('partners', 'partnersLaden');

/** The indicator catalogue, refreshed when the calling screen opens. */
export const useCatalogus = (): Catalogus | null => useRegister('catalogus', 'catalogusLaden');

/** The five configured phase labels (art. 14.4) from the session. */
export function useFaseLabels(): string[] {
  return useSessie((s) => s.sessie?.info?.faseLabels) ?? ['1', '2', '3', '4', '5'];
}

/** "2 · Nader onderzoek" */
export const faseNaam = (labels: readonly string[], fase: number | null): string => (fase === null ? '' : `${fase} · ${labels[fase - 1] ?? ''}`);

/** Partners that may be named as source or recipient: parties, candidates that joined, RIEC and EMM. */
export const sorteerPartners = (partners: readonly Partner[]): Partner[] => [...partners].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
