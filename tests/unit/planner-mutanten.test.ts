/**
 * Tests aimed at the mutants that survived in reports/mutatie/planner.json (docs/mutatietests.md). One rule for
 * this file, about how Stryker's vitest runner records a verdict: every call of the planner happens inside an
 * `it`, never in a `describe` body. A mutant that makes a call at collection time throw empties the whole file,
 * and a file without tests counts as "Survived". (Regex characters in test names are harmless: the runner
 * escapes the names it selects; tests named with brackets and parentheses kill mutants in the report.)
 *
 * Every expected date is derived by hand in a comment next to it.
 */
import { describe, expect, it } from 'vitest';
import {
  feestdagen,
  jaarplanVoorstellen,
  paaszondag,
  planningControleren,
  type GeplandOverleg,
  type Planopties,
} from '../../electron/backend/overleg/planner';

const zorg = (datum: string): GeplandOverleg => ({ soort: 'zorgoverleg', datum });
const casus = (datum: string): GeplandOverleg => ({ soort: 'casusoverleg', datum });
const stuurgroep = (datum: string): GeplandOverleg => ({ soort: 'stuurgroep', datum });
const zorggroep = (datum: string): GeplandOverleg => ({ soort: 'zorggroep', datum });
const DAG = 86_400_000;

describe('art. 12.8 en 12.28: het voorstel, berekend binnen de test', () => {
  it('art. 12.8 en 12.28: 2026 standaard op de derde donderdag, januari een week later, elk zorgoverleg 14 dagen ervoor', () => {
    const plan = jaarplanVoorstellen(2026);
    // Third Thursdays of 2026; January's third (15 January) would put its zorgoverleg on 1 January.
    expect(plan.filter((o) => o.soort === 'casusoverleg').map((o) => o.datum)).toEqual([
      '2026-01-22', '2026-02-19', '2026-03-19', '2026-04-16', '2026-05-21', '2026-06-18',
      '2026-07-16', '2026-08-20', '2026-09-17', '2026-10-15', '2026-11-19', '2026-12-17',
    ]);
    const zorgoverleggen = plan.filter((o) => o.soort === 'zorgoverleg');
    expect(zorgoverleggen).toHaveLength(12); // next January's casusoverleg is 21 January 2027, its zorgoverleg 7 January 2027: not in this plan
    for (const z of zorgoverleggen) expect(Date.parse(z.voorOverleg!) - Date.parse(z.datum)).toBe(14 * DAG);
    expect(zorgoverleggen[0]).toMatchObject({ datum: '2026-01-08', verschoven: [{ datum: '2026-01-01', feestdag: 'Nieuwjaarsdag' }] });
    expect(zorgoverleggen[0]!.toelichting).toBe('Zorgoverleg 14 dagen voor het casusoverleg van 22-01-2026 (art. 12.28).');
    expect(planningControleren(plan, 2026)).toEqual([]);
  });

  it('art. 11.4 en 11.7: stuurgroep op de vierde donderdag van maart en september, zorggroep 14 dagen ervoor', () => {
    const plan = jaarplanVoorstellen(2026);
    // Week 3 + 1 = the fourth Thursday: 26 March and 24 September 2026; minus 14 days: 12 March and 10 September.
    expect(plan.filter((o) => o.soort === 'stuurgroep' || o.soort === 'zorggroep').map((o) => [o.soort, o.datum])).toEqual([
      ['zorggroep', '2026-03-12'],
      ['stuurgroep', '2026-03-26'],
      ['zorggroep', '2026-09-10'],
      ['stuurgroep', '2026-09-24'],
    ]);
    expect(plan.find((o) => o.datum === '2026-09-24')!.toelichting).toBe('Stuurgroep, tweede halfjaar (art. 11.4: tenminste 2 keer per jaar).');
  });

  it('art. 11.4: bij week 1 valt de stuurgroep in week 2, niet in week 4', () => {
    const plan = jaarplanVoorstellen(2026, { weekVanDeMaand: 1 });
    // Thursdays of March 2026: 5, 12, 19, 26. The casusoverleg is on 5 March (zorgoverleg 19 February), April's on
    // 2 April (zorgoverleg 19 March). Week 1 + 1 = week 2: the stuurgroep on 12 March, free, its zorggroep on 26 February.
    const maart = plan.filter((o) => o.soort === 'stuurgroep' || o.soort === 'zorggroep').slice(0, 2);
    expect(maart.map((o) => [o.soort, o.datum])).toEqual([
      ['zorggroep', '2026-02-26'],
      ['stuurgroep', '2026-03-12'],
    ]);
    expect(planningControleren(plan, 2026)).toEqual([]);
  });

  it('art. 12.8: een casusoverleg dat om twee feestdagen verschuift, noemt ze allebei, in de volgorde van proberen', () => {
    // Mondays of April 2026: 6, 13, 20, 27; week 4 tries 27, 20, 13, 6. 27 April is Koningsdag; 20 April has its
    // zorgoverleg on 6 April, Easter Monday (Easter 2026: 5 April); 13 April with its zorgoverleg on 30 March fits.
    const april = jaarplanVoorstellen(2026, { weekdag: 1, weekVanDeMaand: 4 }).find((o) => o.soort === 'casusoverleg' && o.datum.startsWith('2026-04'))!;
    expect(april.datum).toBe('2026-04-13');
    expect(april.verschoven).toEqual([
      { datum: '2026-04-27', feestdag: 'Koningsdag' },
      { datum: '2026-04-06', feestdag: 'Tweede paasdag' },
    ]);
  });

  it('art. 12.28: mei 1994, geen week met 14 dagen ervoor vrij, dan het zorgoverleg 21 dagen ervoor', () => {
    // Thursdays of May 1994: 5, 12, 19, 26; Easter 3 April, so Ascension is 12 May; 5 May is Bevrijdingsdag.
    // Week 3 tries 19 (zorgoverleg 5 May), 26 (zorgoverleg 12 May), 12 and 5 themselves: all on a holiday, each
    // holiday listed once. Then 21 days: 19 May with its zorgoverleg on Thursday 28 April (April's pair: 21 and 7 April).
    const plan = jaarplanVoorstellen(1994);
    const mei = plan.find((o) => o.soort === 'casusoverleg' && o.datum.startsWith('1994-05'))!;
    expect(mei.datum).toBe('1994-05-19');
    expect(mei.verschoven).toEqual([
      { datum: '1994-05-05', feestdag: 'Bevrijdingsdag' },
      { datum: '1994-05-12', feestdag: 'Hemelvaartsdag' },
    ]);
    const z = plan.find((o) => o.soort === 'zorgoverleg' && o.voorOverleg === '1994-05-19')!;
    expect(z.datum).toBe('1994-04-28');
    expect(z.toelichting).toBe('Zorgoverleg 21 dagen voor het casusoverleg van 19-05-1994 (art. 12.28).');
    expect(planningControleren(plan, 1994)).toEqual([]);
  });

  it('art. 12.28: april 2071, maandag week 4, krijgt een extra zorgoverleg op dinsdag 14 april', () => {
    // Mondays of April 2071: 6, 13, 20, 27. 27 April is Koningsdag, 20 April Easter Monday (Easter 19 April 2071), so
    // the casusoverleg is 13 April with its zorgoverleg on 30 March: April has none. The Mondays: 27 and 20 are
    // holidays, 13 is taken, 6 lies 7 days before 13 April. Other working days in date order: 1 to 10 April lie
    // within 14 days before 13 April; Tuesday 14 April is the first that does not.
    const plan = jaarplanVoorstellen(2071, { weekdag: 1, weekVanDeMaand: 4 });
    expect(plan.filter((o) => o.soort === 'zorgoverleg' && o.datum.startsWith('2071-04'))).toEqual([
      { soort: 'zorgoverleg', datum: '2071-04-14', toelichting: 'Extra zorgoverleg: anders valt er in april geen zorgoverleg (art. 12.28: minimaal 1 keer per maand).' },
    ]);
    expect(planningControleren(plan, 2071)).toEqual([]);
  });

  it('art. 12.28: april 1609, maandag week 2, het extra zorgoverleg op de eerste vrije werkdag, dinsdag 14 april', () => {
    // Easter 1609 was 19 April. April's casusoverleg is Monday 13 April (zorgoverleg 30 March), so April needs an extra
    // zorgoverleg. The Mondays, week 2 first: 13 is taken, 20 is Tweede paasdag, 27 Koningsdag, 6 lies 7 days before
    // 13 April. Then every working day in date order: 1 to 10 April lie within 14 days before 13 April, Tuesday 14
    // April is the first free one (May's casusoverleg is 18 May). Not 24 April, which comes first in no order of dates.
    const plan = jaarplanVoorstellen(1609, { weekdag: 1, weekVanDeMaand: 2 });
    expect(plan.filter((o) => o.datum.startsWith('1609-04')).map((o) => [o.soort, o.datum])).toEqual([
      ['casusoverleg', '1609-04-13'],
      ['zorgoverleg', '1609-04-14'],
    ]);
    expect(planningControleren(plan, 1609)).toEqual([]);
  });

  it('de grenzen van weekdag en week worden aanvaard: maandag, vrijdag, week 1 en week 4', () => {
    for (const opties of [{ weekdag: 1 }, { weekdag: 5 }, { weekVanDeMaand: 1 }, { weekVanDeMaand: 4 }] as Planopties[]) {
      const plan = jaarplanVoorstellen(2026, opties);
      expect(plan.filter((o) => o.soort === 'casusoverleg'), JSON.stringify(opties)).toHaveLength(12);
    }
    // 2 February 2026 is a Monday: the first Monday; 6 February the first Friday.
    expect(jaarplanVoorstellen(2026, { weekdag: 1, weekVanDeMaand: 1 }).find((o) => o.soort === 'casusoverleg' && o.datum.startsWith('2026-02'))!.datum).toBe('2026-02-02');
    expect(jaarplanVoorstellen(2026, { weekdag: 5, weekVanDeMaand: 1 }).find((o) => o.soort === 'casusoverleg' && o.datum.startsWith('2026-02'))!.datum).toBe('2026-02-06');
    for (const fout of [{ weekdag: 0 }, { weekdag: 6 }, { weekdag: 2.5 }, { weekVanDeMaand: 0 }, { weekVanDeMaand: 5 }, { weekVanDeMaand: 1.5 }]) {
      expect(() => jaarplanVoorstellen(2026, fout as unknown as Planopties), JSON.stringify(fout)).toThrow(RangeError);
    }
  });
});

