/**
 * Where the user is: one page model for the whole app (ADR 0018). The app has no URLs to keep — it is
 * one window, offline — so a place is a value: the page and what is open inside it (a signal, a
 * dossier and its tab, a meeting, the handover wizard for a dossier, a received extract). Every screen
 * reads and changes this one state; there are no per-area stores that follow the shell by subscription.
 *
 * Next to the place the store remembers a few choices that outlive it: the signal list's filters and
 * scroll position (so "back" lands on the same row), the year shown in Overleggen, and the folder last
 * typed for a bundle. They are in memory only and gone when the app closes.
 */
import { create } from 'zustand';
import { vandaag } from '@shared/datum';

export type SignalenTab = 'lijst' | 'suggesties' | 'catalogus';
export type DossierTab = 'tijdlijn' | 'signalen' | 'betrokkenen' | 'navraag' | 'toestemmingen' | 'matrix' | 'verstrekkingen' | 'spoed' | 'overdracht';
export type OverlegTab = 'kalender' | 'lijst' | 'interventies' | 'opschonen';

export type SignalenScherm =
  | { soort: 'overzicht'; tab: SignalenTab }
  | { soort: 'nieuw' }
  | { soort: 'bewerken'; id: number }
  | { soort: 'detail'; id: number };

/** `vanOverdracht`: opened from the handover wizard of this dossier, so "back" returns there (issue 11 §5). */
export type DossiersScherm = { soort: 'lijst' } | { soort: 'detail'; id: number; tab: DossierTab; vanOverdracht?: boolean };

/** Inside Overleggen: a tab (calendar, list, interventions, purge), one meeting, or meeting mode. */
export type OverlegWeergave = { naam: 'tab'; tab: OverlegTab } | { naam: 'overleg'; id: number } | { naam: 'vergadering'; id: number };

/** Inside Rechten betrokkenen (art. 23–27): the privacy-medewerker's overview, the register, one request, the informing duty. */
export type RechtenWeergave = { soort: 'overzicht' } | { soort: 'register' } | { soort: 'verzoek'; id: number } | { soort: 'informeren' };

/** One place in the app. */
export type Pagina =
  | { naam: 'overzicht' }
  | { naam: 'signalen'; scherm: SignalenScherm }
  | { naam: 'dossiers'; scherm: DossiersScherm }
  /** `opschonenDossierId`: the dossier the purge tab opens with (from the dashboard). */
  | { naam: 'overleggen'; weergave: OverlegWeergave; opschonenDossierId: number | null }
  /** `wizardDossierId`: the dossier whose handover wizard is open, or null for the overview. */
  | { naam: 'overdrachten'; wizardDossierId: number | null }
  /** `id`: the received dossier extract that is open at a partner, or null for the list. */
  | { naam: 'ontvangen'; id: number | null }
  | { naam: 'partners' }
  | { naam: 'partner'; id: number }
  | { naam: 'rechten'; weergave: RechtenWeergave }
  | { naam: 'sleutels' }
  | { naam: 'inlezen' }
  | { naam: 'terugsturen' }
  | { naam: 'gebruikers' }
  | { naam: 'audit' }
  /** What the retention rules delete when, and what they deleted (ADR 0020). */
  | { naam: 'bewaring' }
  /** The half-yearly report and analyses under a Stuurgroep decision (art. 12.2.3, 19.2). */
  | { naam: 'rapportage' }
  /** The regions' statistics bundles merged, at the EMM or the Nationaal Rapporteur (art. 19, 31; ADR 0041). */
  | { naam: 'landelijk' }
  | { naam: 'backup' }
  | { naam: 'instellingen' };

export type PaginaNaam = Pagina['naam'];

/** Pages with something open inside them; asked for by name alone they open at their start. */
export type MetBinnenkant = 'signalen' | 'dossiers' | 'overleggen' | 'overdrachten' | 'ontvangen' | 'rechten';

/** Where a link or the navigation may send the user: a full place, or a page by name (its start). */
export type Bestemming = Pagina | { naam: MetBinnenkant };

/** The signal list's filters; they survive opening a signal and coming back. */
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

const START_OVERLEGGEN: OverlegWeergave = { naam: 'tab', tab: 'kalender' };

/**
 * The place a destination means. A page asked for by name opens at its start, as a click in the
 * navigation does; Signalen keeps the overview tab last used there.
 */
export function plaatsVan(b: Bestemming, signalenTab: SignalenTab = 'lijst'): Pagina {
  switch (b.naam) {
    case 'signalen':
      return 'scherm' in b ? b : { naam: 'signalen', scherm: { soort: 'overzicht', tab: signalenTab } };
    case 'dossiers':
      return 'scherm' in b ? b : { naam: 'dossiers', scherm: { soort: 'lijst' } };
    case 'overleggen':
      return 'weergave' in b ? b : { naam: 'overleggen', weergave: START_OVERLEGGEN, opschonenDossierId: null };
    case 'overdrachten':
      return 'wizardDossierId' in b ? b : { naam: 'overdrachten', wizardDossierId: null };
    case 'ontvangen':
      return 'id' in b ? b : { naam: 'ontvangen', id: null };
    case 'rechten':
      return 'weergave' in b ? b : { naam: 'rechten', weergave: { soort: 'overzicht' } };
    default:
      return b;
  }
}

