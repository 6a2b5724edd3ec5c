/**
 * Art. 16.9: a spoed decision provides "de daarvoor benodigde gegevens" — per partner the items the deciders
 * chose for the immediate action, or the minimal suggestion; never the choice made for a handover
 * (beleid/nodig.ts, docs/beslissingen/0031-… addendum).
 */
import { describe, expect, it } from 'vitest';
import { magVerstrekken } from '../../electron/backend/beleid/magVerstrekken';
import { contextAfleiden, keuzeVoorDoel, keuzeVoorLog, spoedvoorstel, voorstel, type Nodigkeuze, type Taak } from '../../electron/backend/beleid/nodig';
import { DATUM, ID, item, partner } from '../fixtures/beleid';

const politie = partner('politie');
const ai = partner('szw-arbeidsinspectie');
const signaal = item();
const zorgsignaal = item({ bron: 'zorgpartner', categorie: 'zorg' });
const antwoord = item({ sleutel: 'navraag:3', bron: 'szw-arbeidsinspectie' });
const items = [signaal, zorgsignaal, antwoord];
const spoed = (verzoek: string): Taak => ({ interventies: [], spoed: [{ id: 9, verzoek }] });
const keuze = (extra: Partial<Nodigkeuze>): Nodigkeuze => ({ partnerId: ID.politie, items: [], identificatie: false, toelichting: '', door: 'Regisseur', gekozenOp: '2025-06-15T08:00:00.000Z', ...extra });

describe('art. 16.9: het spoedvoorstel is zuinig', () => {
  it.each([
    ['de signalen, geen antwoorden op navraag en geen zorggegevens', ai, 'Direct een controle op de werkplek', [signaal.sleutel], false],
    ['identificatie als het verzoek de persoon betreft', ai, 'Direct een gesprek met het slachtoffer', [signaal.sleutel], true],
    ['identificatie bij een persoonsgerichte partner', politie, 'Direct controle op het adres', [signaal.sleutel], true],
  ] as const)('%s', (_naam, ontvanger, verzoek, verwacht, identificatie) => {
    expect(spoedvoorstel(items, ontvanger, [verzoek])).toEqual({ items: verwacht, identificatie });
    // The engine's suggestion for spoed is the same rule.
    expect(voorstel(items, ontvanger, spoed(verzoek), 'spoed')).toEqual({ items: verwacht, identificatie });
  });

  it('een interventie voor later maakt de spoedactie niet persoonsgericht', () => {
    const taak: Taak = { interventies: [{ id: 1, omschrijving: 'Verhoor van het slachtoffer', deadline: '2025-07-01' }], spoed: [{ id: 9, verzoek: 'Direct controle op de werkplek' }] };
    expect(voorstel(items, ai, taak, 'spoed').identificatie).toBe(false);
  });
});

describe('art. 16.9: bij spoed telt de keuze uit het spoedbesluit, niet de keuze voor de overdracht', () => {
  const overdrachtKeuze = keuze({ items: [signaal.sleutel, antwoord.sleutel], identificatie: true });
  const spoedKeuze = keuze({ items: [signaal.sleutel], identificatie: false, spoedId: 9, door: 'Zorgcoördinator' });
  const n = { keuzes: new Map([[ID.politie, overdrachtKeuze]]), spoedKeuzes: new Map([[ID.politie, spoedKeuze]]) };

  it('welke keuze geldt per doel', () => {
    expect(keuzeVoorDoel('spoed', ID.politie, n)).toBe(spoedKeuze);
    expect(keuzeVoorDoel('overdracht', ID.politie, n)).toBe(overdrachtKeuze);
    expect(keuzeVoorDoel('navraag', ID.politie, n)).toBe(overdrachtKeuze);
    // No spoed choice (a decision before 0470): the suggestion, never the handover choice.
    expect(keuzeVoorDoel('spoed', ID.politie, { keuzes: n.keuzes, spoedKeuzes: new Map() })).toBeUndefined();
  });

  it('alleen de gekozen gegevens gaan, in de gekozen vorm; de rest wordt geweigerd onder art. 16.9', () => {
    const a = contextAfleiden('spoed', politie, items, spoed('Direct controle'), keuzeVoorDoel('spoed', ID.politie, n), DATUM);
    expect(a.context).toMatchObject({ ontvangerHeeftTaak: true, identificatieNodig: false, nodigeItems: [signaal.sleutel] });
    expect(magVerstrekken(signaal, politie, 'spoed', a.context)).toMatchObject({ toegestaan: true, vorm: 'geanonimiseerd' });
    expect(magVerstrekken(antwoord, politie, 'spoed', a.context)).toMatchObject({ toegestaan: false, artikel: 'art. 16.9' });
  });

  it('het verstrekkingenlog noemt het spoedbesluit en wie koos; zonder keuze het voorstel', () => {
    const a = contextAfleiden('spoed', politie, items, spoed('Direct controle'), spoedKeuze, DATUM);
    expect(JSON.parse(keuzeVoorLog(a.keuze))).toEqual({ bron: 'keuze', door: 'Zorgcoördinator', gekozenOp: spoedKeuze.gekozenOp, identificatie: false, spoedId: 9 });
    const zonder = contextAfleiden('spoed', politie, items, spoed('Direct controle'), undefined, DATUM);
    expect(JSON.parse(keuzeVoorLog(zonder.keuze))).toEqual({ bron: 'voorstel', identificatie: true });
    expect(zonder.context.nodigeItems).toEqual([signaal.sleutel]);
  });
});
