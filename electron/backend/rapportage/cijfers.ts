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
} from '@shared/domein/analyse';
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
const VORMEN = ['seksuele uitbuiting', 'sociaal-economische uitbuiting', 'beide', 'onbekend'];

/** `VORM_SQL` in JavaScript, for counts that are folded after one pass over the index. */
export function vormVan(soortUitbuiting: string): string {
  const seksueel = soortUitbuiting.includes('seksuele-uitbuiting');
  const economisch = soortUitbuiting.includes('sociaal-economische');
  return seksueel && economisch ? 'beide' : seksueel ? 'seksuele uitbuiting' : economisch ? 'sociaal-economische uitbuiting' : 'onbekend';
}

/** The decision in the three groups of the lead-time table. */
const besluitgroep = (besluit: string) => (besluit === 'geen-dossier' || besluit === 'geen-vervolg' ? 'geen dossier' : besluit === 'open' ? 'open' : 'dossier');

/**
 * The first nine columns of `analyse_signalen_telling` (migration 0440) in the index's order; the last two
 * (gender, qualification) serve the Stuurgroep's analyses. A count groups by a prefix of them, so SQLite reads the index entries of the months in the order of the GROUP BY: no table lookup (the
 * ids are random, the records of a month lie on every page of the table) and no temporary sort.
 */
export const TELKOLOMMEN = ['maand', 'bronsoort', 'fase', 'soort_uitbuiting', 'sector', 'doorlooptijd', 'besluit', 'leeftijdsband', 'nationaliteitsgroep'] as const;
type Telkolom = (typeof TELKOLOMMEN)[number];

/** How many records of the months share these characteristics (those not asked for are absent). */
export type Telrij = Record<Telkolom, string> & { n: number };

/** The start page's charts need month, source kind and phase; the report every characteristic it shows. */
export const OVERZICHT_KOLOMMEN = 3;
export const RAPPORT_KOLOMMEN = TELKOLOMMEN.length;

/** The SQL of one pass: the records of `maanden` counted per combination of the first `aantal` index columns. */
export function telSql(aantal: number): string {
  const kolommen = TELKOLOMMEN.slice(0, aantal).join(', ');
  return `SELECT ${kolommen}, count(*) AS n FROM analyse_signalen WHERE maand BETWEEN ? AND ? GROUP BY ${kolommen}`;
}

/** The records of these months counted in one pass over the index, to be folded into any of the tables below. */
export const tellen = (v: Verbinding, maanden: readonly string[], aantal: number = RAPPORT_KOLOMMEN): Promise<Telrij[]> => v.all<Telrij>(telSql(aantal), bereikVan(maanden));

/** Folds counted rows into (row, column, n) triples. */
function optellen(rijen: readonly Telrij[], r: (x: Telrij) => string, k: (x: Telrij) => string): Telling[] {
  const som = new Map<string, Telling>();
  for (const x of rijen) {
    const t = { r: r(x), k: k(x) };
    const sleutel = `${t.r}\u0000${t.k}`;
    const bestaand = som.get(sleutel);
    if (bestaand) bestaand.n += x.n;
    else som.set(sleutel, { ...t, n: x.n });
  }
  return [...som.values()];
}

/*
 * The tables, each for any run of months: the report asks for the six months of a half year, the overview
 * on the start page (overzicht.ts) for the last twelve. Each is folded from one pass over the index
 * (`tellen`); whoever makes several tables of the same months counts once and passes the rows along.
 */
/** Rows passed along must hold at least the first `aantal` columns (the overview's three serve month, source and phase). */
const telrijen = async (v: Verbinding, maanden: readonly string[], aantal: number, rijen?: readonly Telrij[]) => rijen ?? (await tellen(v, maanden, aantal));

export const signalenNaarBron = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel('signalen-bron', 'Signalen per maand naar soort bron', 'Maand', optellen(await telrijen(v, maanden, 2, rijen), (x) => x.maand, (x) => x.bronsoort), maanden);

export const signalenNaarVorm = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel('signalen-vorm', 'Signalen per maand naar vorm van uitbuiting', 'Maand', optellen(await telrijen(v, maanden, 4, rijen), (x) => x.maand, (x) => vormVan(x.soort_uitbuiting)), maanden, VORMEN);

