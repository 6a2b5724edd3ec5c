/**
 * Need-to-know per partner and per item (art. 9.4, 12.19, 16.5, 16.9), the weighing of the victim's
 * interests (art. 21.6) and the purpose of a consent (art. 14.8): the rules of the policy engine and the
 * derivation of its context from the task (beleid/nodig.ts). docs/beslissingen/0031-…
 */
import { describe, expect, it } from 'vitest';
import { magVerstrekken, naOverschrijving } from '../../electron/backend/beleid/magVerstrekken';
import { contextAfleiden, heeftTaak, voorstel, type Taak } from '../../electron/backend/beleid/nodig';
import type { Context } from '../../electron/backend/beleid/typen';
import { DATUM, ID, item, partner, toestemming } from '../fixtures/beleid';

const metTaak = (extra: Partial<Context> = {}): Context => ({ datum: DATUM, ontvangerHeeftTaak: true, identificatieNodig: true, ...extra });
const taak = (omschrijving: string): Taak => ({ interventies: [{ id: 1, omschrijving, deadline: '2025-07-01' }], spoed: [] });

describe('art. 9.4, 12.19, 16.9: alleen de gekozen items', () => {
  const politie = partner('politie');
  const gekozen = item();
  const nietGekozen = item();

  it('een gekozen item gaat, een niet gekozen item wordt geweigerd met het artikel van het doel', () => {
    const ctx = metTaak({ nodigeItems: [gekozen.sleutel] });
    expect(magVerstrekken(gekozen, politie, 'overdracht', ctx)).toMatchObject({ toegestaan: true });
    expect(magVerstrekken(nietGekozen, politie, 'overdracht', ctx)).toMatchObject({ toegestaan: false, artikel: 'art. 16.5', opheffing: { door: 'overschrijven' } });
    expect(magVerstrekken(nietGekozen, politie, 'spoed', ctx)).toMatchObject({ toegestaan: false, artikel: 'art. 16.9' });
    expect(magVerstrekken(nietGekozen, politie, 'navraag', ctx)).toMatchObject({ toegestaan: false, artikel: 'art. 9.4' });
    expect(magVerstrekken(nietGekozen, politie, 'overdracht', ctx).reden).toContain('niet gekozen als nodig');
  });

  it('zonder keuze (agenda, advies) geldt geen beperking per item', () => {
    expect(magVerstrekken(nietGekozen, politie, 'overdracht', metTaak({ nodigeItems: null }))).toMatchObject({ toegestaan: true });
  });

  it('de overschrijving van de ketenregisseur weegt ook de keuze (het is hetzelfde oordeel, ADR 0006)', () => {
    const na = naOverschrijving(nietGekozen, politie, 'overdracht', metTaak({ nodigeItems: [] }));
    expect(na).toMatchObject({ overschreven: true, beslissing: { toegestaan: true } });
  });

  it('zonder taak blijft de weigering art. 16.5 "geen interventie", ook met een keuze', () => {
    expect(magVerstrekken(gekozen, politie, 'overdracht', metTaak({ ontvangerHeeftTaak: false, nodigeItems: [gekozen.sleutel] }))).toMatchObject({ toegestaan: false, artikel: 'art. 16.5' });
    expect(magVerstrekken(gekozen, politie, 'overdracht', metTaak({ ontvangerHeeftTaak: false })).reden).toContain('geen interventie');
  });

  it('identificatie volgt de keuze: zonder keuze voor identificatie geanonimiseerd (art. 6.2, 9.5)', () => {
    expect(magVerstrekken(gekozen, politie, 'overdracht', metTaak({ identificatieNodig: false, nodigeItems: [gekozen.sleutel] }))).toMatchObject({ vorm: 'geanonimiseerd' });
    expect(magVerstrekken(gekozen, politie, 'overdracht', metTaak({ identificatieNodig: true, nodigeItems: [gekozen.sleutel] }))).toMatchObject({ vorm: 'identificeerbaar' });
  });
});

