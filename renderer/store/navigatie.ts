/** Which page of the app shell shows. The app has no URLs to keep: it is one window, offline. */
import { create } from 'zustand';

export type Pagina =
  | { naam: 'overzicht' }
  | { naam: 'signalen' }
  | { naam: 'dossiers' }
  | { naam: 'overleggen' }
  | { naam: 'overdrachten' }
  | { naam: 'sleutels' }
  | { naam: 'inlezen' }
  | { naam: 'ontvangen' }
  | { naam: 'terugsturen' }
  | { naam: 'partners' }
  | { naam: 'partner'; id: number }
  | { naam: 'gebruikers' }
  | { naam: 'audit' }
  | { naam: 'backup' }
  | { naam: 'instellingen' };

interface NavigatieStaat {
  pagina: Pagina;
  naar(pagina: Pagina): void;
}

export const useNavigatie = create<NavigatieStaat>()((set) => ({
  pagina: { naam: 'overzicht' },
  naar(pagina) {
    set({ pagina });
  },
}));
