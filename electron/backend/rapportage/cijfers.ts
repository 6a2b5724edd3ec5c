/**
 * The one query layer of the report and the screens (art. 12.2.3, 12.43, 31.2; docs/ontwerp.md §13): the
 * figures of a half year, read only from the analysis store (never from case data), counted in SQL and
 * suppressed before they leave the backend (every cell under 5 shows "< 5", and so does every cell that
 * would let one compute it from a total). Nothing here knows whether it feeds a PDF, a CSV or a screen.
 */
import {
  DOORLOOPTIJDEN,
  TERMIJNEN,
  TRECHTER,
  maandenVan,
  onderdrukken,
  periodeNaam,
  primair,
  vorigePeriode,
  type Rapportcijfers,
  type Rapporttabel,
} from '../../../shared/domein/analyse';
import type { Bestand } from '../bestand/bestand';
import type { Verbinding } from '../bestand/verbinding';
import { analyseBijwerken } from '../keten/analyse';

/** The kind of exploitation in three groups, as the report shows it. */
export const VORM_SQL = `CASE WHEN instr(soort_uitbuiting, 'seksuele-uitbuiting') > 0 AND instr(soort_uitbuiting, 'sociaal-economische') > 0 THEN 'beide'
  WHEN instr(soort_uitbuiting, 'seksuele-uitbuiting') > 0 THEN 'seksuele uitbuiting'
  WHEN instr(soort_uitbuiting, 'sociaal-economische') > 0 THEN 'sociaal-economische uitbuiting' ELSE 'onbekend' END`;

interface Telling {
  r: string;
  k: string;
  n: number;
}

/** A suppressed cross table from counted (row, column, n) triples; `rijen`/`kolommen` fix order and completeness. */
export function kruistabel(id: string, titel: string, rijkop: string, tellingen: readonly Telling[], rijen?: readonly string[], kolommen?: readonly string[]): Rapporttabel {
  const rs = rijen ? [...rijen] : [...new Set(tellingen.map((t) => t.r))].sort();
  const ks = kolommen ? [...kolommen] : [...new Set(tellingen.map((t) => t.k))].sort();
  const cellen = rs.map((r) => ks.map((k) => tellingen.filter((t) => t.r === r && t.k === k).reduce((s, t) => s + t.n, 0)));
  const o = onderdrukken({ rijen: rs, kolommen: ks, cellen });
  return { id, titel, rijkop, metTotalen: true, ...o };
}

const tel = (v: Verbinding, sql: string, params: Array<string | number>) => v.all<Telling>(sql, params);

/** The four key figures of a half year; they are nested, not added, so each is suppressed on its own. */
async function kerncijfers(v: Verbinding, periode: string) {
  const m = maandenVan(periode);
  const bereik = [m[0]!, m[5]!];
  const s = (await v.get<{ signalen: number; dossiers: number; besluiten: number; overdrachten: number }>(
    `SELECT count(*) AS signalen, sum(fase IN ('dossier','besluit','overdracht')) AS dossiers, sum(fase IN ('besluit','overdracht')) AS besluiten, sum(fase = 'overdracht') AS overdrachten
       FROM analyse_signalen WHERE maand BETWEEN ? AND ?`,
    bereik,
  ))!;
  const i = (await v.get<{ interventies: number; opTijd: number }>("SELECT count(*) AS interventies, sum(termijn = 'op-tijd') AS opTijd FROM analyse_interventies WHERE maand BETWEEN ? AND ?", bereik))!;
  return {
    periode,
    signalen: primair(s.signalen),
    dossiers: primair(s.dossiers ?? 0),
    besluiten: primair(s.besluiten ?? 0),
    overdrachten: primair(s.overdrachten ?? 0),
    interventies: primair(i.interventies),
    opTijd: primair(i.opTijd ?? 0),
  };
}

/** The range of a list of months, for `maand BETWEEN ? AND ?`. */
const bereikVan = (maanden: readonly string[]) => [maanden[0]!, maanden[maanden.length - 1]!];
const WAAR = 'FROM analyse_signalen WHERE maand BETWEEN ? AND ?';
const VORMEN = ['seksuele uitbuiting', 'sociaal-economische uitbuiting', 'beide', 'onbekend'];

/*
 * The tables, each for any run of months: the report asks for the six months of a half year, the overview
 * on the start page (overzicht.ts) for the last twelve. One query per table, whoever asks.
 */

