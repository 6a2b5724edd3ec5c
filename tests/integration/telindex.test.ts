/**
 * Speed of the report and the start page's charts (issue 12 §6; docs/ontwerp.md §9 and §13, ADR 0044) on a real
 * SQLCipher file, without asserting a time: every count the query layer sends to the analysis store is read
 * from a covering index (`analyse_*_telling`, migration 0440) without a temporary sort, the start page and the
 * report each count the signals in one pass, and the tables folded from that pass equal the one GROUP BY per
 * table the layer sent before (art. 19: same figures, same suppression); the check for overdue interventions
 * before each of them reads only the running ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import type { SqlWaarde, Verbinding } from '../../electron/backend/bestand/verbinding';
import {
  doorlooptijden,
  kruistabel,
  rapportcijfers,
  risicogroepen,
  sectoren,
  signalenNaarBron,
  signalenNaarFase,
  signalenNaarVorm,
  signalenPerMaand,
  telSql,
  RAPPORT_KOLOMMEN,
  trechter,
  VORM_SQL,
} from '../../electron/backend/rapportage/cijfers';
import { DOORLOOPTIJDEN, laatsteMaanden, maandenVan, TRECHTER, type Rapporttabel } from '@shared/domein/analyse';
import { aanroeper, bestandMaken, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { analyseBijwerken, VERLOPEN_SQL } from '../../electron/backend/keten/analyse';

const MAANDEN = laatsteMaanden('2026-12-02', 12);
const HALFJAAR = maandenVan('2026-H1');
const VORMEN = ['seksuele uitbuiting', 'sociaal-economische uitbuiting', 'beide', 'onbekend'];

/** The tables as the layer counted them before migration 0440: one GROUP BY per table, in SQL. */
const WAAR = 'FROM analyse_signalen WHERE maand BETWEEN ? AND ?';
const VROEGER: Record<string, { sql: string; rijen?: readonly string[]; kolommen?: readonly string[]; rijkop: string; titel: string; maanden?: true }> = {
  'signalen-bron': { sql: `SELECT maand AS r, bronsoort AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, maanden: true, rijkop: 'Maand', titel: 'Signalen per maand naar soort bron' },
  'signalen-vorm': { sql: `SELECT maand AS r, ${VORM_SQL} AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, maanden: true, kolommen: VORMEN, rijkop: 'Maand', titel: 'Signalen per maand naar vorm van uitbuiting' },
  trechter: { sql: `SELECT fase AS r, 'signalen' AS k, count(*) AS n ${WAAR} GROUP BY 1`, rijen: TRECHTER, kolommen: ['signalen'], rijkop: 'Verste stap', titel: 'Hoe ver signalen kwamen: van signaal tot overdracht' },
  'signalen-fase': { sql: `SELECT maand AS r, fase AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, maanden: true, kolommen: TRECHTER, rijkop: 'Maand', titel: 'Signalen per maand naar verste stap' },
  'signalen-maand': { sql: `SELECT maand AS r, 'signalen' AS k, count(*) AS n ${WAAR} GROUP BY 1`, maanden: true, kolommen: ['signalen'], rijkop: 'Maand', titel: 'Signalen per maand' },
  doorlooptijd: {
    sql: `SELECT doorlooptijd AS r, CASE WHEN besluit IN ('geen-dossier', 'geen-vervolg') THEN 'geen dossier' WHEN besluit = 'open' THEN 'open' ELSE 'dossier' END AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`,
    rijen: DOORLOOPTIJDEN,
    kolommen: ['dossier', 'geen dossier', 'open'],
    rijkop: 'Doorlooptijd',
    titel: 'Tijd van signaal tot besluit (art. 16.3)',
  },
  risicogroepen: {
    sql: `SELECT leeftijdsband AS r, nationaliteitsgroep AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`,
    rijen: ['minderjarig', '18-22', '23-29', '30-39', '40+', 'onbekend'],
    kolommen: ['NL', 'EU/EER', 'buiten EU/EER', 'onbekend'],
    rijkop: 'Leeftijd',
    titel: 'Risicogroepen: leeftijd en nationaliteit van het slachtoffer',
  },
  sectoren: { sql: `SELECT sector AS r, ${VORM_SQL} AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, kolommen: VORMEN, rijkop: 'Sector', titel: 'Sectoren naar vorm van uitbuiting' },
};

async function vroeger(v: Verbinding, id: string, maanden: readonly string[]): Promise<Rapporttabel> {
  const t = VROEGER[id]!;
  const tellingen = await v.all<{ r: string; k: string; n: number }>(t.sql, [maanden[0]!, maanden[maanden.length - 1]!]);
  return kruistabel(id, t.titel, t.rijkop, tellingen, t.maanden ? maanden : t.rijen, t.kolommen);
}

