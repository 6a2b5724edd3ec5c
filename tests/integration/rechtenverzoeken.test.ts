/**
 * The rights of persons concerned (art. 23–27, docs/ontwerp.md §12) on a real encrypted bestand, through
 * the API: the privacy-medewerker registers a request, checks the identity, finds the requester written
 * three ways (and not a namesake born on another day), decides with grounds and answers; deadlines,
 * forwarding, the fee, the informing duty, and who may do none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { informeertaken } from '../../electron/backend/rechten/informeren';
import { kanaalNamen } from '@shared/api';
import { aanroeper, opruimen, tijdelijkeMap, weigeraar, WACHTWOORD } from '../fixtures/omgeving';

describe('rechten van betrokkenen (art. 23–27)', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const weigering = (kanaal: string, invoer: unknown) => weigeraar(router)(kanaal, invoer);
  const als = async (gebruiker: string) => {
    await roep('sessie.vergrendelen');
    await roep('sessie.aanmelden', { gebruiker, wachtwoord: WACHTWOORD });
  };
  let pid: (code: string) => number;
  const formulier = (bron: string, naam: string, geboortedatum: string) => ({
    datumTijd: '2026-10-01T10:00',
    melder: { contactpersoon: 'Synthetische Melder', partnerId: pid(bron) },
    bron: { naam: 'Synthetische Bron', partnerId: pid(bron), telefoon: '088 000 00 00' },
    slachtoffer: { naam, geboortedatum, woonplaats: 'Voorbeeldstad', nationaliteit: 'Roemeense' },
    samenvatting: 'Mogelijke arbeidsuitbuiting in een tuinbouwkas.\nLoon wordt ingehouden voor huisvesting.',
    vermoedens: ['sociaal-economische-uitbuiting'],
    fase: 2,
    indicatoren: [1, 2],
    delen: 'identificeerbaar',
  });

  beforeAll(async () => {
    klokZetten('2026-11-02T10:00:00Z');
    werk = await tijdelijkeMap('rechten');
    router = maakRouter({ werkmap: werk });
    await roep('bestand.maken', { map: 'centraal', naam: 'Gemeente Proefdorp', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
    await roep('gebruikers.toevoegen', { naam: 'privacy', weergavenaam: 'Privacy Proef', rol: 'privacy-medewerker', wachtwoord: WACHTWOORD });
    await roep('gebruikers.toevoegen', { naam: 'beheer', weergavenaam: 'Beheer Proef', rol: 'beheerder', wachtwoord: WACHTWOORD });
    const partners = await roep<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
    await roep('signalen.opslaan', { formulier: formulier('POLITIE', 'Ioana Popescu', '1999-04-12'), indienen: true });
    await roep('signalen.opslaan', { formulier: formulier('ZORGCOORD', 'Popesku, Ioanna', '1999-04-12'), indienen: true });
    await roep('signalen.opslaan', { formulier: formulier('SZW-AI', 'Ioana Popesco', '1999-04-12'), indienen: true });
    // A namesake with another date of birth: never offered as the requester.
    await roep('signalen.opslaan', { formulier: formulier('COA', 'Ioana Popescu', '1985-02-03'), indienen: true });
    await als('privacy');
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router.afsluiten();
    await opruimen(werk);
  });

  it('registreert, controleert de identiteit, vindt de persoon in drie schrijfwijzen en besluit met gronden', async () => {
    await als('privacy');
    const { id } = await roep<{ id: number }>('rechten.nieuw', { soort: 'inzage', verzoekerNaam: 'Ioana Popescu', verzoekerGeboortedatum: '1999-04-12', ontvangenOp: '2026-10-20', vergoedingCent: 450 });
    let d = await roep<{ nummer: string; status: string; termijn: string; lopend: { wat: string; dagenOver: number } }>('rechten.detail', { id });
    expect(d).toMatchObject({ status: 'ontvangen', termijn: '2026-11-17', lopend: { wat: 'beslissen', dagenOver: 15 } });
    expect(d.nummer).toMatch(/^RV-2026-\d{4}$/);

    // No search before the identity is checked (ADR 0022): the access is bound to a request in handling.
    expect(await weigering('rechten.personenZoeken', { verzoekId: id, naam: 'Ioana Popescu', geboortedatum: '1999-04-12' })).toMatchObject({ code: 'CONFLICT' });
    // Nor an answer before a decision: the one transition guard.
    expect((await weigering('rechten.beantwoorden', { id, op: '2026-11-01', wijze: 'per brief' })).code).toBe('OVERGANG_NIET_TOEGESTAAN');

    await roep('rechten.identiteit', { id, wijze: 'Paspoort getoond aan de balie, nummer vergeleken', op: '2026-10-21' });
    const gevonden = await roep<Array<{ persoonId: number; naam: string; geboortedatum: string; redenen: string[] }>>('rechten.personenZoeken', { verzoekId: id, naam: 'Ioana Popescu', geboortedatum: '1999-04-12' });
    expect(gevonden.map((k) => k.naam).sort()).toEqual(['Ioana Popesco', 'Ioana Popescu', 'Popesku, Ioanna']);
    expect(gevonden.every((k) => k.geboortedatum === '1999-04-12' && k.redenen.includes('match.geboortedatumGelijk'))).toBe(true);
    // "Achternaam, Voornaam" is the usual order of a register, not a swap (ADR 0034): found on the spelling.
    expect(gevonden.find((k) => k.naam === 'Popesku, Ioanna')!.redenen).toContain('match.naamOpSpelling');
    expect(gevonden.find((k) => k.naam === 'Popesku, Ioanna')!.redenen).not.toContain('match.verwisseld');
    // Searched with the swapped and misspelled name, the same three come back.
    const anders = await roep<Array<{ naam: string }>>('rechten.personenZoeken', { verzoekId: id, naam: 'Popeskou Ioana', geboortedatum: '1999-04-12' });
    expect(anders.map((k) => k.naam).sort()).toEqual(['Ioana Popesco', 'Ioana Popescu', 'Popesku, Ioanna']);

    // No decision to give data before the persons are confirmed.
    expect((await weigering('rechten.besluiten', { id, besluit: 'toegewezen' })).code).toBe('CONFLICT');
    for (const k of gevonden) await roep('rechten.persoonBevestigen', { verzoekId: id, persoonId: k.persoonId });

    // A partial refusal of inzage needs a ground of 25.4 and reasons (25.5).
    expect(await weigering('rechten.besluiten', { id, besluit: 'deels', motivering: 'Lopend onderzoek van de politie.' })).toMatchObject({ code: 'ONGELDIGE_INVOER', artikel: 'art. 25.4, 25.5' });
    expect((await weigering('rechten.besluiten', { id, besluit: 'deels', gronden: ['onjuist'], motivering: 'Lopend onderzoek van de politie.' })).code).toBe('ONGELDIGE_INVOER');
    await roep('rechten.besluiten', { id, besluit: 'deels', gronden: ['strafbare-feiten'], motivering: 'Lopend onderzoek van de politie.' });
    await roep('rechten.beantwoorden', { id, op: '2026-11-02', wijze: 'Per aangetekende brief' });
    const klaar = await roep<{ status: string; lopend: null; gronden: Array<{ artikel: string }>; personen: Array<{ persoonId: number }>; beslotenDoor: string }>('rechten.detail', { id });
    expect(klaar).toMatchObject({ status: 'beantwoord', lopend: null, gronden: [{ artikel: 'art. 25.4 sub b' }], beslotenDoor: 'privacy' });
    expect(klaar.personen.map((p) => p.persoonId).sort()).toEqual(gevonden.map((k) => k.persoonId).sort());

    const audit = await roep<{ regels: Array<{ actie: string }> }>('audit.lijst', { actie: 'rechten.' });
    expect(audit.regels.map((r) => r.actie)).toEqual(expect.arrayContaining(['rechten.verzoek-geregistreerd', 'rechten.identiteit-gecontroleerd', 'rechten.personen-gezocht', 'rechten.persoon-bevestigd', 'rechten.verzoek-besloten', 'rechten.verzoek-beantwoord']));
    d = await roep('rechten.detail', { id });
    expect(d.status).toBe('beantwoord');
  });

  it('telt de termijn vanaf de eerste ontvangst, ook als een partner het verzoek doorzond, en toont het als te laat', async () => {
    await als('privacy');
    const { id } = await roep<{ id: number }>('rechten.nieuw', {
      soort: 'correctie',
      correcties: ['verbetering'],
      verzoekerNaam: 'Synthetische Verzoeker',
      ontvangenOp: '2026-10-01',
      ontvangenDoorPartnerId: pid('POLITIE'),
      doorgezondenOp: '2026-10-08',
      omschrijving: 'Mijn woonplaats is verkeerd gespeld.',
    });
    const d = await roep<{ termijn: string; ontvangenDoor: { naam: string }; doorgezondenOp: string; lopend: { teLaat: boolean } }>('rechten.detail', { id });
    expect(d).toMatchObject({ termijn: '2026-10-29', doorgezondenOp: '2026-10-08', lopend: { teLaat: true } });
    const o = await roep<{ teLaat: number; openVerzoeken: Array<{ id: number }> }>('rechten.overzicht');
    expect(o.teLaat).toBeGreaterThanOrEqual(1);
    expect(o.openVerzoeken[0]!.id).toBe(id);
    // Forwarded without saying when: refused per field (art. 25.1, 26.1).
    const f = await weigering('rechten.nieuw', { soort: 'inzage', verzoekerNaam: 'X Y', ontvangenOp: '2026-10-01', ontvangenDoorPartnerId: pid('POLITIE') });
    expect(f.velden!.map((v) => v.pad)).toContain('doorgezondenOp');
    // A correction granted is carried out within four weeks of the decision (26.3).
    await roep('rechten.identiteit', { id, wijze: 'Rijbewijs getoond', op: '2026-10-09' });
    expect((await weigering('rechten.besluiten', { id, besluit: 'afgewezen', gronden: ['onjuist'], motivering: 'De gegevens zijn juist.' })).code).toBe('ONGELDIGE_INVOER');
    await roep('rechten.besluiten', { id, besluit: 'afgewezen', gronden: ['geen-26.2'], motivering: 'De gegevens zijn juist volgens de bron.' });
    expect((await weigering('rechten.uitgevoerd', { id })).artikel).toBe('art. 26.3');
  });

  it('vraagt hoogstens € 4,50 en geeft de vergoeding terug bij gegrond verzet (art. 24.2, 27.3)', async () => {
    await als('privacy');
    expect((await weigering('rechten.nieuw', { soort: 'verzet', verzoekerNaam: 'Ioana Popescu', ontvangenOp: '2026-10-30', vergoedingCent: 451 })).code).toBe('ONGELDIGE_INVOER');
    const { id } = await roep<{ id: number }>('rechten.nieuw', { soort: 'verzet', verzoekerNaam: 'Ioana Popescu', verzoekerGeboortedatum: '1999-04-12', ontvangenOp: '2026-10-30', vergoedingCent: 450 });
    await roep('rechten.vergoeding', { id, cent: 450, betaaldOp: '2026-10-30' });
    expect(await weigering('rechten.vergoeding', { id, cent: 450, betaaldOp: '2026-10-30', terugOp: '2026-11-01' })).toMatchObject({ artikel: 'art. 27.3' });
    await roep('rechten.identiteit', { id, wijze: 'ID-kaart getoond', op: '2026-10-30' });
    const [k] = await roep<Array<{ persoonId: number }>>('rechten.personenZoeken', { verzoekId: id, naam: 'Ioana Popescu', geboortedatum: '1999-04-12' });
    await roep('rechten.persoonBevestigen', { verzoekId: id, persoonId: k!.persoonId });
    expect((await weigering('rechten.besluiten', { id, besluit: 'deels', motivering: 'Bijzondere omstandigheden aangetoond.' })).code).toBe('ONGELDIGE_INVOER');
    await roep('rechten.besluiten', { id, besluit: 'toegewezen', motivering: 'Bijzondere omstandigheden aangetoond.' });
    let d = await roep<{ vergoedingTerugTeBetalen: boolean; uitvoerenVoor: string; lopend: { wat: string } }>('rechten.detail', { id });
    expect(d).toMatchObject({ vergoedingTerugTeBetalen: true, uitvoerenVoor: '2026-11-30' });
    await roep('rechten.vergoeding', { id, cent: 450, betaaldOp: '2026-10-30', terugOp: '2026-11-02' });
    await roep('rechten.beantwoorden', { id, op: '2026-11-02', wijze: 'Per brief' });
    d = await roep('rechten.detail', { id });
    expect(d).toMatchObject({ vergoedingTerugTeBetalen: false, lopend: { wat: 'uitvoeren' } });
    await roep('rechten.uitgevoerd', { id });
    expect((await roep<{ lopend: null }>('rechten.detail', { id })).lopend).toBeNull();
  });

  it('houdt de informatieplicht bij: uitstel alleen op een grond van art. 23.2, met heroverwegingsdatum', async () => {
    await als('privacy');
    const taken = await roep<Array<{ persoonId: number; status: string; termijn: string; vastgelegdOp: string }>>('rechten.informerenLijst', { alleenOpen: true });
    expect(taken.length).toBeGreaterThanOrEqual(2);
    expect(taken.every((t) => t.status === 'open' && t.termijn === '2026-11-30')).toBe(true);
    const [eerste, tweede] = taken;
    const f = await weigering('rechten.informerenVastleggen', { persoonId: eerste!.persoonId, uitkomst: 'uitgesteld', motivering: 'Onderzoek loopt.' });
    expect(f.velden!.map((v) => v.pad)).toEqual(expect.arrayContaining(['grond', 'heroverwegenOp']));
    await roep('rechten.informerenVastleggen', { persoonId: eerste!.persoonId, uitkomst: 'uitgesteld', grond: 'strafbare-feiten', motivering: 'Informeren schaadt het lopende politieonderzoek.', heroverwegenOp: '2027-01-15' });
    await roep('rechten.informerenVastleggen', { persoonId: tweede!.persoonId, uitkomst: 'verzonden', verzondenOp: '2026-11-02', wijze: 'Brief', inhoud: 'Standaardbrief informatieplicht: partijen, doeleinden, rechten.' });
    expect((await weigering('rechten.informerenVastleggen', { persoonId: tweede!.persoonId, uitkomst: 'verzonden', verzondenOp: '2026-11-02', wijze: 'Brief', inhoud: 'Nogmaals dezelfde brief verstuurd.' })).code).toBe('CONFLICT');
    const alle = await roep<Array<{ persoonId: number; status: string; artikel: string | null }>>('rechten.informerenLijst', { alleenOpen: false });
    expect(alle.find((t) => t.persoonId === eerste!.persoonId)).toMatchObject({ status: 'uitgesteld', artikel: 'art. 23.2 sub b' });
    expect(alle.find((t) => t.persoonId === tweede!.persoonId)!.status).toBe('verzonden');
    // A capped list keeps the postponed one in sight, however far off its review date.
    expect((await informeertaken(router.sessie.open!, true, 1)).map((t) => t.persoonId)).toEqual([eerste!.persoonId]);
    // Four weeks on, the open ones are overdue.
    klokZetten('2026-12-15T10:00:00Z');
    const o = await roep<{ informeren: { teLaat: number; open: number } }>('rechten.overzicht');
    expect(o.informeren.teLaat).toBe(o.informeren.open);
    expect(o.informeren.open).toBeGreaterThan(0);
    klokZetten('2026-11-02T10:00:00Z');
  });

  it('weigert de beheerder elk rechtenkanaal met art. 12.22, en laat de ketenregisseur alleen lezen', async () => {
    const rechtenkanalen = kanaalNamen.filter((k) => k.startsWith('rechten.'));
    expect(rechtenkanalen.length).toBeGreaterThanOrEqual(12);
    await als('beheer');
    for (const k of rechtenkanalen) {
      const f = await weigering(k, { id: 1, verzoekId: 1, persoonId: 1 });
      expect(f, k).toMatchObject({ code: 'GEEN_TOEGANG', artikel: 'art. 12.22' });
    }
    await als('regisseur');
    expect((await roep<unknown[]>('rechten.lijst')).length).toBeGreaterThan(0);
    expect((await weigering('rechten.nieuw', { soort: 'inzage', verzoekerNaam: 'X Y', ontvangenOp: '2026-10-01' })).code).toBe('GEEN_TOEGANG');
    expect((await weigering('rechten.personenZoeken', { verzoekId: 1, naam: 'Ioana Popescu' })).code).toBe('GEEN_TOEGANG');
    // The privacy-medewerker still has no case access beyond this (art. 15.3).
    await als('privacy');
    expect((await weigering('signalen.lijst', {})).code).toBe('GEEN_TOEGANG');
  });
});
