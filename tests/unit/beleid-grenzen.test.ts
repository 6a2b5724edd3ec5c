/**
 * The policy engine at its edges (docs/ontwerp.md §3 "De beleidsmodule"; docs/beslissingen/0004): the day a
 * consent starts and ends, a consent addressed to one recipient, the need-to-know rule for the RIEC and
 * EMM, and the order of the rules ("1–6 are refusals no consent can lift, so they come first"). Each case
 * here failed to notice a change in electron/backend/beleid/magVerstrekken.ts under mutation testing
 * (docs/mutatietests.md). Partners, items and dates are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { magVerstrekken } from '../../electron/backend/beleid/magVerstrekken';
import type { Context, Doel, Gegevensitem, Ontvanger, Toestemming } from '../../electron/backend/beleid/typen';
import { DATUM, item, partner, toestemming } from '../fixtures/beleid';

const riec = partner('riec');
const emm = partner('emm');
const politie = partner('politie');

const context = (extra: Partial<Context> = {}): Context => ({ datum: DATUM, ontvangerHeeftTaak: true, identificatieNodig: false, ...extra });
const beslis = (i: Gegevensitem, o: Ontvanger, doel: Doel, c: Partial<Context> = {}) => magVerstrekken(i, o, doel, context(c));

describe('art. 14.6, 21.8, 21.5: de dagen waarop een toestemming geldt', () => {
  it('art. 14.6: een toestemming telt vanaf de dag waarop zij is gegeven', () => {
    const t = toestemming('riec-emm', 'politie', { gegevenOp: DATUM });
    expect(beslis(item({ toestemmingen: [t] }), riec, 'navraag')).toMatchObject({ toegestaan: true, artikel: 'art. 14.6', toestemmingId: t.id });
  });

  it('art. 14.6: op de dag van intrekking telt zij niet meer, de dag ervoor nog wel', () => {
    const op = toestemming('riec-emm', 'politie', { ingetrokkenOp: DATUM });
    expect(beslis(item({ toestemmingen: [op] }), riec, 'navraag')).toMatchObject({ toegestaan: false, artikel: 'art. 14.6' });
    expect(beslis(item({ toestemmingen: [op] }), riec, 'navraag').reden).toContain('ingetrokken op 15-06-2025');
    const morgen = toestemming('riec-emm', 'politie', { ingetrokkenOp: '2025-06-16' });
    expect(beslis(item({ toestemmingen: [morgen] }), riec, 'navraag')).toMatchObject({ toegestaan: true, toestemmingId: morgen.id });
  });

  it('art. 21.8: ook de toestemming van de Officier van Justitie telt vanaf haar eerste dag en niet op de dag van intrekking', () => {
    const strafrechtelijk = (t: Toestemming) => item({ categorie: 'strafrechtelijk', toestemmingen: [toestemming('riec-emm', 'politie'), t] });
    expect(beslis(strafrechtelijk(toestemming('ovj-strafrechtelijk', 'om', { gegevenOp: DATUM })), riec, 'navraag')).toMatchObject({ toegestaan: true, artikel: 'art. 21.8' });
    const ingetrokken = beslis(strafrechtelijk(toestemming('ovj-strafrechtelijk', 'om', { ingetrokkenOp: DATUM })), riec, 'navraag');
    expect(ingetrokken).toMatchObject({ toegestaan: false, artikel: 'art. 21.8' });
    expect(ingetrokken.reden).toContain('ingetrokken op 15-06-2025');
    const later = beslis(strafrechtelijk(toestemming('ovj-strafrechtelijk', 'om', { gegevenOp: '2025-06-16' })), riec, 'navraag');
    expect(later.reden).toContain('pas gegeven op 16-06-2025, na 15-06-2025');
  });
});

describe('art. 14.6, 21.8, 21.5: een toestemming voor precies deze ontvanger', () => {
  it('art. 14.6: toestemming gericht aan dit RIEC telt; aan het EMM gericht niet', () => {
    const voorRiec = toestemming('riec-emm', 'politie', { ontvangerPartnerId: riec.id });
    expect(beslis(item({ toestemmingen: [voorRiec] }), riec, 'navraag')).toMatchObject({ toegestaan: true, toestemmingId: voorRiec.id });
    expect(beslis(item({ toestemmingen: [voorRiec] }), emm, 'navraag')).toMatchObject({ toegestaan: false, artikel: 'art. 14.6' });
  });

  it('art. 21.8: instemming van de OvJ voor dit RIEC telt; voor een ander niet', () => {
    const riecTs = toestemming('riec-emm', 'om');
    const ovjVoorRiec = toestemming('ovj-strafrechtelijk', 'om', { ontvangerPartnerId: riec.id });
    const i = item({ bron: 'om', concreteVerdenking: true, toestemmingen: [riecTs, ovjVoorRiec] });
    expect(beslis(i, riec, 'navraag')).toMatchObject({ toegestaan: true, artikel: 'art. 21.8', toestemmingIds: [riecTs.id, ovjVoorRiec.id] });
    const ovjVoorEmm = toestemming('ovj-strafrechtelijk', 'om', { ontvangerPartnerId: emm.id });
    const j = item({ bron: 'om', concreteVerdenking: true, toestemmingen: [riecTs, ovjVoorEmm] });
    expect(beslis(j, riec, 'navraag')).toMatchObject({ toegestaan: false, artikel: 'art. 21.8' });
  });

  it('art. 21.5: instemming van de zorgcoördinator voor de politie telt voor de politie, niet voor de gemeente', () => {
    const voorPolitie = toestemming('zorg-operationeel', 'zorgcoordinator', { ontvangerPartnerId: politie.id });
    const i = item({ categorie: 'zorg', bron: 'zorgpartner', toestemmingen: [voorPolitie] });
    expect(beslis(i, politie, 'overdracht')).toMatchObject({ toegestaan: true, artikel: 'art. 21.5', toestemmingId: voorPolitie.id });
    expect(beslis(i, partner('gemeente-veiligheid'), 'overdracht')).toMatchObject({ toegestaan: false, artikel: 'art. 21.5' });
  });

  it('art. 14.6: alleen toestemming van een andere partner dan de leverancier wordt zo genoemd', () => {
    const r = beslis(item({ toestemmingen: [toestemming('riec-emm', 'kvk')] }), riec, 'navraag');
    expect(r).toMatchObject({ toegestaan: false, artikel: 'art. 14.6' });
    expect(r.reden).toBe(
      'Geweigerd: riec Proefregio krijgt gegevens alleen met uitdrukkelijke toestemming van de leverende partner, maar er is alleen toestemming van een andere partner dan de leverancier (art. 14.6). Niet te overschrijven; dit is alleen op te heffen door de toestemming van de leverende partner vast te leggen.',
    );
    expect(beslis(item(), riec, 'navraag').reden).toBe(
      'Geweigerd: riec Proefregio krijgt gegevens alleen met uitdrukkelijke toestemming van de leverende partner, en die is niet gegeven (art. 14.6). Niet te overschrijven; dit is alleen op te heffen door de toestemming van de leverende partner vast te leggen.',
    );
  });
});

describe('art. 9.4, 16.5, 16.9, 12.17: zonder eigen taak geen gegevens, ook niet voor het RIEC', () => {
  const metToestemming = () => item({ toestemmingen: [toestemming('riec-emm', 'politie')] });

  it.each([
    ['navraag', 'art. 9.4'],
    ['overleg', 'art. 9.4'],
    ['overdracht', 'art. 16.5'],
    ['spoed', 'art. 16.9'],
  ] as const)('het RIEC zonder taak, doel %s → %s, ook met toestemming van de leverancier', (doel, artikel) => {
    expect(beslis(metToestemming(), riec, doel, { ontvangerHeeftTaak: false })).toMatchObject({ toegestaan: false, artikel });
  });

  it('art. 12.17: alleen het advies van het RIEC vraagt geen eigen taak; het EMM heeft die uitzondering niet', () => {
    expect(beslis(metToestemming(), riec, 'advies', { ontvangerHeeftTaak: false })).toMatchObject({ toegestaan: true, artikel: 'art. 12.17' });
    expect(beslis(metToestemming(), emm, 'advies', { ontvangerHeeftTaak: false })).toMatchObject({ toegestaan: false, artikel: 'art. 9.4' });
    expect(beslis(item(), politie, 'advies', { ontvangerHeeftTaak: false })).toMatchObject({ toegestaan: false, artikel: 'art. 9.4' });
  });

  it('de weigering noemt de ontvanger en waarom', () => {
    expect(beslis(item(), politie, 'overdracht', { ontvangerHeeftTaak: false }).reden).toBe(
      'Geweigerd: politie Proefregio heeft in deze zaak geen interventie waarvoor het deze gegevens nodig heeft (art. 16.5). Het convenant laat hier een afweging: de ketenregisseur kan deze weigering met een reden overschrijven.',
    );
    expect(beslis(item(), politie, 'spoed', { ontvangerHeeftTaak: false }).reden).toBe(
      'Geweigerd: politie Proefregio is niet gevraagd onmiddellijk actie te ondernemen (art. 16.9). Het convenant laat hier een afweging: de ketenregisseur kan deze weigering met een reden overschrijven.',
    );
    expect(beslis(item(), politie, 'navraag', { ontvangerHeeftTaak: false }).reden).toBe(
      'Geweigerd: politie Proefregio heeft deze gegevens niet nodig voor een eigen taak in deze zaak (art. 9.4). Het convenant laat hier een afweging: de ketenregisseur kan deze weigering met een reden overschrijven.',
    );
  });
});

describe('de volgorde van de regels: wat geen toestemming kan opheffen, komt eerst', () => {
  it('art. 9.4 vóór art. 14.6: het RIEC zonder taak en zonder toestemming hoort dat het de gegevens niet nodig heeft', () => {
    // Asking the supplier for a consent would not help: the need-to-know refusal must be the answer.
    expect(beslis(item(), riec, 'navraag', { ontvangerHeeftTaak: false })).toMatchObject({ toegestaan: false, artikel: 'art. 9.4' });
    expect(beslis(item(), emm, 'overleg', { ontvangerHeeftTaak: false })).toMatchObject({ toegestaan: false, artikel: 'art. 9.4' });
  });

  it('art. 9.4 vóór art. 21.8 en 21.5', () => {
    expect(beslis(item({ categorie: 'strafrechtelijk' }), riec, 'navraag', { ontvangerHeeftTaak: false }).artikel).toBe('art. 9.4');
    expect(beslis(item({ categorie: 'zorg', bron: 'zorgpartner' }), politie, 'overdracht', { ontvangerHeeftTaak: false }).artikel).toBe('art. 16.5');
  });

  it('art. 17.2 vóór art. 9.4 en 14.6; art. 18.1 vóór art. 17.2', () => {
    expect(beslis(item({ bron: 'om' }), riec, 'navraag', { ontvangerHeeftTaak: false }).artikel).toBe('art. 17.2');
    expect(beslis(item({ bron: 'belastingdienst' }), riec, 'navraag', { ontvangerHeeftTaak: false }).artikel).toBe('art. 18.1');
    expect(beslis(item({ categorie: 'fiscaal', bron: 'om' }), partner('kvk'), 'navraag').artikel).toBe('art. 18.2');
  });

  it('art. 13.4 vóór art. 18 en 9.4; de kring (art. 21.7) en art. 15.4 vóór alles', () => {
    expect(beslis(item({ bron: 'belastingdienst' }), partner('kvk'), 'emm', { ontvangerHeeftTaak: false }).artikel).toBe('art. 13.4');
    expect(beslis(item(), partner('overig', { rol: 'ontvanger', toegetredenOp: null }), 'emm').artikel).toBe('art. 21.7');
    expect(beslis(item(), partner('overig', { rol: 'ontvanger', toegetredenOp: null, land: 'US' }), 'emm').artikel).toBe('art. 15.4');
  });

  it('art. 14.6 vóór art. 21.8: strafrechtelijke gegevens naar het RIEC vragen beide toestemmingen, in die volgorde', () => {
    const riecTs = toestemming('riec-emm', 'politie');
    const ovj = toestemming('ovj-strafrechtelijk', 'om');
    const straf = (ts: Toestemming[]) => item({ categorie: 'strafrechtelijk', toestemmingen: ts });
    expect(beslis(straf([]), riec, 'navraag').artikel).toBe('art. 14.6');
    expect(beslis(straf([ovj]), riec, 'navraag').artikel).toBe('art. 14.6');
    expect(beslis(straf([riecTs]), riec, 'navraag').artikel).toBe('art. 21.8');
    const beide = beslis(straf([riecTs, ovj]), riec, 'navraag');
    expect(beide).toMatchObject({ toegestaan: true, artikel: 'art. 21.8', toestemmingId: ovj.id, toestemmingIds: [riecTs.id, ovj.id] });
    expect(beide.reden).toBe(
      'Toegestaan: navraag bij riec Proefregio (art. 7.1), met toestemming van de leverende partner (art. 14.6), met toestemming van de Officier van Justitie (art. 21.8); geanonimiseerd omdat identificatie niet strikt nodig is (art. 21.4).',
    );
  });
});

describe('art. 21.5: zorggegevens alleen ingezet met instemming van de zorgcoördinator', () => {
  const zorg = (ts: Toestemming[] = []) => item({ categorie: 'zorg', bron: 'zorgpartner', toestemmingen: ts });
  it.each(['overdracht', 'spoed'] as const)('%s naar de politie vraagt instemming', (doel) => {
    expect(beslis(zorg(), politie, doel)).toMatchObject({ toegestaan: false, artikel: 'art. 21.5' });
  });
  it('het EMM krijgt een hele casus met zorggegevens alleen met instemming (en toestemming van de leverancier)', () => {
    const lev = toestemming('riec-emm', 'zorgpartner');
    expect(beslis(zorg([lev]), emm, 'emm')).toMatchObject({ toegestaan: false, artikel: 'art. 21.5' });
  });
  it.each(['navraag', 'overleg'] as const)('%s is geen inzet: geen instemming nodig', (doel) => {
    expect(beslis(zorg(), politie, doel)).toMatchObject({ toegestaan: true });
  });
  it.each(['zorgpartner', 'zorgcoordinator', 'bureau-jeugdzorg', 'gemeente-ggd'] as const)('naar %s (zorg) is het geen inzet', (soort) => {
    expect(beslis(zorg(), partner(soort), 'overdracht')).toMatchObject({ toegestaan: true, artikel: 'art. 16.5' });
  });
  it('de instemming van wie dan ook als zorgcoördinator telt; ingetrokken niet, met de reden', () => {
    const i = toestemming('zorg-operationeel', 'gemeente-veiligheid');
    expect(beslis(zorg([i]), politie, 'overdracht')).toMatchObject({ toegestaan: true, artikel: 'art. 21.5', toestemmingId: i.id });
    const weg = beslis(zorg([toestemming('zorg-operationeel', 'zorgcoordinator', { ingetrokkenOp: '2025-03-01' })]), politie, 'overdracht');
    expect(weg.reden).toBe(
      'Geweigerd: zorggegevens worden pas strafrechtelijk of bestuursrechtelijk ingezet met instemming van de zorgcoördinator, maar de vastgelegde toestemming is ingetrokken op 01-03-2025 (art. 21.5). Niet te overschrijven; dit is alleen op te heffen door de instemming van de zorgcoördinator vast te leggen.',
    );
  });
});

describe('de grondslag en de vorm van een toegestane verstrekking', () => {
  it.each([
    ['navraag', politie, 'art. 16.2', 'navraag bij een partner die informatie over dit geval kan hebben (art. 16.2)'],
    ['overleg', politie, 'art. 7.4', 'deelnemer aan het overleg dat de zaak weegt (art. 7.4)'],
    ['overdracht', politie, 'art. 16.5', 'partij met een taak in deze zaak (art. 16.5)'],
    ['spoed', politie, 'art. 16.9', 'partij die om onmiddellijke actie wordt gevraagd (art. 16.9)'],
  ] as const)('%s naar %s: %s', (doel, o, artikel, zin) => {
    const r = beslis(item(), o, doel);
    expect(r).toMatchObject({ toegestaan: true, artikel, vorm: 'geanonimiseerd' });
    expect(r.reden).toBe(`Toegestaan: ${zin}; geanonimiseerd omdat identificatie niet strikt nodig is (art. 9.5).`);
    expect(r.toestemmingId).toBeUndefined();
    expect(r.toestemmingIds).toBeUndefined();
  });

  it('de vorm: niet herleidbaar, niet nodig, niet toegestaan door de leverancier, of identificeerbaar', () => {
    expect(beslis(item({ identificerend: false }), politie, 'overdracht', { identificatieNodig: true })).toMatchObject({
      vorm: 'geanonimiseerd',
      reden: expect.stringContaining('geanonimiseerd, want het gegeven is niet tot een persoon herleidbaar (art. 9.5)'),
    });
    expect(beslis(item({ identificeerbaarToegestaan: false }), politie, 'overdracht', { identificatieNodig: true })).toMatchObject({
      vorm: 'geanonimiseerd',
      reden: expect.stringContaining('(art. 20.2)'),
    });
    expect(beslis(item(), politie, 'overdracht', { identificatieNodig: true })).toMatchObject({
      vorm: 'identificeerbaar',
      reden: 'Toegestaan: partij met een taak in deze zaak (art. 16.5); identificeerbaar omdat identificatie strikt nodig is (art. 6.2, 9.5).',
    });
  });

  it('art. 15.4: een landcode in kleine letters is hetzelfde land', () => {
    expect(beslis(item(), partner('politie', { land: 'nl' }), 'overdracht').toegestaan).toBe(true);
    expect(beslis(item(), partner('politie', { land: 'us' }), 'overdracht').reden).toBe(
      'Geweigerd: politie Proefregio is gevestigd buiten de EU/EER (us) (art. 15.4). Niet te overschrijven: dit is een grens van de wet of van het convenant zelf.',
    );
  });

  it('art. 34.3 en 4: de weigering noemt de datum', () => {
    expect(beslis(item(), partner('kvk', { uitgetredenPer: '2025-05-01' }), 'overdracht').reden).toBe(
      'Geweigerd: kvk Proefregio is per 01-05-2025 uit het convenant getreden (art. 34.3). Niet te overschrijven: dit is een grens van de wet of van het convenant zelf.',
    );
    expect(beslis(item(), partner('kvk', { toegetredenOp: '2025-07-01' }), 'overdracht').reden).toBe(
      'Geweigerd: kvk Proefregio is op 15-06-2025 nog niet tot het convenant toegetreden (art. 4). Niet te overschrijven: dit is een grens van de wet of van het convenant zelf.',
    );
  });
});

describe('de reden van een weigering noemt alleen toestemmingen die ertoe doen', () => {
  it('art. 14.6: een ingetrokken toestemming voor een ander, of van een andere soort, wordt niet als reden genoemd', () => {
    const voorEmm = toestemming('riec-emm', 'politie', { ontvangerPartnerId: emm.id, ingetrokkenOp: '2025-03-01' });
    const andereSoort = toestemming('ovj-strafrechtelijk', 'politie', { ingetrokkenOp: '2025-03-01' });
    const r = beslis(item({ toestemmingen: [voorEmm, andereSoort] }), riec, 'navraag');
    expect(r.reden).toBe(
      'Geweigerd: riec Proefregio krijgt gegevens alleen met uitdrukkelijke toestemming van de leverende partner, maar de vastgelegde toestemming geldt niet voor riec Proefregio (art. 14.6). Niet te overschrijven; dit is alleen op te heffen door de toestemming van de leverende partner vast te leggen.',
    );
    const voorRiec = toestemming('riec-emm', 'politie', { ontvangerPartnerId: riec.id, ingetrokkenOp: '2025-03-01' });
    expect(beslis(item({ toestemmingen: [voorRiec] }), riec, 'navraag').reden).toContain(', maar de vastgelegde toestemming is ingetrokken op 01-03-2025 (art. 14.6).');
  });

  it('art. 14.6: een toestemming die pas later is gegeven én later wordt ingetrokken, heet "pas gegeven", niet "ingetrokken"', () => {
    const t = toestemming('riec-emm', 'politie', { gegevenOp: '2025-06-20', ingetrokkenOp: '2025-07-01' });
    expect(beslis(item({ toestemmingen: [t] }), riec, 'navraag').reden).toContain(', maar de vastgelegde toestemming is pas gegeven op 20-06-2025, na 15-06-2025 (art. 14.6).');
  });

  it('art. 4: een RIEC als kandidaat, en een partij zonder toetredingsdatum, zijn (nog) geen ontvanger', () => {
    expect(beslis(item(), partner('riec', { rol: 'kandidaat' }), 'navraag')).toMatchObject({ toegestaan: false, artikel: 'art. 4' });
    expect(beslis(item(), partner('kvk', { toegetredenOp: null }), 'overdracht')).toMatchObject({ toegestaan: false, artikel: 'art. 4' });
  });

  it('de weigeringen van art. 21.7, 13.4 en 18.1 noemen wie en waarom', () => {
    expect(beslis(item(), partner('overig', { rol: 'ontvanger', toegetredenOp: null }), 'navraag').reden).toBe(
      'Geweigerd: overig Proefregio is geen convenantpartner, RIEC of EMM, en aan derden gaan geen gegevens (art. 21.7). Niet te overschrijven: dit is een grens van de wet of van het convenant zelf.',
    );
    expect(beslis(item(), politie, 'emm').reden).toBe('Geweigerd: een hele casus gaat alleen naar het EMM, niet naar politie Proefregio (art. 13.4). Niet te overschrijven: dit is een grens van de wet of van het convenant zelf.');
    expect(beslis(item({ bron: 'belastingdienst' }), riec, 'navraag').reden).toBe(
      'Geweigerd: gegevens van de Belastingdienst gaan alleen naar gemeente, politie, OM, Arbeidsinspectie en SIOD, niet naar riec Proefregio (art. 18.1). Niet te overschrijven: dit is een grens van de wet of van het convenant zelf.',
    );
  });

  it('art. 17.2, 21.8 en 13.4: de zinnen over het OM, strafrechtelijke gegevens en het EMM', () => {
    expect(beslis(item({ bron: 'om' }), politie, 'overdracht').reden).toBe(
      'Geweigerd: het OM verstrekt pas bij een concrete verdenking van een strafbaar feit, en die ontbreekt (art. 17.2). Niet te overschrijven; dit verandert alleen als het OM een concrete verdenking vastlegt.',
    );
    const vanOm = item({ bron: 'om', concreteVerdenking: true, toestemmingen: [toestemming('riec-emm', 'om')] });
    expect(beslis(vanOm, riec, 'navraag').reden).toBe(
      'Geweigerd: gegevens van het OM (art. 17.1) gaan buiten de partijen alleen met toestemming van de Officier van Justitie, en die is niet gegeven (art. 21.8). Niet te overschrijven; dit is alleen op te heffen door de toestemming van de Officier van Justitie vast te leggen.',
    );
    const straf = item({ categorie: 'strafrechtelijk', toestemmingen: [toestemming('riec-emm', 'politie')] });
    expect(beslis(straf, riec, 'navraag').reden).toBe(
      'Geweigerd: strafrechtelijke persoonsgegevens gaan buiten de partijen alleen met toestemming van de Officier van Justitie, en die is niet gegeven (art. 21.8). Niet te overschrijven; dit is alleen op te heffen door de toestemming van de Officier van Justitie vast te leggen.',
    );
    expect(beslis(item({ toestemmingen: [toestemming('riec-emm', 'politie')] }), emm, 'emm').reden).toBe(
      'Toegestaan: de hele casus gaat naar het EMM (art. 13.4), met toestemming van de leverende partner (art. 14.6); geanonimiseerd omdat identificatie niet strikt nodig is (art. 21.4).',
    );
  });
});
