/**
 * The one page model of the renderer (renderer/store/navigatie.ts, ADR 0018): every page can be reached,
 * a page asked for by name opens at its start (as the navigation does), "back" goes one level up, and
 * what the user chose in a list (filters, scroll, tab) survives opening a detail and coming back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { beginStaat, LEEG_FILTER, ouder, plaatsVan, useNavigatie, type Pagina, type PaginaNaam } from '../../renderer/store/navigatie';

const nav = () => useNavigatie.getState();

/** Every page of the app, checked against the type: a new page that is missing here does not compile. */
const ALLE_PAGINAS: Record<PaginaNaam, Pagina> = {
  overzicht: { naam: 'overzicht' },
  signalen: { naam: 'signalen', scherm: { soort: 'detail', id: 7 } },
  dossiers: { naam: 'dossiers', scherm: { soort: 'detail', id: 3, tab: 'matrix' } },
  overleggen: { naam: 'overleggen', weergave: { naam: 'vergadering', id: 4 }, opschonenDossierId: null },
  overdrachten: { naam: 'overdrachten', wizardDossierId: 12 },
  ontvangen: { naam: 'ontvangen', id: 2 },
  partners: { naam: 'partners' },
  partner: { naam: 'partner', id: 9 },
  rechten: { naam: 'rechten', weergave: { soort: 'verzoek', id: 6 } },
  sleutels: { naam: 'sleutels' },
  inlezen: { naam: 'inlezen' },
  terugsturen: { naam: 'terugsturen' },
  gebruikers: { naam: 'gebruikers' },
  audit: { naam: 'audit' },
  bewaring: { naam: 'bewaring' },
  rapportage: { naam: 'rapportage' },
  landelijk: { naam: 'landelijk' },
  backup: { naam: 'backup' },
  instellingen: { naam: 'instellingen' },
};

beforeEach(() => {
  useNavigatie.setState(beginStaat());
});

describe('elke pagina is bereikbaar', () => {
  it('begint op het overzicht', () => {
    expect(nav().pagina).toEqual({ naam: 'overzicht' });
  });

  it.each(Object.values(ALLE_PAGINAS).map((p) => [p.naam, p] as const))('%s, met wat erin open staat', (_naam, pagina) => {
    nav().naar(pagina);
    expect(nav().pagina).toEqual(pagina);
  });

  it('een pagina bij naam opent op haar begin, zoals een klik in de navigatie', () => {
    expect(plaatsVan({ naam: 'signalen' })).toEqual({ naam: 'signalen', scherm: { soort: 'overzicht', tab: 'lijst' } });
    expect(plaatsVan({ naam: 'dossiers' })).toEqual({ naam: 'dossiers', scherm: { soort: 'lijst' } });
    expect(plaatsVan({ naam: 'overleggen' })).toEqual({ naam: 'overleggen', weergave: { naam: 'tab', tab: 'kalender' }, opschonenDossierId: null });
    expect(plaatsVan({ naam: 'overdrachten' })).toEqual({ naam: 'overdrachten', wizardDossierId: null });
    expect(plaatsVan({ naam: 'ontvangen' })).toEqual({ naam: 'ontvangen', id: null });
    expect(plaatsVan({ naam: 'rechten' })).toEqual({ naam: 'rechten', weergave: { soort: 'overzicht' } });
  });

  it('terug vanuit een verzoek gaat naar het register, vanuit het register naar het overzicht van de privacy-medewerker', () => {
    expect(ouder({ naam: 'rechten', weergave: { soort: 'verzoek', id: 6 } })).toEqual({ naam: 'rechten', weergave: { soort: 'register' } });
    expect(ouder({ naam: 'rechten', weergave: { soort: 'register' } })).toEqual({ naam: 'rechten', weergave: { soort: 'overzicht' } });
  });

  it('een klik op "Signalen" vanuit een signaal brengt terug naar de lijst; vanuit de catalogus blijft het die tab', () => {
    nav().naarSignalen({ soort: 'detail', id: 5 });
    nav().naar({ naam: 'signalen' });
    expect(nav().pagina).toEqual({ naam: 'signalen', scherm: { soort: 'overzicht', tab: 'lijst' } });

    nav().naarSignalen({ soort: 'overzicht', tab: 'catalogus' });
    nav().naar({ naam: 'overzicht' });
    nav().naar({ naam: 'signalen' });
    expect(nav().pagina).toEqual({ naam: 'signalen', scherm: { soort: 'overzicht', tab: 'catalogus' } });
  });

  it('de overdrachtwizard voor een dossier gaat dicht als de gebruiker "Overdrachten" in de navigatie kiest', () => {
    nav().naar({ naam: 'overdrachten', wizardDossierId: 12 });
    nav().naar({ naam: 'overdrachten' });
    expect(nav().pagina).toEqual({ naam: 'overdrachten', wizardDossierId: null });
  });
});