describe('de kalender: jaartallen, datums, Pasen en feestdagen', () => {
  it('de gregoriaanse kalender: 1583 en 9999 aanvaard, 1582, 10000 en 2026,5 geweigerd', () => {
    expect(paaszondag(1583)).toBe('1583-04-10');
    expect(() => paaszondag(9999)).not.toThrow();
    expect(() => paaszondag(1582)).toThrow(RangeError);
    expect(() => paaszondag(10_000)).toThrow(RangeError);
    expect(() => paaszondag(2026.5)).toThrow(RangeError);
    expect(() => planningControleren([], 1582)).toThrow(RangeError);
    expect(() => jaarplanVoorstellen(10_000)).toThrow(RangeError);
  });

  it('paaszondag in de jaren waarin de correctie van Meeus een week terugzet: 1981 en 2049', () => {
    // The 26/25 April exceptions of the Gregorian computus: Easter 1981 was 19 April, Easter 2049 is 18 April.
    expect(paaszondag(1981)).toBe('1981-04-19');
    expect(paaszondag(2049)).toBe('2049-04-18');
    expect(paaszondag(2026)).toBe('2026-04-05');
  });

  it('feestdagen staan op datumvolgorde, ook als Hemelvaart vóór Bevrijdingsdag valt: 2008', () => {
    // Easter 2008: 23 March; Ascension +39 = 1 May, before 5 May; 27 April 2008 is a Sunday, so Koningsdag is 26 April.
    expect([...feestdagen(2008)]).toEqual([
      ['2008-01-01', 'Nieuwjaarsdag'],
      ['2008-03-23', 'Eerste paasdag'],
      ['2008-03-24', 'Tweede paasdag'],
      ['2008-04-26', 'Koningsdag'],
      ['2008-05-01', 'Hemelvaartsdag'],
      ['2008-05-05', 'Bevrijdingsdag'],
      ['2008-05-11', 'Eerste pinksterdag'],
      ['2008-05-12', 'Tweede pinksterdag'],
      ['2008-12-25', 'Eerste kerstdag'],
      ['2008-12-26', 'Tweede kerstdag'],
    ]);
  });

  it('datums: een geldige datum wordt gelezen, een onmogelijke of anders geschreven geweigerd', () => {
    // 2 January → 15 January: 13 days, so art. 12.28 and not art. 12.8.
    const [w] = planningControleren([zorg('2026-01-02'), casus('2026-01-15')], 2026).filter((m) => m.datums.length > 0);
    expect(w).toEqual({
      artikel: 'art. 12.28',
      soort: 'zorgoverleg',
      datums: ['2026-01-02', '2026-01-15'],
      melding: 'Het zorgoverleg van 02-01-2026 valt maar 13 dagen vóór het casusoverleg van 15-01-2026, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).',
    });
    for (const fout of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-1-15', '26-01-15', 'x2026-01-15', '2026-01-15 ']) {
      expect(() => planningControleren([casus(fout)], 2026), fout).toThrow(RangeError);
    }
    // A leap day exists in 2028 only.
    expect(() => planningControleren([casus('2028-02-29')], 2028)).not.toThrow();
    expect(() => planningControleren([casus('2027-02-29')], 2027)).toThrow(RangeError);
  });
});