export const signalenNaarBron = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel('signalen-bron', 'Signalen per maand naar soort bron', 'Maand', await tel(v, `SELECT maand AS r, bronsoort AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, bereikVan(maanden)), maanden);

export const signalenNaarVorm = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel('signalen-vorm', 'Signalen per maand naar vorm van uitbuiting', 'Maand', await tel(v, `SELECT maand AS r, ${VORM_SQL} AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, bereikVan(maanden)), maanden, VORMEN);

/** How far the signals of these months came (art. 16.3, 12.11, 16.5), all months together. */
export const trechter = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel('trechter', 'Hoe ver signalen kwamen: van signaal tot overdracht', 'Verste stap', await tel(v, `SELECT fase AS r, 'signalen' AS k, count(*) AS n ${WAAR} GROUP BY 1`, bereikVan(maanden)), TRECHTER, ['signalen']);

/** The same funnel per month: where the signals of each month are now. */
export const signalenNaarFase = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel('signalen-fase', 'Signalen per maand naar verste stap', 'Maand', await tel(v, `SELECT maand AS r, fase AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, bereikVan(maanden)), maanden, TRECHTER);

/** Signals per month, nothing more (a one-column table: the cells are the row totals). */
export const signalenPerMaand = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel('signalen-maand', 'Signalen per maand', 'Maand', await tel(v, `SELECT maand AS r, 'signalen' AS k, count(*) AS n ${WAAR} GROUP BY 1`, bereikVan(maanden)), maanden, ['signalen']);

export const doorlooptijden = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel(
    'doorlooptijd',
    'Tijd van signaal tot besluit (art. 16.3)',
    'Doorlooptijd',
    await tel(v, `SELECT doorlooptijd AS r, CASE WHEN besluit IN ('geen-dossier', 'geen-vervolg') THEN 'geen dossier' WHEN besluit = 'open' THEN 'open' ELSE 'dossier' END AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, bereikVan(maanden)),
    DOORLOOPTIJDEN,
    ['dossier', 'geen dossier', 'open'],
  );

/** Interventions per partner against their deadline, by the month of the deadline; `termijnen` narrows the columns. */
export const interventiesPerPartner = async (v: Verbinding, maanden: readonly string[], termijnen: readonly string[] = TERMIJNEN, id = 'interventies', titel = 'Interventies per partner: op tijd of over de termijn'): Promise<Rapporttabel> =>
  kruistabel(
    id,
    titel,
    'Partner',
    await tel(v, `SELECT partner AS r, termijn AS k, count(*) AS n FROM analyse_interventies WHERE maand BETWEEN ? AND ? AND termijn IN (${termijnen.map(() => '?').join(',')}) GROUP BY 1, 2`, [...bereikVan(maanden), ...termijnen]),
    undefined,
    termijnen,
  );

export const risicogroepen = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel(
    'risicogroepen',
    'Risicogroepen: leeftijd en nationaliteit van het slachtoffer',
    'Leeftijd',
    await tel(v, `SELECT leeftijdsband AS r, nationaliteitsgroep AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, bereikVan(maanden)),
    ['minderjarig', '18-22', '23-29', '30-39', '40+', 'onbekend'],
    ['NL', 'EU/EER', 'buiten EU/EER', 'onbekend'],
  );

export const sectoren = async (v: Verbinding, maanden: readonly string[]): Promise<Rapporttabel> =>
  kruistabel('sectoren', 'Sectoren naar vorm van uitbuiting', 'Sector', await tel(v, `SELECT sector AS r, ${VORM_SQL} AS k, count(*) AS n ${WAAR} GROUP BY 1, 2`, bereikVan(maanden)), undefined, VORMEN);

/** Everything the half-yearly report and the screens show of `periode` ("2026-H2"). */
export async function rapportcijfers(b: Bestand, periode: string): Promise<Rapportcijfers> {
  const v = b.v;
  // The records are brought up to date first (in a transaction of their own), so the report counts today's state.
  await v.transactie(() => analyseBijwerken(v));
  const maanden = maandenVan(periode);
  const trendPerioden = [vorigePeriode(vorigePeriode(vorigePeriode(periode))), vorigePeriode(vorigePeriode(periode)), vorigePeriode(periode), periode];
  const trend = [];
  for (const p of trendPerioden) trend.push(await kerncijfers(v, p));
  const tabellen: Rapporttabel[] = [
    await signalenNaarBron(v, maanden),
    await signalenNaarVorm(v, maanden),
    await trechter(v, maanden),
    await doorlooptijden(v, maanden),
    await interventiesPerPartner(v, maanden),
    await risicogroepen(v, maanden),
    await sectoren(v, maanden),
  ];
  return { periode, periodeNaam: periodeNaam(periode), regio: b.instellingen.naam, trend, tabellen };
}