describe('terug gaat één niveau omhoog', () => {
  const gevallen: Array<[string, Pagina, Pagina]> = [
    ['signaal bewerken → het signaal', { naam: 'signalen', scherm: { soort: 'bewerken', id: 5 } }, { naam: 'signalen', scherm: { soort: 'detail', id: 5 } }],
    ['signaal → de lijst', { naam: 'signalen', scherm: { soort: 'detail', id: 5 } }, { naam: 'signalen', scherm: { soort: 'overzicht', tab: 'lijst' } }],
    ['nieuw signaal → de lijst', { naam: 'signalen', scherm: { soort: 'nieuw' } }, { naam: 'signalen', scherm: { soort: 'overzicht', tab: 'lijst' } }],
    ['dossier → de dossierlijst', { naam: 'dossiers', scherm: { soort: 'detail', id: 3, tab: 'spoed' } }, { naam: 'dossiers', scherm: { soort: 'lijst' } }],
    ['dossier uit de overdrachtwizard → die wizard', { naam: 'dossiers', scherm: { soort: 'detail', id: 3, tab: 'matrix', vanOverdracht: true } }, { naam: 'overdrachten', wizardDossierId: 3 }],
    ['vergadermodus → het overleg', { naam: 'overleggen', weergave: { naam: 'vergadering', id: 4 }, opschonenDossierId: null }, { naam: 'overleggen', weergave: { naam: 'overleg', id: 4 }, opschonenDossierId: null }],
    ['overleg → de kalender', { naam: 'overleggen', weergave: { naam: 'overleg', id: 4 }, opschonenDossierId: null }, { naam: 'overleggen', weergave: { naam: 'tab', tab: 'kalender' }, opschonenDossierId: null }],
    ['wizard → het overzicht van overdrachten', { naam: 'overdrachten', wizardDossierId: 12 }, { naam: 'overdrachten', wizardDossierId: null }],
    ['ontvangen uittreksel → de lijst', { naam: 'ontvangen', id: 2 }, { naam: 'ontvangen', id: null }],
    ['partner → de partners', { naam: 'partner', id: 9 }, { naam: 'partners' }],
  ];

  it.each(gevallen)('%s', (_wat, van, naar) => {
    expect(ouder(van)).toEqual(naar);
    nav().naar(van);
    nav().terug();
    expect(nav().pagina).toEqual(naar);
  });

  it('op een overzicht blijft terug waar het is', () => {
    for (const p of [ALLE_PAGINAS.overzicht, ALLE_PAGINAS.partners, plaatsVan({ naam: 'signalen' }), plaatsVan({ naam: 'overleggen' }), ALLE_PAGINAS.audit]) {
      expect(ouder(p)).toEqual(p);
    }
  });
});

describe('lijst en detail', () => {
  it('de filters van de signalenlijst blijven staan na het openen van een signaal en terug', () => {
    const filter = { ...LEEG_FILTER, zoek: 'Jansen', fase: 2 };
    nav().zetFilter(filter);
    nav().zetLijstScroll(1200);
    nav().naarSignalen({ soort: 'detail', id: 8 });
    nav().terug();
    expect(nav().filter).toEqual(filter);
    expect(nav().lijstScroll).toBe(1200);
  });

  it('een nieuw filter begint de lijst bovenaan', () => {
    nav().zetLijstScroll(800);
    nav().zetFilter({ ...LEEG_FILTER, status: 'concept' });
    expect(nav().lijstScroll).toBe(0);
  });

  it('elke stap telt, zodat "nieuw signaal" vanaf het nieuwe-signaalscherm opnieuw begint', () => {
    nav().naarSignalen({ soort: 'nieuw' });
    const eerst = nav().teller;
    nav().naarSignalen({ soort: 'nieuw' });
    expect(nav().teller).toBe(eerst + 1);
  });

  it('van signaal naar dossier en de tab binnen het dossier', () => {
    nav().naarSignalen({ soort: 'detail', id: 8 });
    nav().naarDossiers({ soort: 'detail', id: 3, tab: 'tijdlijn' });
    nav().naarDossiers({ soort: 'detail', id: 3, tab: 'navraag' });
    expect(nav().pagina).toEqual({ naam: 'dossiers', scherm: { soort: 'detail', id: 3, tab: 'navraag' } });
  });
});

describe('overleggen', () => {
  it('vanaf het dashboard: het opschoontabblad met zijn dossier, en het jaar van het overleg', () => {
    nav().naarOverleggen({ naam: 'tab', tab: 'opschonen' }, { opschonenDossierId: 31 });
    expect(nav().pagina).toEqual({ naam: 'overleggen', weergave: { naam: 'tab', tab: 'opschonen' }, opschonenDossierId: 31 });
    nav().naar({ naam: 'overzicht' });
    nav().naarOverleggen({ naam: 'overleg', id: 4 }, { jaar: 2071 });
    expect(nav().jaar).toBe(2071);
    expect(nav().pagina).toMatchObject({ naam: 'overleggen', opschonenDossierId: null });
  });

  it('tussen de tabbladen houdt het opschoontabblad het dossier waarmee het geopend werd', () => {
    nav().naarOverleggen({ naam: 'tab', tab: 'opschonen' }, { opschonenDossierId: 31 });
    nav().naarOverleggen({ naam: 'tab', tab: 'kalender' });
    nav().naarOverleggen({ naam: 'tab', tab: 'opschonen' });
    expect(nav().pagina).toMatchObject({ opschonenDossierId: 31 });
    nav().naar({ naam: 'overleggen' });
    expect(nav().pagina).toMatchObject({ weergave: { naam: 'tab', tab: 'kalender' }, opschonenDossierId: null });
  });
});

it('de map van de laatste bundel wordt onthouden, zonder spaties eromheen', () => {
  nav().zetMap('  /media/usb  ');
  nav().naar({ naam: 'sleutels' });
  expect(nav().laatsteMap).toBe('/media/usb');
});