describe('art. 12.8 en 12.28: de controle', () => {
  it('art. 12.8 en 12.28: een leeg jaar geeft per maand twee meldingen zonder datums, januari eerst', () => {
    const meldingen = planningControleren([], 2026);
    expect(meldingen).toHaveLength(26); // 12 × art. 12.8, 12 × art. 12.28, 1 × art. 11.4, 1 × art. 11.7 (no zorggroep)
    expect(meldingen[0]).toEqual({
      artikel: 'art. 12.8',
      soort: 'casusoverleg',
      datums: [],
      melding: 'In januari 2026 is geen casusoverleg gepland, terwijl het casusoverleg minimaal eenmaal per maand plaatsvindt (art. 12.8).',
    });
    expect(meldingen[23]).toMatchObject({ artikel: 'art. 12.28', soort: 'zorgoverleg', melding: expect.stringContaining('In december 2026') });
    expect(meldingen[24]).toMatchObject({ artikel: 'art. 11.4', soort: 'stuurgroep', datums: [] });
  });

  it('art. 12.8 en 12.28: een zorgoverleg op de dag van het casusoverleg telt als het laatste, 0 dagen', () => {
    const meldingen = planningControleren([zorg('2026-01-31'), casus('2026-01-31')], 2026).filter((w) => w.datums.length > 0);
    expect(meldingen).toEqual([
      {
        artikel: 'art. 12.8',
        soort: 'casusoverleg',
        datums: ['2026-01-31', '2026-01-31'],
        melding: 'Het casusoverleg van 31-01-2026 valt op dezelfde dag als het zorgoverleg van 31-01-2026, terwijl het minimaal zeven dagen na het gehouden zorgoverleg plaatsvindt (art. 12.8).',
      },
      {
        artikel: 'art. 12.28',
        soort: 'zorgoverleg',
        datums: ['2026-01-31', '2026-01-31'],
        melding: 'Het zorgoverleg van 31-01-2026 valt op dezelfde dag als het casusoverleg van 31-01-2026, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).',
      },
    ]);
  });

  it('art. 12.8 en 12.28: zonder zorgoverleg ervoor twee meldingen met elk hun eigen zin', () => {
    const meldingen = planningControleren([casus('2026-05-21')], 2026).filter((w) => w.datums.length > 0);
    expect(meldingen.map((w) => [w.artikel, w.soort, w.datums])).toEqual([
      ['art. 12.8', 'casusoverleg', ['2026-05-21']],
      ['art. 12.28', 'zorgoverleg', ['2026-05-21']],
    ]);
    expect(meldingen[1]!.melding).toBe(
      'Vóór het casusoverleg van 21-05-2026 is geen zorgoverleg gepland, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).',
    );
  });

  it('art. 12.28: het laatste zorgoverleg telt, ook als de overleggen niet op datumvolgorde binnenkomen', () => {
    // 10 March is the latest zorgoverleg before 19 March: 9 days, so art. 12.28 (and not art. 12.8: 9 >= 7).
    const meldingen = planningControleren([zorg('2026-03-10'), casus('2026-03-19'), zorg('2026-03-01')], 2026).filter((w) => w.datums.length > 0);
    expect(meldingen.map((w) => [w.artikel, w.datums])).toEqual([['art. 12.28', ['2026-03-10', '2026-03-19']]]);
  });
});

