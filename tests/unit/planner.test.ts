/**
 * The meeting calendar against the covenant: art. 12.8 and 12.28 (casusoverleg and zorgoverleg, monthly,
 * seven and fourteen days apart), 11.4 (stuurgroep twice a year) and 11.7 (a zorggroep before each
 * stuurgroep). The readings are stated at the top of electron/backend/overleg/planner.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  feestdagen,
  jaarplanVoorstellen,
  paaszondag,
  planningControleren,
  type GeplandOverleg,
  type Overlegsoort,
  type Planopties,
} from '../../electron/backend/overleg/planner';

const zorg = (datum: string): GeplandOverleg => ({ soort: 'zorgoverleg', datum });
const casus = (datum: string): GeplandOverleg => ({ soort: 'casusoverleg', datum });
const stuurgroep = (datum: string): GeplandOverleg => ({ soort: 'stuurgroep', datum });
const zorggroep = (datum: string): GeplandOverleg => ({ soort: 'zorggroep', datum });
const van = (soort: Overlegsoort, plan: GeplandOverleg[]) => plan.filter((o) => o.soort === soort).map((o) => o.datum);
const artikelen = (plan: GeplandOverleg[], jaar: number) => planningControleren(plan, jaar).map((w) => w.artikel);

/**
 * The proposal for 2026 written out (third Thursday, zorgoverleg two weeks before, stuurgroep on the fourth
 * Thursday of March and September with its zorggroep two weeks before), as the background for the tests of
 * the check. A literal and not a call of jaarplanVoorstellen: the check is tested on its own, and nothing of the
 * planner runs while vitest collects the tests (a mutant that throws there would empty the whole file).
 */
const PLAN_2026: GeplandOverleg[] = [
  ...['01-22', '02-19', '03-19', '04-16', '05-21', '06-18', '07-16', '08-20', '09-17', '10-15', '11-19', '12-17'].map((d) => casus(`2026-${d}`)),
  ...['01-08', '02-05', '03-05', '04-02', '05-07', '06-04', '07-02', '08-06', '09-03', '10-01', '11-05', '12-03'].map((d) => zorg(`2026-${d}`)),
  stuurgroep('2026-03-26'),
  zorggroep('2026-03-12'),
  stuurgroep('2026-09-24'),
  zorggroep('2026-09-10'),
];
const ZONDER_STUURGROEP_2026 = PLAN_2026.filter((o) => o.soort !== 'stuurgroep' && o.soort !== 'zorggroep');