describe('snelheid van rapport en grafieken (issue 12 §6): tellen uit de index, zonder tijdelijke boom, met dezelfde cijfers', () => {
  let werk: string;
  let router: Router;
  let v: Verbinding;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);

  beforeAll(async () => {
    werk = await tijdelijkeMap('telindex');
    router = maakRouter({ werkmap: werk });
    klokZetten('2026-12-02T10:00:00Z');
    await bestandMaken(router, { map: 'centraal' });
    v = router.sessie.open!.v;
    // Generated records in which every characteristic varies, skewed so that some cells are large and many small.
    let zaad = 44;
    const r = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kies = <T,>(xs: readonly T[], scheef = 1.8) => xs[Math.min(xs.length - 1, Math.floor(Math.pow(r(), scheef) * xs.length))]!;
    const soorten = ['seksuele-uitbuiting', 'sociaal-economische-uitbuiting', 'seksuele-uitbuiting,sociaal-economische-uitbuiting', 'criminele-uitbuiting', 'onbekend', 'seksuele-uitbuiting,onvrijwillige-prostitutie'];
    const besluiten = ['open', 'dossier', 'geen-dossier', 'geen-vervolg', 'interventies', 'geen-actie'];
    await v.transactie(async () => {
      for (let i = 0; i < 1500; i++) {
        await v.run(
          `INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            3_000_000 + i * 7919,
            kies([...MAANDEN, ...maandenVan('2025-H2'), ...HALFJAAR, '2019-03'], 1),
            kies(soorten),
            kies(['horeca', 'land- en tuinbouw', 'prostitutie', 'bouw', 'onbekend']),
            kies(['politie', 'zorgpartner', 'gemeente-veiligheid', 'szw-arbeidsinspectie', 'coa']),
            kies(TRECHTER),
            kies(['18-22', '23-29', 'minderjarig', '30-39', '40+', 'onbekend']),
            kies(['vrouw', 'man', 'onbekend']),
            kies(['NL', 'EU/EER', 'buiten EU/EER', 'onbekend']),
            kies(besluiten),
            kies(DOORLOOPTIJDEN),
          ],
        );
      }
      for (let i = 0; i < 60; i++) {
        await v.run('INSERT INTO analyse_interventies (id, maand, partner, partnersoort, termijn) VALUES (?, ?, ?, ?, ?)', [
          7_000_000 + i,
          kies(MAANDEN, 1),
          kies(['POLITIE', 'OM', 'GGD']),
          'politie',
          kies(['op-tijd', 'te-laat', 'lopend', 'verlopen', 'niet-uitgevoerd']),
        ]);
      }
    });
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router.afsluiten();
    await opruimen(werk);
  });

  it('elke tabel uit één doorgang is gelijk aan haar eigen GROUP BY van vroeger, onderdrukking inbegrepen', async () => {
    const c = await rapportcijfers(router.sessie.open!, '2026-H1');
    for (const id of ['signalen-bron', 'signalen-vorm', 'trechter', 'doorlooptijd', 'risicogroepen', 'sectoren']) {
      const nu = c.tabellen.find((t) => t.id === id)!;
      expect(nu, id).toEqual(await vroeger(v, id, HALFJAAR));
      expect(nu.cellen.flat().some((x) => x !== null && x >= 5), `${id}: de gegevens hebben getoonde cellen`).toBe(true);
    }
    expect(c.tabellen.flatMap((t) => t.cellen.flat()).some((x) => x === null), 'en verborgen cellen').toBe(true);
    // Each table also counted on its own (no rows passed), over the start page's twelve months.
    const alleen: Array<[string, (v: Verbinding, m: readonly string[]) => Promise<Rapporttabel>]> = [
      ['signalen-bron', signalenNaarBron],
      ['signalen-vorm', signalenNaarVorm],
      ['trechter', trechter],
      ['signalen-fase', signalenNaarFase],
      ['signalen-maand', signalenPerMaand],
      ['doorlooptijd', doorlooptijden],
      ['risicogroepen', risicogroepen],
      ['sectoren', sectoren],
    ];
    for (const [id, f] of alleen) expect(await f(v, MAANDEN), id).toEqual(await vroeger(v, id, MAANDEN));
  });

  it('startpagina en rapport lezen het analysebestand alleen uit een dekkende index, zonder tijdelijke boom, en tellen de signalen in één doorgang', async () => {
    const plan = async (sql: string, params: SqlWaarde[]) => (await v.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params)).map((r) => r.detail);
    // Control: the check sees a temporary sort where there is one.
    expect((await plan(telSql(RAPPORT_KOLOMMEN).replace('FROM analyse_signalen', 'FROM analyse_signalen NOT INDEXED'), ['2026-01', '2026-06'])).join(' | ')).toContain('TEMP B-TREE');

    // Every statement on the store, as the layer sends it for the start page and for the report.
    const gezien: Array<{ waar: string; sql: string; params: SqlWaarde[] }> = [];
    let waar = '';
    const { all, get } = v;
    const vastleggen = (sql: string, params: SqlWaarde[] = []) => {
      if (/^\s*SELECT/i.test(sql) && /FROM analyse_(signalen|interventies)\b/.test(sql)) gezien.push({ waar, sql, params });
    };
    v.all = ((sql: string, params?: SqlWaarde[]) => (vastleggen(sql, params), all.call(v, sql, params))) as Verbinding['all'];
    v.get = ((sql: string, params?: SqlWaarde[]) => (vastleggen(sql, params), get.call(v, sql, params))) as Verbinding['get'];
    try {
      waar = 'startpagina';
      await roep('rapportage.overzicht');
      waar = 'rapport';
      await roep('rapportage.cijfers', { periode: '2026-H1' });
    } finally {
      v.all = all;
      v.get = get;
    }
    const groepen = (w: string) => gezien.filter((g) => g.waar === w && /FROM analyse_signalen\b/.test(g.sql) && /GROUP BY/.test(g.sql)).length;
    expect(groepen('startpagina'), 'de twee grafieken van de signalen uit één doorgang').toBe(1);
    expect(groepen('rapport'), 'de zes tabellen van de signalen uit één doorgang').toBe(1);
    expect(gezien.filter((g) => g.waar === 'rapport').length, 'en de kerncijfers van vier halve jaren en de interventies').toBeGreaterThan(1);
    for (const g of gezien) {
      const regels = await plan(g.sql, g.params);
      const tabel = /FROM (analyse_\w+)/.exec(g.sql)![1]!;
      expect(regels.join(' | '), `${g.waar}: ${g.sql}`).toContain(`USING COVERING INDEX ${tabel}_telling`);
      expect(regels.join(' | '), `${g.waar}: ${g.sql}`).not.toContain('TEMP B-TREE');
    }
  });

  it('een lopende interventie wordt verlopen zodra haar termijn voorbij is, en die controle leest alleen de lopende', async () => {
    const partner = (await v.get<{ id: number }>('SELECT id FROM partners ORDER BY id LIMIT 1'))!.id;
    const dossier = (await v.run("INSERT INTO dossiers (nummer, titel, fase, aangemaakt, aangemaakt_door) VALUES ('D-TELINDEX', 'synthetisch', 'dossier', '2026-11-01', 'regisseur')")).lastID;
    const interventie = (deadline: string) =>
      v.run("INSERT INTO interventies (dossier_id, partner_id, omschrijving, deadline, toegewezen_op, gewijzigd) VALUES (?, ?, 'synthetisch', ?, '2026-11-01', '2026-11-01')", [dossier, partner, deadline]);
    const vroeg = (await interventie('2026-12-10')).lastID;
    const laat = (await interventie('2027-01-20')).lastID;
    const termijn = async (id: number) =>
      (await v.get<{ termijn: string }>('SELECT a.termijn FROM analyse_interventies a JOIN analyse_koppeling_interventies k ON k.analyse_id = a.id WHERE k.interventie_id = ?', [id]))!.termijn;
    await v.transactie(() => analyseBijwerken(v));
    expect([await termijn(vroeg), await termijn(laat)]).toEqual(['lopend', 'lopend']);
    // Nothing changes in the case, only the day: the earlier deadline passes.
    klokZetten('2026-12-15T10:00:00Z');
    try {
      await v.transactie(() => analyseBijwerken(v));
      expect([await termijn(vroeg), await termijn(laat)]).toEqual(['verlopen', 'lopend']);
    } finally {
      klokZetten('2026-12-02T10:00:00Z');
    }
    const plan = (await v.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${VERLOPEN_SQL}`, ['2026-12-15'])).map((r) => r.detail).join(' | ');
    expect(plan).toContain('USING COVERING INDEX analyse_interventies_lopend');
    expect(plan).not.toMatch(/SCAN (i|interventies|analyse_interventies)\b(?! USING COVERING INDEX analyse_interventies_lopend)/);
  });
});