describe('art. 11.4 en 11.7: stuurgroep en zorggroep', () => {
  it('art. 11.4: de melding bij één stuurgroep noemt die datum', () => {
    const [w] = planningControleren([stuurgroep('2026-09-24'), zorggroep('2026-09-10')], 2026).filter((m) => m.artikel === 'art. 11.4');
    expect(w).toEqual({
      artikel: 'art. 11.4',
      soort: 'stuurgroep',
      datums: ['2026-09-24'],
      melding: 'In 2026 is de stuurgroep maar één keer gepland (24-09-2026), terwijl de stuurgroep tenminste 2 keer per jaar bijeenkomt (art. 11.4).',
    });
  });

  it('art. 11.7: een zorggroep na de stuurgroep in hetzelfde halfjaar bereidt hem niet voor', () => {
    const meldingen = planningControleren([stuurgroep('2026-03-19'), zorggroep('2026-03-26'), stuurgroep('2026-09-24'), zorggroep('2026-09-10')], 2026);
    expect(meldingen.filter((w) => w.artikel === 'art. 11.7').map((w) => w.datums)).toEqual([['2026-03-19', '2026-03-26']]);
  });

  it('art. 11.7: het tweede halfjaar van 2026 is niet het eerste halfjaar van 2028', () => {
    // 6 August 2026 → 10 February 2028: far more than 60 days, and another half year.
    const meldingen = planningControleren([zorggroep('2026-08-06'), stuurgroep('2028-02-10'), stuurgroep('2028-09-21'), zorggroep('2028-09-07')], 2028);
    expect(meldingen.filter((w) => w.artikel === 'art. 11.7' && !w.melding.startsWith('In 20')).map((w) => w.datums)).toEqual([['2028-02-10']]);
  });

  it('art. 11.7: een zorggroep in januari bereidt een stuurgroep in juni voor, zelfde halfjaar', () => {
    const meldingen = planningControleren([zorggroep('2026-01-08'), stuurgroep('2026-06-25'), zorggroep('2026-09-10'), stuurgroep('2026-09-24')], 2026);
    expect(meldingen.filter((w) => w.artikel.startsWith('art. 11'))).toEqual([]);
  });
});

