/**
 * Where the user is inside Signalen and Dossiers. The shell knows only the two pages; what is open
 * within them (a signal, the form, a dossier and its tab) lives here, so the shell's page list stays
 * small. Choosing "Signalen" or "Dossiers" in the navigation brings the user back to the overview.
 */
import { create } from 'zustand';
import { useNavigatie } from '../../store/navigatie';

export type SignalenTab = 'lijst' | 'suggesties' | 'catalogus';
export type DossierTab = 'tijdlijn' | 'signalen' | 'betrokkenen' | 'navraag' | 'toestemmingen' | 'matrix' | 'verstrekkingen' | 'spoed';

export type SignalenScherm =
  | { soort: 'overzicht'; tab: SignalenTab }
  | { soort: 'nieuw' }
  | { soort: 'bewerken'; id: number }
  | { soort: 'detail'; id: number };

export type DossiersScherm = { soort: 'lijst' } | { soort: 'detail'; id: number; tab: DossierTab };

/** The list's filters survive opening a signal and coming back. */
export interface SignalenFilter {
  zoek: string;
  fase: number | null;
  bronPartnerId: number | null;
  vermoeden: string | null;
  indicatorId: number | null;
  vanaf: string;
  tot: string;
  status: 'concept' | 'ingediend' | null;
  zonderDossier: boolean;
}

export const LEEG_FILTER: SignalenFilter = {
  zoek: '',
  fase: null,
  bronPartnerId: null,
  vermoeden: null,
  indicatorId: null,
  vanaf: '',
  tot: '',
  status: null,
  zonderDossier: false,
};

interface KetenNavigatie {
  signalen: SignalenScherm;
  /** Counts every move, so opening "new signal" from the new-signal screen starts afresh. */
  teller: number;
  dossiers: DossiersScherm;
  filter: SignalenFilter;
  /** Scroll position of the list, so "back" lands on the same row. */
  lijstScroll: number;
  naarSignalen(scherm: SignalenScherm): void;
  naarDossiers(scherm: DossiersScherm): void;
  zetFilter(filter: SignalenFilter): void;
  zetLijstScroll(y: number): void;
}

let intern = false;

export const useKetenNavigatie = create<KetenNavigatie>()((set) => ({
  signalen: { soort: 'overzicht', tab: 'lijst' },
  teller: 0,
  dossiers: { soort: 'lijst' },
  filter: LEEG_FILTER,
  lijstScroll: 0,
  naarSignalen(signalen) {
    set((s) => ({ signalen, teller: s.teller + 1 }));
    intern = true;
    try {
      useNavigatie.getState().naar({ naam: 'signalen' });
    } finally {
      intern = false;
    }
  },
  naarDossiers(dossiers) {
    set((s) => ({ dossiers, teller: s.teller + 1 }));
    intern = true;
    try {
      useNavigatie.getState().naar({ naam: 'dossiers' });
    } finally {
      intern = false;
    }
  },
  zetFilter(filter) {
    set({ filter, lijstScroll: 0 });
  },
  zetLijstScroll(lijstScroll) {
    set({ lijstScroll });
  },
}));

// A click on "Signalen" or "Dossiers" in the main navigation opens that area's overview.
useNavigatie.subscribe((staat) => {
  if (intern) return;
  if (staat.pagina.naam === 'signalen') useKetenNavigatie.setState((s) => ({ signalen: { soort: 'overzicht', tab: s.signalen.soort === 'overzicht' ? s.signalen.tab : 'lijst' } }));
  if (staat.pagina.naam === 'dossiers') useKetenNavigatie.setState({ dossiers: { soort: 'lijst' } });
});