/** One level up: what a "back" button opens. The overviews and the dashboard have nothing above them. */
export function ouder(p: Pagina): Pagina {
  switch (p.naam) {
    case 'signalen':
      if (p.scherm.soort === 'bewerken') return { naam: 'signalen', scherm: { soort: 'detail', id: p.scherm.id } };
      if (p.scherm.soort === 'overzicht') return p;
      return { naam: 'signalen', scherm: { soort: 'overzicht', tab: 'lijst' } };
    case 'dossiers':
      if (p.scherm.soort === 'detail' && p.scherm.vanOverdracht) return { naam: 'overdrachten', wizardDossierId: p.scherm.id };
      return { naam: 'dossiers', scherm: { soort: 'lijst' } };
    case 'overleggen':
      if (p.weergave.naam === 'vergadering') return { ...p, weergave: { naam: 'overleg', id: p.weergave.id } };
      if (p.weergave.naam === 'overleg') return { ...p, weergave: START_OVERLEGGEN };
      return p;
    case 'overdrachten':
      return { naam: 'overdrachten', wizardDossierId: null };
    case 'ontvangen':
      return { naam: 'ontvangen', id: null };
    case 'partner':
      return { naam: 'partners' };
    case 'rechten':
      return { naam: 'rechten', weergave: p.weergave.soort === 'verzoek' ? { soort: 'register' } : { soort: 'overzicht' } };
    default:
      return p;
  }
}

interface NavigatieStaat {
  pagina: Pagina;
  /** Counts every move, so opening "new signal" from the new-signal screen starts afresh (a key). */
  teller: number;
  /** The Signalen overview tab last shown; the navigation entry returns to it. */
  signalenTab: SignalenTab;
  filter: SignalenFilter;
  /** Scroll position of the signal list, so "back" lands on the same row. */
  lijstScroll: number;
  /** The year shown in the Overleggen calendar and list. */
  jaar: number;
  /**
   * The folder last typed for a bundle (usually the USB stick), offered again in the next form.
   * A path says nothing about a case, but it is not kept after the app closes.
   */
  laatsteMap: string;

  naar(b: Bestemming): void;
  /** One level up (`ouder`). */
  terug(): void;
  naarSignalen(scherm: SignalenScherm): void;
  naarDossiers(scherm: DossiersScherm): void;
  /**
   * A place inside Overleggen. From elsewhere (the dashboard) with its dossier for the purge tab and the
   * year to show; within Overleggen without `extra` the purge tab keeps the dossier it was opened with.
   */
  naarOverleggen(weergave: OverlegWeergave, extra?: { opschonenDossierId?: number; jaar?: number }): void;
  zetFilter(filter: SignalenFilter): void;
  zetLijstScroll(y: number): void;
  zetJaar(jaar: number): void;
  zetMap(map: string): void;
}

export const beginStaat = (): Pick<NavigatieStaat, 'pagina' | 'teller' | 'signalenTab' | 'filter' | 'lijstScroll' | 'jaar' | 'laatsteMap'> => ({
  pagina: { naam: 'overzicht' },
  teller: 0,
  signalenTab: 'lijst',
  filter: LEEG_FILTER,
  lijstScroll: 0,
  jaar: Number(vandaag().slice(0, 4)),
  laatsteMap: '',
});

export const useNavigatie = create<NavigatieStaat>()((set, get) => {
  const ga = (b: Bestemming) =>
    set((s) => {
      const pagina = plaatsVan(b, s.signalenTab);
      const signalenTab = pagina.naam === 'signalen' ? (pagina.scherm.soort === 'overzicht' ? pagina.scherm.tab : 'lijst') : s.signalenTab;
      return { pagina, signalenTab, teller: s.teller + 1 };
    });
  return {
    ...beginStaat(),
    naar: ga,
    terug() {
      ga(ouder(get().pagina));
    },
    naarSignalen(scherm) {
      ga({ naam: 'signalen', scherm });
    },
    naarDossiers(scherm) {
      ga({ naam: 'dossiers', scherm });
    },
    naarOverleggen(weergave, extra) {
      const nu = get().pagina;
      const binnen = extra === undefined && nu.naam === 'overleggen';
      if (extra?.jaar !== undefined) set({ jaar: extra.jaar });
      ga({ naam: 'overleggen', weergave, opschonenDossierId: binnen ? nu.opschonenDossierId : (extra?.opschonenDossierId ?? null) });
    },
    zetFilter(filter) {
      set({ filter, lijstScroll: 0 });
    },
    zetLijstScroll(lijstScroll) {
      set({ lijstScroll });
    },
    zetJaar(jaar) {
      set({ jaar });
    },
    zetMap(map) {
      set({ laatsteMap: map.trim() });
    },
  };
});

/**
 * The place inside one page, for that page's screen. The shell shows the screen only while its page is
 * open; should it render once more on the way out, it sees the page's start rather than failing.
 */
export function useBinnenkant<N extends MetBinnenkant>(naam: N): Extract<Pagina, { naam: N }> {
  const pagina = useNavigatie((s) => s.pagina);
  return (pagina.naam === naam ? pagina : plaatsVan({ naam } as Bestemming)) as Extract<Pagina, { naam: N }>;
}