describe('de randen van de kalender', () => {
  it('een jaarplan kan voor 1584 tot en met 9998: het kijkt ook naar december ervoor en januari erna', () => {
    // January's zorgoverleg may fall in December of the year before, and next January's casusoverleg decides
    // December's zorgoverleg (art. 12.28): both neighbouring years need their holidays, so both must lie in
    // the Gregorian range 1583–9999 that paaszondag accepts.
    for (const jaar of [1584, 9998]) {
      for (const weekdag of [1, 2, 3, 4, 5] as const) {
        for (const weekVanDeMaand of [1, 2, 3, 4] as const) {
          const plan = jaarplanVoorstellen(jaar, { weekdag, weekVanDeMaand });
          expect(planningControleren(plan, jaar), `${jaar}, weekdag ${weekdag}, week ${weekVanDeMaand}`).toEqual([]);
        }
      }
    }
    const melding = (jaar: number) => `${jaar} valt buiten het bereik van een jaarplan: 1584 tot en met 9998 (het plan kijkt ook naar december van het jaar ervoor en januari van het jaar erna).`;
    expect(() => jaarplanVoorstellen(1583)).toThrow(melding(1583));
    expect(() => jaarplanVoorstellen(9999)).toThrow(melding(9999));
    expect(() => jaarplanVoorstellen(1583, { weekdag: 1, weekVanDeMaand: 1 })).toThrow(RangeError);
    expect(() => jaarplanVoorstellen(2026.5)).toThrow(RangeError);
  });

  it('een jaar vóór 1970, waar de dagnummers negatief zijn: 1969 zonder waarschuwing', () => {
    // The planner counts days from 1 January 1970; before that the day numbers are negative, and a sum where a
    // difference belongs would still look like "within 14 days" (art. 12.28).
    for (const weekdag of [1, 2, 3, 4, 5] as const) {
      for (const weekVanDeMaand of [1, 2, 3, 4] as const) {
        const plan = jaarplanVoorstellen(1969, { weekdag, weekVanDeMaand });
        expect(planningControleren(plan, 1969), `weekdag ${weekdag}, week ${weekVanDeMaand}`).toEqual([]);
      }
    }
  });
});