describe('art. 12.8 en 12.28: het laatste zorgoverleg ligt minstens 7 en minstens 14 dagen vóór het casusoverleg', () => {
  it.each([
    // zorgoverleg, casusoverleg, meldingen over dit casusoverleg
    ['2026-01-17', '2026-01-31', [], 'maandgrens: 14 dagen, beide in januari'],
    ['2026-01-18', '2026-01-31', ['art. 12.28'], '13 dagen'],
    ['2026-01-24', '2026-01-31', ['art. 12.28'], '7 dagen: genoeg voor 12.8, te weinig voor 12.28'],
    ['2026-01-25', '2026-01-31', ['art. 12.8', 'art. 12.28'], '6 dagen'],
    ['2026-01-31', '2026-01-31', ['art. 12.8', 'art. 12.28'], 'op dezelfde dag'],
    ['2025-12-25', '2026-01-08', [], 'zorgoverleg in december van het vorige jaar'],
    ['2025-12-26', '2026-01-08', ['art. 12.28'], 'zorgoverleg in december, 13 dagen'],
    ['2026-01-18', '2026-02-01', [], 'over de maandgrens: 18 januari → 1 februari'],
    ['2028-02-29', '2028-03-14', [], 'schrikkeljaar: 29 februari telt mee, 14 dagen'],
    ['2028-03-01', '2028-03-14', ['art. 12.28'], 'schrikkeljaar: 13 dagen'],
    ['2027-02-28', '2027-03-14', [], 'geen schrikkeljaar: 28 februari → 14 maart is 14 dagen'],
    ['2027-03-01', '2027-03-14', ['art. 12.28'], 'geen schrikkeljaar: 13 dagen'],
  ])('zorgoverleg %s, casusoverleg %s → %j (%s)', (z, c, verwacht) => {
    const meldingen = planningControleren([zorg(z), casus(c)], Number(c.slice(0, 4))).filter((w) => w.datums.includes(c));
    expect(meldingen.map((w) => w.artikel)).toEqual(verwacht);
  });

  it('alleen het laatste zorgoverleg telt: een eerder zorgoverleg op afstand maakt een te laat zorgoverleg niet goed', () => {
    const meldingen = planningControleren([zorg('2026-03-01'), zorg('2026-03-14'), casus('2026-03-19')], 2026).filter((w) => w.datums.includes('2026-03-19'));
    expect(meldingen.map((w) => w.artikel)).toEqual(['art. 12.8', 'art. 12.28']);
    expect(meldingen[0]!.datums).toEqual(['2026-03-14', '2026-03-19']);
  });

  it('een casusoverleg zonder enig zorgoverleg ervoor', () => {
    const meldingen = planningControleren([casus('2026-05-21'), zorg('2026-05-28')], 2026).filter((w) => w.datums.includes('2026-05-21'));
    expect(meldingen.map((w) => [w.artikel, w.soort])).toEqual([
      ['art. 12.8', 'casusoverleg'],
      ['art. 12.28', 'zorgoverleg'],
    ]);
    expect(meldingen[0]!.melding).toMatch(/^Vóór het casusoverleg van 21-05-2026 is geen zorgoverleg gepland.*\(art\. 12\.8\)\.$/);
  });

  it('de melding noemt beide datums in Nederlandse schrijfwijze en het artikel, in één zin', () => {
    const [m8, m28] = planningControleren([zorg('2026-01-25'), casus('2026-01-31')], 2026).filter((w) => w.datums.includes('2026-01-31'));
    expect(m8!.melding).toBe(
      'Het casusoverleg van 31-01-2026 valt maar 6 dagen na het zorgoverleg van 25-01-2026, terwijl het minimaal zeven dagen na het gehouden zorgoverleg plaatsvindt (art. 12.8).',
    );
    expect(m28!.melding).toBe(
      'Het zorgoverleg van 25-01-2026 valt maar 6 dagen vóór het casusoverleg van 31-01-2026, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).',
    );
    expect(m8!.datums).toEqual(['2026-01-25', '2026-01-31']);
  });
});

