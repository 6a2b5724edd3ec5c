/**
 * The policy engine against the covenant (docs/ontwerp.md §3 "De beleidsmodule"; docs/beslissingen/0004).
 * Every row names the article it checks. Partners, items and dates are synthetic.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { magVerstrekken, naOverschrijving } from '../../electron/backend/beleid/magVerstrekken';
import { verstrekkingsmatrix } from '../../electron/backend/beleid/matrix';
import type {
  Context,
  Doel,
  Gegevensitem,
  Ontvanger,
  Toestemming,
  Toestemmingsoort,
  Vorm,
} from '../../electron/backend/beleid/typen';
import { EU_EER_LANDEN, PARTNERSOORTEN, type Partnersoort } from '@shared/domein/partner';
import { DATUM, ID, item, partner, toestemming } from '../fixtures/beleid';

const riec = partner('riec');
const emm = partner('emm');

interface Geval {
  naam: string;
  item: Gegevensitem;
  ontvanger: Ontvanger;
  doel: Doel;
  context?: Partial<Context>;
  toegestaan: boolean;
  vorm: Vorm;
  artikel: string;
  toestemmingId?: number;
  redenBevat?: string;
}

const mag = (artikel: string, vorm: Vorm = 'geanonimiseerd') => ({ toegestaan: true, vorm, artikel });
const magNiet = (artikel: string) => ({ toegestaan: false, vorm: 'geen' as const, artikel });

// Consents used in rows that assert which consent the decision relies on.
const riecVanPolitie = toestemming('riec-emm', 'politie');
const riecVanZorgpartner = toestemming('riec-emm', 'zorgpartner');
const riecIngetrokken = toestemming('riec-emm', 'politie', { ingetrokkenOp: '2025-05-01' });
const riecLaterIngetrokken = toestemming('riec-emm', 'politie', { ingetrokkenOp: '2025-07-01' });
const riecNaDeVerstrekking = toestemming('riec-emm', 'politie', { gegevenOp: '2025-06-16' });
const alleenVoorEmm = toestemming('riec-emm', 'politie', { ontvangerPartnerId: ID.emm });
const zorgInstemming = toestemming('zorg-operationeel', 'zorgcoordinator');
const zorgIngetrokken = toestemming('zorg-operationeel', 'zorgcoordinator', { ingetrokkenOp: '2025-06-15' });
const riecVanZorg = toestemming('riec-emm', 'zorgpartner');
const ovj = toestemming('ovj-strafrechtelijk', 'om');
const riecVanOm = toestemming('riec-emm', 'om');
const riecVanBelastingdienst = toestemming('riec-emm', 'belastingdienst');

const FISCAAL_TOEGESTAAN: Partnersoort[] = [
  'gemeente-veiligheid',
  'gemeente-publiekszaken',
  'gemeente-szw',
  'gemeente-bwt',
  'gemeente-ggd',
  'politie',
  'om',
  'szw-arbeidsinspectie',
  'szw-siod',
];

const GEVALLEN: Geval[] = [
  // ── art. 15.4: EU/EEA only ──
  { naam: 'art. 15.4: naar een partij in Noorwegen (EER) mag het', item: item(), ontvanger: partner('politie', { land: 'NO' }), doel: 'overdracht', ...mag('art. 16.5') },
  { naam: 'art. 15.4: niet naar een partij in de Verenigde Staten', item: item(), ontvanger: partner('politie', { land: 'US' }), doel: 'overdracht', ...magNiet('art. 15.4') },
  { naam: 'art. 15.4: ook geanonimiseerde gegevens niet buiten de EU/EER', item: item({ identificerend: false }), ontvanger: partner('kvk', { land: 'US' }), doel: 'overdracht', ...magNiet('art. 15.4') },
  { naam: 'art. 15.4: ook met toestemming niet naar een RIEC buiten de EU/EER', item: item({ toestemmingen: [riecVanPolitie] }), ontvanger: partner('riec', { land: 'CH' }), doel: 'advies', ...magNiet('art. 15.4') },

  // ── art. 4, 34.3, 21.7: the circle ──
  { naam: 'art. 4: niet naar een kandidaat die nog niet is toegetreden', item: item(), ontvanger: partner('overig', { rol: 'kandidaat', toegetredenOp: null }), doel: 'overdracht', ...magNiet('art. 4') },
  { naam: 'art. 4: niet naar een partij vóór haar toetredingsdatum', item: item(), ontvanger: partner('kvk', { toegetredenOp: '2025-06-16' }), doel: 'overdracht', ...magNiet('art. 4') },
  { naam: 'art. 4: wel vanaf de dag van toetreding', item: item(), ontvanger: partner('kvk', { toegetredenOp: DATUM }), doel: 'overdracht', ...mag('art. 16.5') },
  { naam: 'art. 34.3: niet naar een partij op of na haar uittredingsdatum', item: item(), ontvanger: partner('reclassering', { uitgetredenPer: DATUM }), doel: 'overdracht', ...magNiet('art. 34.3') },
  { naam: 'art. 34.3: wel op de dag vóór de uittreding', item: item(), ontvanger: partner('reclassering', { uitgetredenPer: '2025-06-16' }), doel: 'overdracht', ...mag('art. 16.5') },
  { naam: 'art. 21.7: niet naar een derde die geen partner, RIEC of EMM is', item: item(), ontvanger: partner('overig', { rol: 'ontvanger', toegetredenOp: null }), doel: 'navraag', ...magNiet('art. 21.7') },
  { naam: 'art. 21.7: ook geanonimiseerde casusgegevens niet naar een derde', item: item({ identificerend: false }), ontvanger: partner('overig', { rol: 'ontvanger', toegetredenOp: null }), doel: 'navraag', ...magNiet('art. 21.7') },

  // ── considerations, art. 12.17, 14.6, 21.4: RIEC and EMM ──
  { naam: 'art. 12.17: geen signaal naar het RIEC voor advies zonder toestemming', item: item(), ontvanger: riec, doel: 'advies', context: { ontvangerHeeftTaak: false }, ...magNiet('art. 12.17'), redenBevat: 'leverende partner, en die is niet gegeven (art. 12.17)' },
  { naam: 'art. 12.17: advies van het RIEC met toestemming van de leverancier, ook zonder taak, geanonimiseerd', item: item({ toestemmingen: [riecVanPolitie] }), ontvanger: riec, doel: 'advies', context: { ontvangerHeeftTaak: false }, ...mag('art. 12.17'), toestemmingId: riecVanPolitie.id, redenBevat: 'art. 21.4' },
  { naam: 'art. 21.4: identificeerbaar naar het RIEC alleen als identificatie strikt nodig is', item: item({ toestemmingen: [riecVanPolitie] }), ontvanger: riec, doel: 'advies', context: { identificatieNodig: true }, ...mag('art. 12.17', 'identificeerbaar'), toestemmingId: riecVanPolitie.id },
  { naam: 'art. 14.6: toestemming van een andere partner dan de leverancier telt niet', item: item({ toestemmingen: [riecVanZorgpartner] }), ontvanger: riec, doel: 'navraag', ...magNiet('art. 14.6'), redenBevat: 'andere partner' },
  { naam: 'art. 14.6: ingetrokken toestemming telt niet', item: item({ toestemmingen: [riecIngetrokken] }), ontvanger: riec, doel: 'navraag', ...magNiet('art. 14.6'), redenBevat: 'maar de vastgelegde toestemming is ingetrokken op 01-05-2025' },
  { naam: 'art. 14.6: toestemming van na de verstrekking telt niet', item: item({ toestemmingen: [riecNaDeVerstrekking] }), ontvanger: riec, doel: 'navraag', ...magNiet('art. 14.6'), redenBevat: 'pas gegeven op 16-06-2025' },
  { naam: 'art. 14.6: toestemming die pas later wordt ingetrokken telt nog', item: item({ toestemmingen: [riecLaterIngetrokken] }), ontvanger: riec, doel: 'navraag', ...mag('art. 14.6'), toestemmingId: riecLaterIngetrokken.id },
  { naam: 'art. 14.6: toestemming voor alleen het EMM geldt niet voor het RIEC', item: item({ toestemmingen: [alleenVoorEmm] }), ontvanger: riec, doel: 'navraag', ...magNiet('art. 14.6'), redenBevat: 'maar de vastgelegde toestemming geldt niet voor riec Proefregio' },
  { naam: 'art. 13.4: hele casus naar het EMM met toestemming van de leverancier', item: item({ toestemmingen: [riecVanPolitie] }), ontvanger: emm, doel: 'emm', ...mag('art. 14.6'), toestemmingId: riecVanPolitie.id, redenBevat: 'art. 13.4' },
  { naam: 'art. 14.6: ook een hele casus (art. 13.4) gaat niet zonder toestemming naar het EMM', item: item(), ontvanger: emm, doel: 'emm', ...magNiet('art. 14.6') },
  { naam: 'art. 13.4: een hele casus gaat alleen naar het EMM, niet naar het RIEC', item: item({ toestemmingen: [riecVanPolitie] }), ontvanger: riec, doel: 'emm', ...magNiet('art. 13.4') },

  // ── art. 21.5: care data ──
  { naam: 'art. 21.5: zorggegevens niet voor overdracht naar de politie zonder instemming van de zorgcoördinator', item: item({ categorie: 'zorg', bron: 'zorgpartner' }), ontvanger: partner('politie'), doel: 'overdracht', ...magNiet('art. 21.5') },
  { naam: 'art. 21.5: zorggegevens wel naar de politie met instemming van de zorgcoördinator', item: item({ categorie: 'zorg', bron: 'zorgpartner', toestemmingen: [zorgInstemming] }), ontvanger: partner('politie'), doel: 'overdracht', ...mag('art. 21.5'), toestemmingId: zorgInstemming.id },
  { naam: 'art. 21.5: ingetrokken instemming van de zorgcoördinator telt niet', item: item({ categorie: 'zorg', bron: 'zorgpartner', toestemmingen: [zorgIngetrokken] }), ontvanger: partner('politie'), doel: 'overdracht', ...magNiet('art. 21.5'), redenBevat: 'ingetrokken' },
  { naam: 'art. 21.5: zorggegevens niet bij spoed naar de Arbeidsinspectie zonder instemming', item: item({ categorie: 'zorg', bron: 'zorgpartner' }), ontvanger: partner('szw-arbeidsinspectie'), doel: 'spoed', ...magNiet('art. 21.5') },
  { naam: 'art. 21.5: zorggegevens naar een andere zorgpartner zonder die instemming', item: item({ categorie: 'zorg', bron: 'zorgcoordinator' }), ontvanger: partner('zorgpartner'), doel: 'overdracht', ...mag('art. 16.5') },
  { naam: 'art. 21.5: zorggegevens bij spoed naar Bureau Jeugdzorg zonder die instemming', item: item({ categorie: 'zorg', bron: 'zorgpartner' }), ontvanger: partner('bureau-jeugdzorg'), doel: 'spoed', ...mag('art. 16.9') },
  { naam: 'art. 21.5: zorggegevens in het overleg wegen is nog geen inzet', item: item({ categorie: 'zorg', bron: 'zorgpartner' }), ontvanger: partner('politie'), doel: 'overleg', ...mag('art. 7.4') },
  { naam: 'art. 21.5: zorggegevens als hele casus naar het EMM vragen ook de instemming van de zorgcoördinator', item: item({ categorie: 'zorg', bron: 'zorgpartner', toestemmingen: [riecVanZorg] }), ontvanger: emm, doel: 'emm', ...magNiet('art. 21.5') },

  // ── art. 18: Belastingdienst ──
  ...FISCAAL_TOEGESTAAN.map((soort) => ({
    naam: `art. 18.1: Belastingdienst-gegevens naar ${soort}`,
    item: item({ categorie: 'fiscaal', bron: 'belastingdienst' }),
    ontvanger: partner(soort),
    doel: 'overdracht' as const,
    ...mag('art. 16.5'),
  })),
  ...(['ind', 'coa', 'zorgpartner', 'kvk'] as const).map((soort) => ({
    naam: `art. 18.2: Belastingdienst-gegevens niet naar ${soort === 'zorgpartner' ? 'een zorgpartner' : soort}`,
    item: item({ categorie: 'fiscaal', bron: 'belastingdienst' }),
    ontvanger: partner(soort),
    doel: 'overdracht' as const,
    ...magNiet('art. 18.2'),
  })),
  { naam: 'art. 18.2: ook gegevens van de Belastingdienst buiten de categorie fiscaal niet naar de reclassering', item: item({ bron: 'belastingdienst' }), ontvanger: partner('reclassering'), doel: 'overdracht', ...magNiet('art. 18.2') },
  { naam: 'art. 18.2: fiscale gegevens van een andere leverancier niet naar de COA', item: item({ categorie: 'fiscaal', bron: 'gemeente-szw' }), ontvanger: partner('coa'), doel: 'overdracht', ...magNiet('art. 18.2') },
  { naam: 'art. 18.1: Belastingdienst-gegevens ook met toestemming niet naar het RIEC', item: item({ categorie: 'fiscaal', bron: 'belastingdienst', toestemmingen: [riecVanBelastingdienst] }), ontvanger: riec, doel: 'advies', ...magNiet('art. 18.1') },

  // ── art. 17, 21.8: OM and criminal data ──
  { naam: 'art. 17.2: OM-gegevens niet zonder concrete verdenking', item: item({ bron: 'om' }), ontvanger: partner('politie'), doel: 'overdracht', ...magNiet('art. 17.2') },
  { naam: 'art. 17.2: OM-gegevens wel bij een concrete verdenking', item: item({ bron: 'om', concreteVerdenking: true }), ontvanger: partner('politie'), doel: 'overdracht', ...mag('art. 16.5') },
  { naam: 'art. 21.8: OM-gegevens naar het RIEC ook met toestemming van het OM als leverancier alleen met die van de OvJ (art. 17.1)', item: item({ bron: 'om', concreteVerdenking: true, toestemmingen: [riecVanOm] }), ontvanger: riec, doel: 'advies', ...magNiet('art. 21.8'), redenBevat: 'art. 17.1' },
  { naam: 'art. 21.8: strafrechtelijke gegevens niet naar het RIEC zonder toestemming van de OvJ', item: item({ categorie: 'strafrechtelijk', toestemmingen: [riecVanPolitie] }), ontvanger: riec, doel: 'advies', ...magNiet('art. 21.8') },
  { naam: 'art. 21.8: strafrechtelijke gegevens wel naar het RIEC met toestemming van de OvJ', item: item({ categorie: 'strafrechtelijk', toestemmingen: [riecVanPolitie, ovj] }), ontvanger: riec, doel: 'advies', ...mag('art. 21.8'), toestemmingId: ovj.id },
  { naam: 'art. 14.6: toestemming van de OvJ vervangt die van de leverancier niet', item: item({ categorie: 'strafrechtelijk', toestemmingen: [ovj] }), ontvanger: riec, doel: 'navraag', ...magNiet('art. 14.6') },
  { naam: 'art. 21.8: strafrechtelijke gegevens naar een partij zonder toestemming van de OvJ', item: item({ categorie: 'strafrechtelijk' }), ontvanger: partner('gemeente-bwt'), doel: 'overdracht', ...mag('art. 16.5') },

  // ── art. 9.4, 16.5, 16.9: need-to-know ──
  { naam: 'art. 16.5: geen overdracht aan een partij zonder taak in deze zaak', item: item(), ontvanger: partner('ind'), doel: 'overdracht', context: { ontvangerHeeftTaak: false }, ...magNiet('art. 16.5') },
  { naam: 'art. 16.9: geen spoedverstrekking aan een partij die niet om actie is gevraagd', item: item(), ontvanger: partner('coa'), doel: 'spoed', context: { ontvangerHeeftTaak: false }, ...magNiet('art. 16.9') },
  { naam: 'art. 9.4: geen agenda aan wie niet aan het overleg deelneemt', item: item(), ontvanger: partner('kvk'), doel: 'overleg', context: { ontvangerHeeftTaak: false }, ...magNiet('art. 9.4') },
  { naam: 'art. 9.4: alleen het RIEC krijgt advies-verstrekkingen zonder taak, het EMM niet', item: item({ toestemmingen: [riecVanPolitie] }), ontvanger: emm, doel: 'advies', context: { ontvangerHeeftTaak: false }, ...magNiet('art. 9.4') },
  { naam: 'art. 16.2: navraag bij de IND', item: item(), ontvanger: partner('ind'), doel: 'navraag', ...mag('art. 16.2') },

  // ── art. 6.2, 9.5, 20.2: the form, every combination ──
  ...[true, false].flatMap((identificerend) =>
    [true, false].flatMap((identificatieNodig) =>
      [true, false].map((identificeerbaarToegestaan): Geval => {
        const identificeerbaar = identificerend && identificatieNodig && identificeerbaarToegestaan;
        const redenBevat = !identificerend
          ? 'niet tot een persoon herleidbaar (art. 9.5)'
          : !identificatieNodig
            ? 'niet strikt nodig is (art. 9.5)'
            : identificeerbaarToegestaan
              ? 'identificeerbaar omdat identificatie strikt nodig is (art. 6.2, 9.5)'
              : 'alleen geanonimiseerd delen toe (art. 20.2)';
        return {
          naam: `art. ${identificeerbaar ? '6.2' : identificerend && identificatieNodig ? '20.2' : '9.5'}: ${identificerend ? 'identificerend' : 'niet identificerend'}, identificatie ${identificatieNodig ? '' : 'niet '}nodig, leverancier staat identificeerbaar ${identificeerbaarToegestaan ? '' : 'niet '}toe → ${identificeerbaar ? 'identificeerbaar' : 'geanonimiseerd'}`,
          item: item({ identificerend, identificeerbaarToegestaan }),
          ontvanger: partner('politie'),
          doel: 'overdracht',
          context: { identificatieNodig },
          ...mag('art. 16.5', identificeerbaar ? 'identificeerbaar' : 'geanonimiseerd'),
          redenBevat,
        };
      }),
    ),
  ),
];

const context = (extra: Partial<Context> = {}): Context => ({
  datum: DATUM,
  ontvangerHeeftTaak: true,
  identificatieNodig: false,
  ...extra,
});

describe('magVerstrekken: de regels van het convenant', () => {
  it('de tabel heeft een rij voor elke regel', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(35);
    expect(new Set(GEVALLEN.map((g) => g.naam)).size).toBe(GEVALLEN.length);
  });

  it.each(GEVALLEN)('$naam', (g) => {
    const b = magVerstrekken(g.item, g.ontvanger, g.doel, context(g.context));
    expect({ toegestaan: b.toegestaan, vorm: b.vorm, artikel: b.artikel }).toEqual({
      toegestaan: g.toegestaan,
      vorm: g.vorm,
      artikel: g.artikel,
    });
    expect(b.reden).toMatch(g.toegestaan ? /^Toegestaan: / : /^Geweigerd: /);
    expect(b.reden).toContain(g.artikel);
    if (g.redenBevat) expect(b.reden).toContain(g.redenBevat);
    if (g.toestemmingId !== undefined) expect(b.toestemmingId).toBe(g.toestemmingId);
    if (!g.toegestaan) expect(b.toestemmingId).toBeUndefined();
    // Without any consent recorded, a refusal never speaks as if one existed (issue 8, item 7).
    if (!g.toegestaan && g.item.toestemmingen.length === 0) expect(b.reden).not.toMatch(/geldt niet|vastgelegde toestemming/);
  });

  it('art. 14.6 en 21.8: beide toestemmingen staan in de beslissing, voor het verstrekkingenlog', () => {
    const b = magVerstrekken(item({ categorie: 'strafrechtelijk', toestemmingen: [riecVanPolitie, ovj] }), riec, 'advies', context());
    expect(b.toestemmingIds).toEqual([riecVanPolitie.id, ovj.id]);
  });

  it('zonder toestemming noemt een toegestane beslissing er ook geen', () => {
    const b = magVerstrekken(item(), partner('politie'), 'overdracht', context());
    expect(b).toEqual({
      toegestaan: true,
      vorm: 'geanonimiseerd',
      artikel: 'art. 16.5',
      reden:
        'Toegestaan: partij met een taak in deze zaak (art. 16.5); geanonimiseerd omdat identificatie niet strikt nodig is (art. 9.5).',
    });
  });
});

// ── Property-style checks over generated inputs ──

const datum = fc.constantFrom('2019-01-01', '2024-12-31', '2025-06-14', DATUM, '2025-06-16', '2026-01-01');
const optioneleDatum = fc.option(datum, { nil: null });
const soort = fc.constantFrom(...PARTNERSOORTEN);
const partnerId = fc.integer({ min: 1, max: PARTNERSOORTEN.length });

const toestemmingArb = fc.record<Toestemming>({
  id: fc.integer({ min: 1, max: 10_000 }),
  soort: fc.constantFrom<Toestemmingsoort>('riec-emm', 'zorg-operationeel', 'ovj-strafrechtelijk'),
  gegevenDoorPartnerId: partnerId,
  ontvangerPartnerId: fc.option(partnerId, { nil: null }),
  gegevenOp: datum,
  ingetrokkenOp: optioneleDatum,
});

const itemArb = fc.record<Gegevensitem>({
  sleutel: fc.constant('signaal:1'),
  omschrijving: fc.constant('synthetisch'),
  categorie: fc.constantFrom('algemeen', 'zorg', 'fiscaal', 'strafrechtelijk'),
  bron: fc.record({ partnerId, soort }),
  identificerend: fc.boolean(),
  identificeerbaarToegestaan: fc.boolean(),
  concreteVerdenking: fc.boolean(),
  toestemmingen: fc.array(toestemmingArb, { maxLength: 4 }),
});

const ontvangerArb = fc.record<Ontvanger>({
  id: partnerId,
  code: fc.constant('X'),
  naam: fc.constant('Proefpartner'),
  soort,
  rol: fc.constantFrom('partij', 'kandidaat', 'ontvanger'),
  land: fc.constantFrom('NL', 'BE', 'NO', 'IS', 'US', 'CH', 'GB'),
  toegetredenOp: optioneleDatum,
  uitgetredenPer: optioneleDatum,
});

const invoer = fc.tuple(
  itemArb,
  ontvangerArb,
  fc.constantFrom<Doel>('navraag', 'advies', 'overleg', 'overdracht', 'spoed', 'emm'),
  fc.record<Context>({ datum, ontvangerHeeftTaak: fc.boolean(), identificatieNodig: fc.boolean() }),
);

describe('magVerstrekken: eigenschappen over veel gegenereerde gevallen', () => {
  it('toegestaan en vorm "geen" sluiten elkaar uit; elke beslissing noemt een artikel en een reden', () => {
    fc.assert(
      fc.property(invoer, ([i, o, d, c]) => {
        const b = magVerstrekken(i, o, d, c);
        expect(b.toegestaan).toBe(b.vorm !== 'geen');
        expect(b.artikel).toMatch(/^art\. \d+(\.\d+)?$/);
        expect(b.reden).toMatch(b.toegestaan ? /^Toegestaan: .+\.$/ : /^Geweigerd: .+\.$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('identificeerbaar alleen als het gegeven identificeert, dat strikt nodig is en de leverancier het toestaat (art. 6.2, 9.5)', () => {
    fc.assert(
      fc.property(invoer, ([i, o, d, c]) => {
        const b = magVerstrekken(i, o, d, c);
        if (b.vorm === 'identificeerbaar') {
          expect(i.identificerend && c.identificatieNodig && i.identificeerbaarToegestaan).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('wat toegestaan is blijft binnen de EU/EER en, naar RIEC of EMM, steunt op toestemming van de leverancier (art. 15.4, 14.6)', () => {
    fc.assert(
      fc.property(invoer, ([i, o, d, c]) => {
        const b = magVerstrekken(i, o, d, c);
        if (!b.toegestaan) return;
        expect((EU_EER_LANDEN as readonly string[]).includes(o.land)).toBe(true);
        if (o.soort === 'riec' || o.soort === 'emm') {
          const gebruikt = i.toestemmingen.filter((t) => b.toestemmingIds?.includes(t.id));
          expect(gebruikt.some((t) => t.soort === 'riec-emm' && t.gegevenDoorPartnerId === i.bron.partnerId)).toBe(true);
        }
        if (i.categorie === 'fiscaal' || i.bron.soort === 'belastingdienst') {
          expect(o.soort.startsWith('gemeente-') || ['politie', 'om', 'szw-arbeidsinspectie', 'szw-siod'].includes(o.soort)).toBe(true);
        }
        if (b.toestemmingId !== undefined) expect(b.toestemmingIds).toContain(b.toestemmingId);
      }),
      { numRuns: 3000 },
    );
  });
});

// ── The matrix ──

describe('verstrekkingsmatrix', () => {
  const fiscaal = item({ sleutel: 'navraag:1', categorie: 'fiscaal', bron: 'belastingdienst' });
  const zorg = item({ sleutel: 'signaal:2', categorie: 'zorg', bron: 'zorgpartner' });
  const algemeen = item({ sleutel: 'signaal:3', toestemmingen: [riecVanPolitie] });
  const politie = partner('politie');
  const zorgpartner = partner('zorgpartner');

  it('geeft per ontvanger per item dezelfde beslissing als magVerstrekken, in volgorde, met een telling', () => {
    const ctx = (o: Ontvanger) => context({ identificatieNodig: o.soort === 'politie' });
    const matrix = verstrekkingsmatrix([fiscaal, zorg, algemeen], [politie, zorgpartner, riec], 'overdracht', ctx);

    expect(matrix.map((r) => r.ontvanger.soort)).toEqual(['politie', 'zorgpartner', 'riec']);
    for (const rij of matrix) {
      expect(rij.beslissingen.map((b) => b.sleutel)).toEqual(['navraag:1', 'signaal:2', 'signaal:3']);
      rij.beslissingen.forEach(({ beslissing }, n) => {
        const gegeven = [fiscaal, zorg, algemeen][n]!;
        expect(beslissing).toEqual(magVerstrekken(gegeven, rij.ontvanger, 'overdracht', ctx(rij.ontvanger)));
      });
    }
    // Politie: fiscaal and algemeen identifiable; zorg refused without the zorgcoördinator (art. 21.5).
    expect(matrix[0]!.samenvatting).toEqual({ identificeerbaar: 2, geanonimiseerd: 0, geweigerd: 1 });
    // Zorgpartner: no Belastingdienst data (art. 18.2); the rest anonymised.
    expect(matrix[1]!.samenvatting).toEqual({ identificeerbaar: 0, geanonimiseerd: 2, geweigerd: 1 });
    // RIEC: fiscaal (art. 18.1) and zorg (no consent) refused; algemeen anonymised with consent.
    expect(matrix[2]!.samenvatting).toEqual({ identificeerbaar: 0, geanonimiseerd: 1, geweigerd: 2 });
  });

  it('vraagt de context één keer per ontvanger', () => {
    const ctx = vi.fn((_o: Ontvanger) => context());
    verstrekkingsmatrix([fiscaal, zorg, algemeen], [politie, zorgpartner], 'navraag', ctx);
    expect(ctx).toHaveBeenCalledTimes(2);
  });

  it('zonder items telt alles nul; zonder ontvangers is de matrix leeg', () => {
    const leeg = verstrekkingsmatrix([], [politie], 'overleg', () => context());
    expect(leeg).toEqual([{ ontvanger: politie, beslissingen: [], samenvatting: { identificeerbaar: 0, geanonimiseerd: 0, geweigerd: 0 } }]);
    expect(verstrekkingsmatrix([zorg], [], 'overleg', () => context())).toEqual([]);
  });
});

/**
 * ADR 0006: an override only where the covenant leaves a judgment — need-to-know (art. 9.4, 16.5,
 * 16.9). A consent rule is lifted only by recording the consent (art. 12.17/14.6, 21.5, 21.8), the OM's
 * rule only by a concrete suspicion (art. 17.2), and the limits of law and covenant by nothing (art. 4,
 * 13.4, 15.4, 18, 21.7, 34.3). Every refusal says which; every article × an override attempt.
 */
