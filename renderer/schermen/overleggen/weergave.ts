/**
 * Where the user is inside Overleggen: a tab (calendar, list, interventions, purge), one meeting, or
 * meeting mode. Kept apart from the app's navigation store so this area can grow without touching
 * the shell; a click on "Overleggen" in the navigation starts again at the calendar.
 */
import { create } from 'zustand';
import { vandaag } from '../../../shared/datum';
import { useNavigatie } from '../../store/navigatie';

export type Tab = 'kalender' | 'lijst' | 'interventies' | 'opschonen';

export type Weergave =
  | { naam: 'tab'; tab: Tab }
  | { naam: 'overleg'; id: number }
  | { naam: 'vergadering'; id: number };

interface WeergaveStaat {
  weergave: Weergave;
  /** The year shown in the calendar and the list. */
  jaar: number;
  /** A dossier the purge tab opens with (from the dashboard). */
  opschonenDossierId: number | null;
  zet(weergave: Weergave): void;
  zetJaar(jaar: number): void;
}

const START: Weergave = { naam: 'tab', tab: 'kalender' };

export const useWeergave = create<WeergaveStaat>()((set) => ({
  weergave: START,
  jaar: Number(vandaag().slice(0, 4)),
  opschonenDossierId: null,
  zet(weergave) {
    set({ weergave });
  },
  zetJaar(jaar) {
    set({ jaar });
  },
}));

let bewaren = false;

/** Opens a place inside Overleggen from anywhere in the app (the dashboard's links). */
export function openOverleggen(weergave: Weergave, extra: { opschonenDossierId?: number; jaar?: number } = {}): void {
  bewaren = true;
  useWeergave.setState({
    weergave,
    opschonenDossierId: extra.opschonenDossierId ?? null,
    ...(extra.jaar !== undefined ? { jaar: extra.jaar } : {}),
  });
  useNavigatie.getState().naar({ naam: 'overleggen' });
  bewaren = false;
}

// The navigation entry itself: back to the calendar, as a fresh start of the area.
useNavigatie.subscribe((staat, vorige) => {
  if (staat.pagina !== vorige.pagina && staat.pagina.naam === 'overleggen' && !bewaren) {
    useWeergave.setState({ weergave: START, opschonenDossierId: null });
  }
});