describe('art. 12.8 en 12.28: elke maand een casusoverleg en een zorgoverleg', () => {
  const plan = PLAN_2026;

  it.each([
    ['casusoverleg', 'april', 'art. 12.8', 'In april 2026 is geen casusoverleg gepland, terwijl het casusoverleg minimaal eenmaal per maand plaatsvindt (art. 12.8).'],
    ['zorgoverleg', 'april', 'art. 12.28', 'In april 2026 is geen zorgoverleg gepland, terwijl het zorgoverleg minimaal 1 keer per maand bijeenkomt (art. 12.28).'],
    ['casusoverleg', 'december', 'art. 12.8', 'In december 2026 is geen casusoverleg gepland, terwijl het casusoverleg minimaal eenmaal per maand plaatsvindt (art. 12.8).'],
  ] as const)('zonder %s in %s → %s', (soort, maand, artikel, melding) => {
    const nummer = String(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'].indexOf(maand) + 1).padStart(2, '0');
    const zonder = plan.filter((o) => !(o.soort === soort && o.datum.startsWith(`2026-${nummer}`)));
    expect(planningControleren(zonder, 2026)).toEqual([{ artikel, melding, datums: [], soort }]);
  });

  it('een zorgoverleg op 31 januari telt voor januari, een op 1 februari voor februari', () => {
    const zonderJanuari = plan.filter((o) => !(o.soort === 'zorgoverleg' && o.datum.startsWith('2026-01')));
    const meldingen = (extra: string) => planningControleren([...zonderJanuari, zorg(extra)], 2026).filter((w) => w.datums.length === 0);
    expect(meldingen('2026-01-31')).toEqual([]);
    expect(meldingen('2026-02-01').map((w) => w.melding)).toEqual([expect.stringContaining('In januari 2026 is geen zorgoverleg gepland')]);
  });

  it('een leeg jaar: twaalf maanden zonder casusoverleg en zonder zorgoverleg, en geen stuurgroep', () => {
    const meldingen = planningControleren([], 2026);
    expect(meldingen.filter((w) => w.artikel === 'art. 12.8')).toHaveLength(12);
    expect(meldingen.filter((w) => w.artikel === 'art. 12.28')).toHaveLength(12);
    expect(meldingen.filter((w) => w.artikel === 'art. 11.4').map((w) => w.melding)).toEqual([
      'In 2026 is geen stuurgroep gepland, terwijl de stuurgroep tenminste 2 keer per jaar bijeenkomt (art. 11.4).',
    ]);
  });

  it('overleggen buiten het jaar tellen alleen als aanloop, niet als maand van dit jaar', () => {
    const meldingen = planningControleren([zorg('2025-12-18'), casus('2025-12-31'), casus('2027-01-07')], 2026);
    expect(meldingen.filter((w) => w.datums.length > 0 && w.artikel.startsWith('art. 12'))).toEqual([]);
  });
});

describe('art. 11.4: de stuurgroep komt tenminste 2 keer per jaar bijeen', () => {
  const basis = ZONDER_STUURGROEP_2026;

  it.each([
    [[] as string[], ['art. 11.4']],
    [['2026-03-26'], ['art. 11.4']],
    [['2026-03-26', '2026-09-24'], []],
    [['2026-03-26', '2026-03-26'], ['art. 11.4']], // twice on one day is one meeting
    [['2025-11-19', '2026-03-26'], ['art. 11.4']], // last year's does not count for this year
    [['2026-02-05', '2026-04-09', '2026-11-12'], []],
  ])('stuurgroep op %j → %j', (datums, verwacht) => {
    const plan = [...basis, ...datums.map(stuurgroep), zorggroep('2026-01-15'), zorggroep('2026-07-09')];
    expect(artikelen(plan, 2026)).toEqual(verwacht);
  });

  it('de melding noemt de ene geplande datum', () => {
    const [w] = planningControleren([...basis, stuurgroep('2026-03-26'), zorggroep('2026-03-12')], 2026);
    expect(w).toEqual({
      artikel: 'art. 11.4',
      soort: 'stuurgroep',
      datums: ['2026-03-26'],
      melding: 'In 2026 is de stuurgroep maar één keer gepland (26-03-2026), terwijl de stuurgroep tenminste 2 keer per jaar bijeenkomt (art. 11.4).',
    });
  });
});

/** The warnings about one stuurgroep's zorggroep; the yearly count of art. 11.7 ("In 2026 is …") is tested on its own. */
const perStuurgroep = (w: { melding: string }) => !w.melding.startsWith('In 20');

describe('art. 11.7: de zorggroep 2 keer per jaar, geteld', () => {
  const metStuurgroepen = [...ZONDER_STUURGROEP_2026, stuurgroep('2026-03-19'), stuurgroep('2026-10-08')];
  it.each([
    [[], 'In 2026 is geen zorggroep gepland, terwijl de zorgcoördinator 2 keer per jaar een zorggroep organiseert, voorafgaand aan de stuurgroep (art. 11.7).'],
    [['2026-03-05'], 'In 2026 is de zorggroep maar één keer gepland (05-03-2026), terwijl de zorgcoördinator 2 keer per jaar een zorggroep organiseert, voorafgaand aan de stuurgroep (art. 11.7).'],
  ])('zorggroepen %j: een melding', (g, melding) => {
    const telling = planningControleren([...metStuurgroepen, ...g.map(zorggroep)], 2026).filter((w) => !perStuurgroep(w) && w.artikel === 'art. 11.7');
    expect(telling).toEqual([{ artikel: 'art. 11.7', soort: 'zorggroep', datums: g, melding }]);
  });
  it('twee zorggroepen: geen melding, ook zonder stuurgroep', () => {
    expect(planningControleren([...ZONDER_STUURGROEP_2026, zorggroep('2026-03-05'), zorggroep('2026-09-24')], 2026).filter((w) => w.artikel === 'art. 11.7')).toEqual([]);
    expect(planningControleren(ZONDER_STUURGROEP_2026, 2026).filter((w) => w.artikel === 'art. 11.7')).toHaveLength(1);
  });
});

describe('vanaf: alleen wat nog te plannen valt', () => {
  it('een leeg jaar vanaf 15 oktober: alleen oktober tot en met december en de jaartellingen', () => {
    const meldingen = planningControleren([], 2026, '2026-10-15');
    expect(meldingen.filter((w) => w.artikel === 'art. 12.8').map((w) => w.melding.slice(0, 20))).toEqual(['In oktober 2026 is g', 'In november 2026 is ', 'In december 2026 is ']);
    expect(meldingen).toHaveLength(3 * 2 + 2);
    expect(planningControleren([], 2026)).toHaveLength(12 * 2 + 2);
  });
  it('een verleden jaar geeft niets meer; een casusoverleg dat al voorbij is ook niet', () => {
    expect(planningControleren([], 2025, '2026-01-01')).toEqual([]);
    const teLaat = [...ZONDER_STUURGROEP_2026.filter((o) => !o.datum.startsWith('2026-03')), zorg('2026-03-10'), casus('2026-03-12')];
    expect(planningControleren(teLaat, 2026).some((w) => w.datums.includes('2026-03-12'))).toBe(true);
    expect(planningControleren(teLaat, 2026, '2026-04-01').some((w) => w.datums.includes('2026-03-12'))).toBe(false);
  });
});

describe('art. 11.7: vóór elke stuurgroep een zorggroep, in hetzelfde halfjaar of binnen 60 dagen', () => {
  const basis = [...ZONDER_STUURGROEP_2026, stuurgroep('2026-10-08'), zorggroep('2026-09-24')];

  it.each([
    // stuurgroep, zorggroepen, meldingen
    ['2026-03-19', ['2026-03-05'], [], '14 dagen ervoor'],
    ['2026-03-19', [], ['art. 11.7'], 'geen zorggroep'],
    ['2026-03-19', ['2026-03-26'], ['art. 11.7'], 'zorggroep pas erna'],
    ['2026-03-19', ['2026-03-19'], ['art. 11.7'], 'zorggroep op dezelfde dag: niet "voorafgaand"'],
    ['2026-06-25', ['2026-01-08'], [], 'zelfde halfjaar, 168 dagen ervoor'],
    ['2026-07-30', ['2026-05-31'], [], 'ander halfjaar, precies 60 dagen ervoor'],
    ['2026-07-30', ['2026-05-30'], ['art. 11.7'], 'ander halfjaar, 61 dagen ervoor'],
    ['2026-02-10', ['2025-12-20'], [], 'zorggroep in december van het vorige jaar, 52 dagen'],
    ['2026-02-10', ['2025-11-01'], ['art. 11.7'], 'zorggroep in november van het vorige jaar, 101 dagen'],
  ])('stuurgroep %s, zorggroep %j → %j (%s)', (s, g, verwacht) => {
    const meldingen = planningControleren([...basis, stuurgroep(s), ...g.map(zorggroep)], 2026).filter(perStuurgroep);
    expect(meldingen.map((w) => w.artikel)).toEqual(verwacht);
    for (const w of meldingen) expect(w).toMatchObject({ soort: 'zorggroep', datums: expect.arrayContaining([s]) });
  });

  it('één zorggroep mag twee stuurgroepen in hetzelfde halfjaar voorbereiden (de zorggroep komt 2 keer per jaar bijeen)', () => {
    expect(artikelen([...basis, zorggroep('2026-02-05'), stuurgroep('2026-03-19'), stuurgroep('2026-06-18')], 2026)).toEqual([]);
  });

  it('de melding noemt een zorggroep die pas na de stuurgroep valt', () => {
    const [w] = planningControleren([...basis, stuurgroep('2026-03-19'), zorggroep('2026-03-26')], 2026);
    expect(w!.melding).toBe(
      'Vóór de stuurgroep van 19-03-2026 is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor; de zorggroep van 26-03-2026 valt erna (art. 11.7).',
    );
    expect(w!.datums).toEqual(['2026-03-19', '2026-03-26']);
  });
});

describe('feestdagen', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2033, '2033-04-17'],
    [2034, '2034-04-09'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('paaszondag %i is %s', (jaar, datum) => expect(paaszondag(jaar)).toBe(datum));

  it('2026: Nieuwjaar, Pasen, Koningsdag, Bevrijdingsdag, Hemelvaart, Pinksteren, Kerst', () => {
    expect(Object.fromEntries(feestdagen(2026))).toEqual({
      '2026-01-01': 'Nieuwjaarsdag',
      '2026-04-05': 'Eerste paasdag',
      '2026-04-06': 'Tweede paasdag',
      '2026-04-27': 'Koningsdag',
      '2026-05-05': 'Bevrijdingsdag',
      '2026-05-14': 'Hemelvaartsdag',
      '2026-05-24': 'Eerste pinksterdag',
      '2026-05-25': 'Tweede pinksterdag',
      '2026-12-25': 'Eerste kerstdag',
      '2026-12-26': 'Tweede kerstdag',
    });
  });

  it.each([
    [2025, '2025-04-26'], // 27 April 2025 is a Sunday
    [2026, '2026-04-27'],
    [2031, '2031-04-26'], // Sunday again
  ])('Koningsdag %i valt op %s', (jaar, datum) => expect(feestdagen(jaar).get(datum)).toBe('Koningsdag'));
});