describe('de taak komt uit de interventies en het spoedbesluit, niet uit een vinkje', () => {
  const politie = partner('politie');
  const ai = partner('szw-arbeidsinspectie');
  const items = [item(), item({ sleutel: 'navraag:7', bron: 'ind' }), item({ sleutel: 'navraag:8', bron: 'szw-arbeidsinspectie' })];

  it('overdracht: alleen met een open interventie; spoed: alleen met een spoedverzoek', () => {
    expect(heeftTaak('overdracht', politie, taak('Verhoor'))).toBe(true);
    expect(heeftTaak('overdracht', politie, undefined)).toBe(false);
    expect(heeftTaak('overdracht', politie, { interventies: [], spoed: [{ id: 1, verzoek: 'Nu' }] })).toBe(false);
    expect(heeftTaak('spoed', politie, { interventies: [], spoed: [{ id: 1, verzoek: 'Nu' }] })).toBe(true);
    expect(heeftTaak('spoed', politie, taak('Verhoor'))).toBe(false);
    expect(heeftTaak('emm', partner('emm'), undefined)).toBe(true);
    expect(heeftTaak('emm', politie, undefined)).toBe(false);
    expect(heeftTaak('advies', partner('riec'), undefined)).toBe(false);
  });

  it('het voorstel: de signalen en alleen de eigen antwoorden; identificatie bij een persoonsgerichte taak', () => {
    const v = voorstel(items, ai, taak('Inspectie op de werkplek'), 'overdracht');
    expect(v.items).toEqual([items[0]!.sleutel, 'navraag:8']);
    expect(v.identificatie).toBe(false);
    expect(voorstel(items, ai, taak('Gesprek met het slachtoffer op de werkplek'), 'overdracht').identificatie).toBe(true);
    expect(voorstel(items, politie, taak('Controle'), 'overdracht').identificatie).toBe(true);
    // An inquiry asks whether the partner knows this person (art. 16.2).
    expect(voorstel(items, ai, undefined, 'navraag').identificatie).toBe(true);
  });

  it('spoed (art. 16.9): het voorstel noemt alleen de signalen, geen antwoorden op navraag', () => {
    expect(voorstel(items, ai, { interventies: [], spoed: [{ id: 1, verzoek: 'Direct controle' }] }, 'spoed').items).toEqual([items[0]!.sleutel]);
  });

  it('de context volgt de keuze zodra die er is, anders het voorstel', () => {
    const zonder = contextAfleiden('overdracht', ai, items, taak('Inspectie op de werkplek'), undefined, DATUM);
    expect(zonder.context).toMatchObject({ ontvangerHeeftTaak: true, identificatieNodig: false, nodigeItems: [items[0]!.sleutel, 'navraag:8'] });
    expect(zonder.keuze?.bron).toBe('voorstel');
    const keuze = { partnerId: ID['szw-arbeidsinspectie'], items: ['navraag:8'], identificatie: true, toelichting: '', door: 'Regisseur', gekozenOp: '2025-06-01' };
    const met = contextAfleiden('overdracht', ai, items, taak('Inspectie op de werkplek'), keuze, DATUM);
    expect(met.context).toMatchObject({ identificatieNodig: true, nodigeItems: ['navraag:8'] });
    expect(met.keuze).toMatchObject({ bron: 'keuze', door: 'Regisseur' });
    // An agenda follows attendance, not a choice.
    expect(contextAfleiden('overleg', ai, items, undefined, keuze, DATUM).context).toMatchObject({ ontvangerHeeftTaak: true, identificatieNodig: false, nodigeItems: null });
  });
});

