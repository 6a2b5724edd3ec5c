/**
 * Where the user is inside the bundle screens (Overdrachten, Ontvangen dossiers) and the folder last
 * chosen for a bundle. The shell knows only the pages; what is open within them lives here, so other
 * areas can open the handover wizard for a dossier (`openOverdracht`) without touching the shell.
 * A click on the page in the navigation starts again at its overview.
 */
import { create } from 'zustand';
import { useNavigatie } from '../../store/navigatie';

interface OverdrachtNavigatie {
  /** The dossier whose handover wizard is open, or null for the Overdrachten overview. */
  wizardDossierId: number | null;
  /** The received dossier that is open at a partner, or null for the list. */
  ontvangenId: number | null;
  /**
   * The folder last typed for a bundle (usually the USB stick), offered again in the next form.
   * In memory only: a path says nothing about a case, but it is not kept after the app closes.
   */
  laatsteMap: string;
  zetMap(map: string): void;
  sluitWizard(): void;
  sluitOntvangen(): void;
}

let intern = false;

export const useOverdrachtNavigatie = create<OverdrachtNavigatie>()((set) => ({
  wizardDossierId: null,
  ontvangenId: null,
  laatsteMap: '',
  zetMap(laatsteMap) {
    set({ laatsteMap: laatsteMap.trim() });
  },
  sluitWizard() {
    set({ wizardDossierId: null });
  },
  sluitOntvangen() {
    set({ ontvangenId: null });
  },
}));

function openen(pagina: 'overdrachten' | 'ontvangen', staat: Partial<Pick<OverdrachtNavigatie, 'wizardDossierId' | 'ontvangenId'>>): void {
  useOverdrachtNavigatie.setState(staat);
  intern = true;
  try {
    useNavigatie.getState().naar({ naam: pagina });
  } finally {
    intern = false;
  }
}

/** Opens the handover wizard for a dossier (from the dossier screens, for example). */
export const openOverdracht = (dossierId: number): void => openen('overdrachten', { wizardDossierId: dossierId });

/** Opens one received dossier extract (partner profile). */
export const openOntvangen = (id: number): void => openen('ontvangen', { ontvangenId: id });

// The navigation entry itself opens the overview of its page.
useNavigatie.subscribe((staat, vorige) => {
  if (intern || staat.pagina === vorige.pagina) return;
  if (staat.pagina.naam === 'overdrachten') useOverdrachtNavigatie.setState({ wizardDossierId: null });
  if (staat.pagina.naam === 'ontvangen' || staat.pagina.naam === 'overzicht') useOverdrachtNavigatie.setState({ ontvangenId: null });
});