describe('jaarplanVoorstellen: het voorstel', () => {
  const JAREN = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035];

  it.each(JAREN)('%i: twaalf casusoverleggen, één per maand, en geen enkele waarschuwing', (jaar) => {
    const plan = jaarplanVoorstellen(jaar);
    const maanden = van('casusoverleg', plan).map((d) => d.slice(0, 7));
    expect(maanden).toEqual(Array.from({ length: 12 }, (_, i) => `${jaar}-${String(i + 1).padStart(2, '0')}`));
    expect(planningControleren(plan, jaar)).toEqual([]);
  });

  it('standaard op de derde donderdag, het zorgoverleg precies 14 dagen ervoor', () => {
    const plan = jaarplanVoorstellen(2026);
    expect(van('casusoverleg', plan)).toEqual([
      '2026-01-22', // the third Thursday is 15 January, but its zorgoverleg would fall on Nieuwjaarsdag
      '2026-02-19',
      '2026-03-19',
      '2026-04-16',
      '2026-05-21',
      '2026-06-18',
      '2026-07-16',
      '2026-08-20',
      '2026-09-17',
      '2026-10-15',
      '2026-11-19',
      '2026-12-17',
    ]);
    for (const z of plan.filter((o) => o.soort === 'zorgoverleg')) {
      expect(Date.parse(z.voorOverleg!) - Date.parse(z.datum)).toBe(14 * 86_400_000);
    }
    expect(plan.find((o) => o.datum === '2026-01-22')!.verschoven).toEqual([{ datum: '2026-01-01', feestdag: 'Nieuwjaarsdag' }]);
  });

  it('stuurgroep in maart en september, niet op een dag van een ander overleg, met een zorggroep 14 dagen ervoor', () => {
    for (const jaar of JAREN) {
      const plan = jaarplanVoorstellen(jaar);
      const stuur = van('stuurgroep', plan);
      expect(stuur.map((d) => d.slice(5, 7))).toEqual(['03', '09']);
      const dagen = plan.map((o) => o.datum);
      expect(new Set(dagen).size).toBe(dagen.length);
      for (const s of stuur) {
        const g = plan.find((o) => o.soort === 'zorggroep' && o.voorOverleg === s)!;
        expect(Date.parse(s) - Date.parse(g.datum)).toBe(14 * 86_400_000);
      }
    }
  });

  it('art. 12.28: het zorgoverleg voor januari in december van het vorige jaar staat in het plan, gemarkeerd', () => {
    const plan = jaarplanVoorstellen(2027, { weekVanDeMaand: 1 });
    const januari = plan.find((o) => o.soort === 'casusoverleg' && o.datum.startsWith('2027-01'))!;
    expect(januari.datum).toBe('2027-01-07');
    expect(plan[0]).toMatchObject({ soort: 'zorgoverleg', datum: '2026-12-24', voorOverleg: '2027-01-07', vorigJaar: true });
    expect(plan.filter((o) => o.vorigJaar)).toHaveLength(1);
    // and the zorgoverleg for next January, in this December, is there too (December needs one).
    expect(plan.at(-1)).toMatchObject({ soort: 'zorgoverleg', datum: '2027-12-23', voorOverleg: '2028-01-06' });
    expect(plan.at(-1)!.vorigJaar).toBeUndefined();
    expect(planningControleren(plan, 2027)).toEqual([]);
  });

  it.each([
    // year, options, month, expected casusoverleg, the holiday that moved it
    [2026, {}, '2026-01', '2026-01-22', 'Nieuwjaarsdag'], // zorgoverleg would be 1 January
    [2026, { weekVanDeMaand: 2 }, '2026-05', '2026-05-21', 'Hemelvaartsdag'], // 14 May
    [2027, { weekdag: 1, weekVanDeMaand: 2 }, '2027-04', '2027-04-19', 'Tweede paasdag'], // zorgoverleg 29 March
    [2026, { weekdag: 1, weekVanDeMaand: 4 }, '2026-05', '2026-05-18', 'Tweede pinksterdag'], // 25 May; 1 June leaves May
    [2026, { weekdag: 2, weekVanDeMaand: 1 }, '2026-05', '2026-05-12', 'Bevrijdingsdag'], // 5 May
    [2026, { weekdag: 1, weekVanDeMaand: 4 }, '2026-04', '2026-04-13', 'Koningsdag'], // 27 April; 20 April has its zorgoverleg on Easter Monday
    [2025, { weekdag: 4, weekVanDeMaand: 4 }, '2025-12', '2025-12-18', 'Eerste kerstdag'], // 25 December; 1 January leaves December
  ] as const)('%i %j: casusoverleg in %s op %s, weg van %s', (jaar, opties, maand, verwacht, feestdag) => {
    const plan = jaarplanVoorstellen(jaar, opties);
    const c = plan.find((o) => o.soort === 'casusoverleg' && o.datum.startsWith(maand))!;
    expect(c.datum).toBe(verwacht);
    expect(c.verschoven?.map((v) => v.feestdag)).toContain(feestdag);
    expect(planningControleren(plan, jaar)).toEqual([]);
  });

  it('elke weekdag en elke week van de maand, 2026–2035: geen feestdag, geen dubbele dag, geen waarschuwing', () => {
    for (const jaar of JAREN) {
      const vrij = new Set([...feestdagen(jaar - 1).keys(), ...feestdagen(jaar).keys(), ...feestdagen(jaar + 1).keys()]);
      for (const weekdag of [1, 2, 3, 4, 5] as const) {
        for (const weekVanDeMaand of [1, 2, 3, 4] as const) {
          const plan = jaarplanVoorstellen(jaar, { weekdag, weekVanDeMaand });
          const waar = `${jaar}, weekdag ${weekdag}, week ${weekVanDeMaand}`;
          expect(plan.filter((o) => vrij.has(o.datum)), waar).toEqual([]);
          expect(new Set(plan.map((o) => o.datum)).size, waar).toBe(plan.length);
          expect(van('casusoverleg', plan), waar).toHaveLength(12);
          expect(planningControleren(plan, jaar), waar).toEqual([]);
        }
      }
    }
  });

  it('elke weekdag en elke week, 1990–2100: geen waarschuwing, niets van volgend jaar, vorig jaar alleen gemarkeerd', () => {
    // The promise in the comment of jaarplanVoorstellen, checked over the whole range it names: the
    // guards for the extra zorgoverleg (art. 12.28) only come into play in a few years outside 2026–2035.
    for (let jaar = 1990; jaar <= 2100; jaar++) {
      for (const weekdag of [1, 2, 3, 4, 5] as const) {
        for (const weekVanDeMaand of [1, 2, 3, 4] as const) {
          const plan = jaarplanVoorstellen(jaar, { weekdag, weekVanDeMaand });
          const waar = `${jaar}, weekdag ${weekdag}, week ${weekVanDeMaand}`;
          const meldingen = planningControleren(plan, jaar);
          if (meldingen.length > 0) expect(meldingen, waar).toEqual([]);
          // Next January's casusoverleg and a zorgoverleg in next January belong to next year's plan.
          const laat = plan.filter((o) => o.datum > `${jaar}-12-31`);
          if (laat.length > 0) expect(laat, waar).toEqual([]);
          const vroeg = plan.filter((o) => (o.datum < `${jaar}-01-01`) !== (o.vorigJaar === true));
          if (vroeg.length > 0) expect(vroeg, waar).toEqual([]);
        }
      }
    }
  });

  it('art. 12.28: een extra zorgoverleg komt niet binnen 14 dagen vóór een casusoverleg (2071, maandag, week 4)', () => {
    // April 2071: Koningsdag (27 April) and Easter Monday (20 April) push the casusoverleg to 13 April, its
    // zorgoverleg to 30 March, so April needs an extra zorgoverleg. Monday 6 April is free but lies 7 days
    // before 13 April and would become its latest zorgoverleg: the extra one goes on 14 April instead.
    const plan = jaarplanVoorstellen(2071, { weekdag: 1, weekVanDeMaand: 4 });
    const extra = plan.filter((o) => o.soort === 'zorgoverleg' && o.toelichting.startsWith('Extra zorgoverleg'));
    expect(extra.length).toBeGreaterThan(0);
    const casusdagen = plan.filter((o) => o.soort === 'casusoverleg').map((o) => Date.parse(o.datum) / 86_400_000);
    expect(extra.map((o) => o.datum)).toEqual(['2071-04-14']);
    for (const z of extra) {
      const dag = Date.parse(z.datum) / 86_400_000;
      expect(casusdagen.filter((c) => c - dag >= 0 && c - dag < 14), z.datum).toEqual([]);
    }
    expect(planningControleren(plan, 2071)).toEqual([]);
  });

  it('het hele standaardplan van 2026, met de toelichting bij elke soort', () => {
    // Third Thursdays (January's moved a week: its zorgoverleg would fall on Nieuwjaarsdag), each zorgoverleg
    // two weeks before; the stuurgroep on the fourth Thursday of March and September, its zorggroep two weeks before.
    const plan = jaarplanVoorstellen(2026);
    expect(plan.map((o) => [o.datum, o.soort])).toEqual([
      ['2026-01-08', 'zorgoverleg'], ['2026-01-22', 'casusoverleg'], ['2026-02-05', 'zorgoverleg'], ['2026-02-19', 'casusoverleg'],
      ['2026-03-05', 'zorgoverleg'], ['2026-03-12', 'zorggroep'], ['2026-03-19', 'casusoverleg'], ['2026-03-26', 'stuurgroep'],
      ['2026-04-02', 'zorgoverleg'], ['2026-04-16', 'casusoverleg'], ['2026-05-07', 'zorgoverleg'], ['2026-05-21', 'casusoverleg'],
      ['2026-06-04', 'zorgoverleg'], ['2026-06-18', 'casusoverleg'], ['2026-07-02', 'zorgoverleg'], ['2026-07-16', 'casusoverleg'],
      ['2026-08-06', 'zorgoverleg'], ['2026-08-20', 'casusoverleg'], ['2026-09-03', 'zorgoverleg'], ['2026-09-10', 'zorggroep'],
      ['2026-09-17', 'casusoverleg'], ['2026-09-24', 'stuurgroep'], ['2026-10-01', 'zorgoverleg'], ['2026-10-15', 'casusoverleg'],
      ['2026-11-05', 'zorgoverleg'], ['2026-11-19', 'casusoverleg'], ['2026-12-03', 'zorgoverleg'], ['2026-12-17', 'casusoverleg'],
    ]);
    const nieuwjaar = [{ datum: '2026-01-01', feestdag: 'Nieuwjaarsdag' }];
    expect(plan.slice(0, 2)).toEqual([
      { soort: 'zorgoverleg', datum: '2026-01-08', voorOverleg: '2026-01-22', toelichting: 'Zorgoverleg 14 dagen voor het casusoverleg van 22-01-2026 (art. 12.28).', verschoven: nieuwjaar },
      { soort: 'casusoverleg', datum: '2026-01-22', toelichting: 'Casusoverleg van januari (art. 12.8: minimaal eenmaal per maand).', verschoven: nieuwjaar },
    ]);
    expect(plan.filter((o) => o.soort === 'stuurgroep' || o.soort === 'zorggroep')).toEqual([
      { soort: 'zorggroep', datum: '2026-03-12', voorOverleg: '2026-03-26', toelichting: 'Zorggroep ter voorbereiding van de stuurgroep van 26-03-2026 (art. 11.7).' },
      { soort: 'stuurgroep', datum: '2026-03-26', toelichting: 'Stuurgroep, eerste halfjaar (art. 11.4: tenminste 2 keer per jaar).' },
      { soort: 'zorggroep', datum: '2026-09-10', voorOverleg: '2026-09-24', toelichting: 'Zorggroep ter voorbereiding van de stuurgroep van 24-09-2026 (art. 11.7).' },
      { soort: 'stuurgroep', datum: '2026-09-24', toelichting: 'Stuurgroep, tweede halfjaar (art. 11.4: tenminste 2 keer per jaar).' },
    ]);
    expect(plan.find((o) => o.datum === '2026-02-19')).toEqual({ soort: 'casusoverleg', datum: '2026-02-19', toelichting: 'Casusoverleg van februari (art. 12.8: minimaal eenmaal per maand).' });
  });

  it('het extra zorgoverleg heeft zijn eigen toelichting en bereidt geen casusoverleg voor', () => {
    const [extra] = jaarplanVoorstellen(2071, { weekdag: 1, weekVanDeMaand: 4 }).filter((o) => o.toelichting.startsWith('Extra'));
    expect(extra).toEqual({ soort: 'zorgoverleg', datum: '2071-04-14', toelichting: 'Extra zorgoverleg: anders valt er in april geen zorgoverleg (art. 12.28: minimaal 1 keer per maand).' });
  });

  it('de gregoriaanse kalender: 1583 tot en met 9999', () => {
    expect(paaszondag(1583)).toBe('1583-04-10');
    expect(paaszondag(9999)).toMatch(/^9999-0[34]-\d{2}$/); // accepted: the last year of the range
    expect(() => paaszondag(1582)).toThrow('1582 is geen jaartal in de gregoriaanse kalender.');
    expect(() => paaszondag(10_000)).toThrow(RangeError);
    expect(() => planningControleren([], 1582)).toThrow(RangeError);
    expect(() => jaarplanVoorstellen(2026, { weekdag: 0 } as unknown as Planopties)).toThrow('weekdag is 1 (maandag) tot en met 5 (vrijdag).');
    expect(() => jaarplanVoorstellen(2026, { weekVanDeMaand: 0 } as unknown as Planopties)).toThrow('weekVanDeMaand is 1 tot en met 4.');
    expect(() => jaarplanVoorstellen(2026, { weekdag: 2.5 } as unknown as Planopties)).toThrow(RangeError);
    expect(() => planningControleren([casus('2026-1-15')], 2026)).toThrow('"2026-1-15" is geen geldige datum; gebruik JJJJ-MM-DD.');
    expect(() => planningControleren([casus(' 2026-01-15')], 2026)).toThrow(RangeError);
    expect(() => planningControleren([casus('2026-01-15x')], 2026)).toThrow(RangeError);
  });

  it('meldingen: "1 dag" enkelvoud, een zorggroep op dezelfde dag, en alles op datumvolgorde', () => {
    expect(planningControleren([zorg('2026-01-30'), casus('2026-01-31')], 2026).filter((w) => w.datums.length > 0).map((w) => w.melding)).toEqual([
      'Het casusoverleg van 31-01-2026 valt maar 1 dag na het zorgoverleg van 30-01-2026, terwijl het minimaal zeven dagen na het gehouden zorgoverleg plaatsvindt (art. 12.8).',
      'Het zorgoverleg van 30-01-2026 valt maar 1 dag vóór het casusoverleg van 31-01-2026, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).',
    ]);
    expect(planningControleren([stuurgroep('2026-03-19'), zorggroep('2026-03-19')], 2026).filter((w) => w.artikel === 'art. 11.7' && perStuurgroep(w))).toEqual([
      {
        artikel: 'art. 11.7',
        soort: 'zorggroep',
        datums: ['2026-03-19', '2026-03-19'],
        melding: 'Vóór de stuurgroep van 19-03-2026 is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor; de zorggroep van 19-03-2026 valt op dezelfde dag (art. 11.7).',
      },
    ]);
    const volgorde = planningControleren([zorg('2026-03-10'), casus('2026-03-12'), stuurgroep('2026-02-05')], 2026).map((w) => [w.artikel, w.datums[0] ?? '']);
    expect(volgorde.slice(0, 7)).toEqual([
      ['art. 12.8', ''], // januari
      ['art. 12.28', ''],
      ['art. 12.8', ''], // februari
      ['art. 12.28', ''],
      ['art. 11.7', '2026-02-05'],
      ['art. 12.8', '2026-03-10'],
      ['art. 12.28', '2026-03-10'],
    ]);
    expect(volgorde.slice(-2)).toEqual([
      ['art. 11.4', '2026-02-05'], // keyed on 31 December
      ['art. 11.7', ''], // the yearly count of the zorggroep, also on 31 December
    ]);
    expect(volgorde).toHaveLength(27);
  });

  it('weigert wat geen jaar, weekdag of week is', () => {
    expect(() => jaarplanVoorstellen(2026.5)).toThrow(RangeError);
    // As a form or the command line could send them, past the type.
    expect(() => jaarplanVoorstellen(2026, { weekdag: 6 } as unknown as Planopties)).toThrow(/weekdag/);
    expect(() => jaarplanVoorstellen(2026, { weekVanDeMaand: 5 } as unknown as Planopties)).toThrow(/weekVanDeMaand/);
    expect(() => planningControleren([casus('2026-02-30')], 2026)).toThrow(/2026-02-30/);
    expect(() => planningControleren([casus('15-01-2026')], 2026)).toThrow(/JJJJ-MM-DD/);
  });
});