/** How far the signals of these months came (art. 16.3, 12.11, 16.5), all months together. */
export const trechter = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel('trechter', 'Hoe ver signalen kwamen: van signaal tot overdracht', 'Verste stap', optellen(await telrijen(v, maanden, 3, rijen), (x) => x.fase, () => 'signalen'), TRECHTER, ['signalen']);

/** The same funnel per month: where the signals of each month are now. */
export const signalenNaarFase = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel('signalen-fase', 'Signalen per maand naar verste stap', 'Maand', optellen(await telrijen(v, maanden, 3, rijen), (x) => x.maand, (x) => x.fase), maanden, TRECHTER);

/** Signals per month, nothing more (a one-column table: the cells are the row totals). */
export const signalenPerMaand = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel('signalen-maand', 'Signalen per maand', 'Maand', optellen(await telrijen(v, maanden, 1, rijen), (x) => x.maand, () => 'signalen'), maanden, ['signalen']);

export const doorlooptijden = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel(
    'doorlooptijd',
    'Tijd van signaal tot besluit (art. 16.3)',
    'Doorlooptijd',
    optellen(await telrijen(v, maanden, 7, rijen), (x) => x.doorlooptijd, (x) => besluitgroep(x.besluit)),
    DOORLOOPTIJDEN,
    ['dossier', 'geen dossier', 'open'],
  );

/** The SQL of the interventions of a run of months, counted per month, partner and deadline in the order of their index. */
export const INTERVENTIES_SQL = (termijnen: number) =>
  `SELECT maand, partner AS r, termijn AS k, count(*) AS n FROM analyse_interventies WHERE maand BETWEEN ? AND ? AND termijn IN (${Array(termijnen).fill('?').join(',')}) GROUP BY maand, partner, termijn`;

/** Interventions per partner against their deadline, by the month of the deadline; `termijnen` narrows the columns. */
export const interventiesPerPartner = async (v: Verbinding, maanden: readonly string[], termijnen: readonly string[] = TERMIJNEN, id = 'interventies', titel = 'Interventies per partner: op tijd of over de termijn'): Promise<Rapporttabel> =>
  kruistabel(id, titel, 'Partner', await tel(v, INTERVENTIES_SQL(termijnen.length), [...bereikVan(maanden), ...termijnen]), undefined, termijnen);

export const risicogroepen = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel(
    'risicogroepen',
    'Risicogroepen: leeftijd en nationaliteit van het slachtoffer',
    'Leeftijd',
    optellen(await telrijen(v, maanden, 9, rijen), (x) => x.leeftijdsband, (x) => x.nationaliteitsgroep),
    ['minderjarig', '18-22', '23-29', '30-39', '40+', 'onbekend'],
    ['NL', 'EU/EER', 'buiten EU/EER', 'onbekend'],
  );

export const sectoren = async (v: Verbinding, maanden: readonly string[], rijen?: readonly Telrij[]): Promise<Rapporttabel> =>
  kruistabel('sectoren', 'Sectoren naar vorm van uitbuiting', 'Sector', optellen(await telrijen(v, maanden, 5, rijen), (x) => x.sector, (x) => vormVan(x.soort_uitbuiting)), undefined, VORMEN);

/** Everything the half-yearly report and the screens show of `periode` ("2026-H2"). */
export async function rapportcijfers(b: Bestand, periode: string): Promise<Rapportcijfers> {
  const v = b.v;
  // The records are brought up to date first (in a transaction of their own), so the report counts today's state.
  await v.transactie(() => analyseBijwerken(v));
  const maanden = maandenVan(periode);
  const trendPerioden = [vorigePeriode(vorigePeriode(vorigePeriode(periode))), vorigePeriode(vorigePeriode(periode)), vorigePeriode(periode), periode];
  const trend = [];
  for (const p of trendPerioden) trend.push(await kerncijfers(v, p));
  // One pass over the index for the six tables of the signals; the interventions have their own.
  const rijen = await tellen(v, maanden);
  const tabellen: Rapporttabel[] = [
    await signalenNaarBron(v, maanden, rijen),
    await signalenNaarVorm(v, maanden, rijen),
    await trechter(v, maanden, rijen),
    await doorlooptijden(v, maanden, rijen),
    await interventiesPerPartner(v, maanden),
    await risicogroepen(v, maanden, rijen),
    await sectoren(v, maanden, rijen),
  ];
  return { periode, periodeNaam: periodeNaam(periode), regio: b.instellingen.naam, trend, tabellen };
}