describe('art. 11.4 en 11.7: het voorstel voor de stuurgroep', () => {
  it('art. 11.4: maart 1997, maandag week 4, de stuurgroep wijkt uit voor Tweede paasdag en noemt die één keer', () => {
    // Mondays of March 1997: 3, 10, 17, 24, 31; Easter was 30 March, so 31 March is Tweede paasdag. The stuurgroep
    // takes the fourth week (week 4 + 1, at most 4): 24 March is the casusoverleg's day, 31 March a holiday, then the
    // weeks before, nearest first: 17 March, with its zorggroep on 3 March.
    const plan = jaarplanVoorstellen(1997, { weekdag: 1, weekVanDeMaand: 4 });
    const tweedePaasdag = [{ datum: '1997-03-31', feestdag: 'Tweede paasdag' }];
    expect(plan.filter((o) => o.soort === 'casusoverleg' && o.datum.startsWith('1997-03')).map((o) => o.datum)).toEqual(['1997-03-24']);
    expect(plan.filter((o) => (o.soort === 'stuurgroep' || o.soort === 'zorggroep') && o.datum.startsWith('1997-03'))).toEqual([
      { soort: 'zorggroep', datum: '1997-03-03', voorOverleg: '1997-03-17', toelichting: 'Zorggroep ter voorbereiding van de stuurgroep van 17-03-1997 (art. 11.7).', verschoven: tweedePaasdag },
      { soort: 'stuurgroep', datum: '1997-03-17', toelichting: 'Stuurgroep, eerste halfjaar (art. 11.4: tenminste 2 keer per jaar).', verschoven: tweedePaasdag },
    ]);
  });

  it('art. 11.7: zonder enige zorggroep noemt de melding alleen de stuurgroep', () => {
    // No zorggroep at all, and one long before in another half year (1 November 2025, 101 days before 10 February
    // 2026): neither prepares the stuurgroep, and neither falls after it, so the sentence ends at "ervoor".
    const perStuurgroep = (w: { artikel: string; melding: string }) => w.artikel === 'art. 11.7' && !w.melding.startsWith('In 20');
    const zonder = planningControleren([stuurgroep('2026-03-19'), stuurgroep('2026-09-24'), zorggroep('2026-09-10')], 2026).filter(perStuurgroep);
    expect(zonder).toEqual([
      { artikel: 'art. 11.7', soort: 'zorggroep', datums: ['2026-03-19'], melding: 'Vóór de stuurgroep van 19-03-2026 is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor (art. 11.7).' },
    ]);
    const teVroeg = planningControleren([zorggroep('2025-11-01'), stuurgroep('2026-02-10'), stuurgroep('2026-09-24'), zorggroep('2026-09-10')], 2026).filter(perStuurgroep);
    expect(teVroeg.map((w) => w.melding)).toEqual(['Vóór de stuurgroep van 10-02-2026 is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor (art. 11.7).']);
  });
});

describe('art. 11.7: het halfjaar loopt van 1 januari tot en met 30 juni en van 1 juli tot en met 31 december', () => {
  // A March stuurgroep with its zorggroep, so only the stuurgroep under test can draw an art. 11.7 warning.
  const maart = [zorggroep('2026-03-12'), stuurgroep('2026-03-26')];
  const melding11punt7 = (plan: GeplandOverleg[]) => planningControleren(plan, 2026).filter((w) => w.artikel === 'art. 11.7');

  it('art. 11.7: een zorggroep op 1 juli bereidt een stuurgroep op 17 december voor, 169 dagen later maar in hetzelfde halfjaar', () => {
    expect(melding11punt7([...maart, zorggroep('2026-07-01'), stuurgroep('2026-12-17')])).toEqual([]);
  });

  it('art. 11.7: een zorggroep op 1 juli valt niet meer in het halfjaar van een stuurgroep op 25 juni en wordt dus niet genoemd', () => {
    // 25 June has no zorggroep before it; the one of 1 July lies after it, but in the next half year.
    expect(melding11punt7([zorggroep('2026-07-01'), stuurgroep('2026-06-25'), zorggroep('2026-09-10'), stuurgroep('2026-09-24')])).toEqual([
      { artikel: 'art. 11.7', soort: 'zorggroep', datums: ['2026-06-25'], melding: 'Vóór de stuurgroep van 25-06-2026 is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor (art. 11.7).' },
    ]);
  });

  it('art. 11.7: een zorggroep pas na een stuurgroep in het tweede halfjaar wordt in de melding genoemd', () => {
    expect(melding11punt7([...maart, stuurgroep('2026-09-24'), zorggroep('2026-10-01')])).toEqual([
      {
        artikel: 'art. 11.7',
        soort: 'zorggroep',
        datums: ['2026-09-24', '2026-10-01'],
        melding: 'Vóór de stuurgroep van 24-09-2026 is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor; de zorggroep van 01-10-2026 valt erna (art. 11.7).',
      },
    ]);
  });
});