describe('art. 21.6: eerst de afweging van de belangen van het slachtoffer', () => {
  const politie = partner('politie');

  it('weigert inzet van een signaal dat niet van een zorgpartner komt zolang de afweging ontbreekt', () => {
    const b = magVerstrekken(item({ belangenAfgewogen: false }), politie, 'overdracht', metTaak());
    expect(b).toMatchObject({ toegestaan: false, artikel: 'art. 21.6', opheffing: { door: 'belangenafweging' } });
    expect(b.reden).toContain('afweging van de belangen en de positie van het slachtoffer');
    expect(magVerstrekken(item({ belangenAfgewogen: false }), politie, 'spoed', metTaak())).toMatchObject({ artikel: 'art. 21.6' });
    expect(magVerstrekken(item({ belangenAfgewogen: false }), partner('emm'), 'emm', metTaak({ identificatieNodig: false }))).toMatchObject({ artikel: 'art. 21.6' });
  });

  it('met de afweging vastgelegd gaat het; voor weging (overleg, navraag) geldt de regel niet', () => {
    expect(magVerstrekken(item({ belangenAfgewogen: true }), politie, 'overdracht', metTaak())).toMatchObject({ toegestaan: true });
    expect(magVerstrekken(item({ belangenAfgewogen: false }), politie, 'overleg', metTaak())).toMatchObject({ toegestaan: true });
    expect(magVerstrekken(item({ belangenAfgewogen: false }), politie, 'navraag', metTaak())).toMatchObject({ toegestaan: true });
  });

  it('de ketenregisseur kan hem niet overschrijven', () => {
    expect(naOverschrijving(item({ belangenAfgewogen: false }), politie, 'overdracht', metTaak({ ontvangerHeeftTaak: false }))).toMatchObject({ overschreven: false, beslissing: { artikel: 'art. 21.6' } });
  });
});

describe('art. 14.8: een toestemming geldt voor het doel waarvoor zij gegeven is', () => {
  const riec = partner('riec');
  const advies = (extra = {}) => item({ toestemmingen: [toestemming('riec-emm', 'politie', { doel: 'advies', verenigbaar: true, ...extra })] });

  it('een toestemming voor advies heft de weigering voor advies op', () => {
    expect(magVerstrekken(advies(), riec, 'advies', metTaak({ identificatieNodig: false }))).toMatchObject({ toegestaan: true, artikel: 'art. 12.17' });
  });

  it('een toestemming voor een ander doel heft de weigering niet op, met art. 14.8', () => {
    const b = magVerstrekken(advies(), riec, 'navraag', metTaak({ identificatieNodig: false }));
    expect(b).toMatchObject({ toegestaan: false, artikel: 'art. 14.8', opheffing: { door: 'toestemming', toestemming: 'riec-emm' } });
    expect(b.reden).toContain('ander doel');
  });

  it('een toestemming zonder oordeel over verenigbaarheid telt niet', () => {
    const b = magVerstrekken(advies({ verenigbaar: false }), riec, 'advies', metTaak({ identificatieNodig: false }));
    expect(b).toMatchObject({ toegestaan: false, artikel: 'art. 14.8' });
    expect(b.reden).toContain('niet verenigbaar');
  });

  it('ook voor de instemming van de zorgcoördinator (art. 21.5) en de OvJ (art. 21.8)', () => {
    const zorg = item({ bron: 'zorgpartner', categorie: 'zorg', toestemmingen: [toestemming('zorg-operationeel', 'zorgcoordinator', { doel: 'spoed', verenigbaar: true })] });
    expect(magVerstrekken(zorg, partner('politie'), 'spoed', metTaak())).toMatchObject({ toegestaan: true, artikel: 'art. 21.5' });
    expect(magVerstrekken(zorg, partner('politie'), 'overdracht', metTaak())).toMatchObject({ toegestaan: false, artikel: 'art. 14.8' });
  });

  it('een toestemming van vóór het vastleggen van het doel (doel null) geldt zoals altijd', () => {
    expect(magVerstrekken(item({ toestemmingen: [toestemming('riec-emm', 'politie')] }), riec, 'navraag', metTaak({ identificatieNodig: false }))).toMatchObject({ toegestaan: true });
  });
});