describe('overschrijven: alleen waar het convenant een afweging laat (ADR 0006)', () => {
  const OPHEFFING: Record<string, { door: string; toestemming?: Toestemmingsoort; zin: RegExp }> = {
    'art. 15.4': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 4': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 34.3': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 21.7': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 13.4': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 18.1': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 18.2': { door: 'niets', zin: /Niet te overschrijven/ },
    'art. 17.2': { door: 'verdenking', zin: /Niet te overschrijven.*concrete verdenking/ },
    'art. 12.17': { door: 'toestemming', toestemming: 'riec-emm', zin: /Niet te overschrijven.*toestemming van de leverende partner vast te leggen/ },
    'art. 14.6': { door: 'toestemming', toestemming: 'riec-emm', zin: /Niet te overschrijven.*toestemming van de leverende partner vast te leggen/ },
    'art. 21.8': { door: 'toestemming', toestemming: 'ovj-strafrechtelijk', zin: /Niet te overschrijven.*toestemming van de Officier van Justitie vast te leggen/ },
    'art. 21.5': { door: 'toestemming', toestemming: 'zorg-operationeel', zin: /Niet te overschrijven.*instemming van de zorgcoördinator vast te leggen/ },
    'art. 9.4': { door: 'overschrijven', zin: /afweging: de ketenregisseur kan deze weigering met een reden overschrijven/ },
    'art. 16.5': { door: 'overschrijven', zin: /afweging: de ketenregisseur kan deze weigering met een reden overschrijven/ },
    'art. 16.9': { door: 'overschrijven', zin: /afweging: de ketenregisseur kan deze weigering met een reden overschrijven/ },
  };
  const weigeringen = GEVALLEN.filter((g) => !g.toegestaan);

  it('elk artikel dat weigert komt in de tabel voor', () => {
    expect(new Set(weigeringen.map((g) => g.artikel))).toEqual(new Set(Object.keys(OPHEFFING)));
  });

  it.each(weigeringen)('$naam: de weigering zegt of en hoe ze op te heffen is, en een overschrijving houdt zich daaraan', (g) => {
    const ctx = context(g.context);
    const b = magVerstrekken(g.item, g.ontvanger, g.doel, ctx);
    const verwacht = OPHEFFING[b.artikel]!;
    expect(b.opheffing).toEqual({ door: verwacht.door, ...(verwacht.toestemming ? { toestemming: verwacht.toestemming } : {}) });
    expect(b.reden).toMatch(verwacht.zin);
    const na = naOverschrijving(g.item, g.ontvanger, g.doel, ctx);
    if (verwacht.door !== 'overschrijven') {
      expect(na).toEqual({ overschreven: false, beslissing: b });
    } else {
      // The judgment lifts need-to-know only: every later rule still applies.
      const zonderAfweging = magVerstrekken(g.item, g.ontvanger, g.doel, { ...ctx, ontvangerHeeftTaak: true });
      expect(na).toEqual({ overschreven: zonderAfweging.toegestaan, beslissing: zonderAfweging });
    }
  });

  it('art. 9.4 overschrijven opent geen achterdeur naar het RIEC zonder toestemming (art. 14.6)', () => {
    const na = naOverschrijving(item(), riec, 'navraag', context({ ontvangerHeeftTaak: false }));
    expect(na.overschreven).toBe(false);
    expect(na.beslissing).toMatchObject({ toegestaan: false, artikel: 'art. 14.6', opheffing: { door: 'toestemming', toestemming: 'riec-emm' } });
  });

  it('art. 16.5 overschreven: de partij zonder taak krijgt het, in de vorm die de regels van art. 6.2 en 9.5 geven', () => {
    const na = naOverschrijving(item(), partner('ind'), 'overdracht', context({ ontvangerHeeftTaak: false, identificatieNodig: true }));
    expect(na).toMatchObject({ overschreven: true, beslissing: { toegestaan: true, vorm: 'identificeerbaar', artikel: 'art. 16.5' } });
  });

  it('een toegestane beslissing heeft niets op te heffen', () => {
    const b = magVerstrekken(item(), partner('politie'), 'overdracht', context());
    expect(b.opheffing).toBeUndefined();
    expect(naOverschrijving(item(), partner('politie'), 'overdracht', context())).toMatchObject({ overschreven: false, beslissing: { toegestaan: true } });
  });
});
