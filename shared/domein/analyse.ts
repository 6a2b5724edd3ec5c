/**
 * The analysis store and the half-yearly report (art. 12.2.3, 12.43, 19, 22.6, 31.2; docs/ontwerp.md §13,
 * ADR 0038–0039): the fixed lists an analysis record is made of, the bands, the periods, and small-cell
 * suppression. Pure functions, so the backend, the screens and the tests share them.
 */
import { z } from '../zod-nl';

/** Cells under this number are shown as "< 5" (and so are the cells needed to hide them). */
export const DREMPEL = 5;
export const ONDERDREMPEL = `< ${DREMPEL}`;

/** The funnel from signal to handover (art. 16.3, 12.11, 16.5). */
export const TRECHTER = ['signaal', 'dossier', 'besluit', 'overdracht'] as const;
export type Trechterstap = (typeof TRECHTER)[number];

/** Time from signal to the decision on it (art. 16.3), in bands. */
export const DOORLOOPTIJDEN = ['0-14 dagen', '15-30 dagen', '31-90 dagen', 'meer dan 90 dagen', 'nog geen besluit'] as const;

export function doorlooptijdband(signaalDatum: string, besluitDatum: string | null): string {
  if (!besluitDatum || !/^\d{4}-\d{2}-\d{2}/.test(signaalDatum)) return 'nog geen besluit';
  const dagen = Math.round((Date.parse(besluitDatum.slice(0, 10)) - Date.parse(signaalDatum.slice(0, 10))) / 86_400_000);
  if (dagen <= 14) return '0-14 dagen';
  if (dagen <= 30) return '15-30 dagen';
  if (dagen <= 90) return '31-90 dagen';
  return 'meer dan 90 dagen';
}

/**
 * Sectors (art. 12.2.3 "risicogroepen"), recognised from the words of question 1 and 2 of the form. Only the
 * code is kept, never the text; what matches nothing is "overig" when something was written, else "onbekend".
 */
export const SECTOREN = [
  'seksbranche',
  'land- en tuinbouw',
  'bouw',
  'horeca',
  'schoonmaak',
  'logistiek en transport',
  'vleesverwerking',
  'huishoudelijk werk',
  'criminele uitbuiting',
  'overig',
  'onbekend',
] as const;
const SECTORWOORDEN: ReadonlyArray<[string, RegExp]> = [
  ['vleesverwerking', /vlees|slacht|pluimvee|uitbeen/],
  ['land- en tuinbouw', /kas\b|kassen|tuinbouw|landbouw|oogst|pluk|champignon|bollen|akker|agrar/],
  ['bouw', /\bbouw|steiger|sloop|renovat|klus/],
  ['horeca', /horeca|restaurant|keuken|hotel|\bcaf[eé]|snackbar|bezorg/],
  ['schoonmaak', /schoonma|reinig/],
  ['logistiek en transport', /distributie|magazijn|logistiek|transport|chauffeur|vrachtwagen|orderpick/],
  ['huishoudelijk werk', /huishoud|au.?pair|nanny|oppas|inwonend/],
  ['criminele uitbuiting', /drugs|hennep|winkeldiefstal|diefstal|geldezel|bedelen|drugskoerier|criminele/],
  ['seksbranche', /prostitut|escort|raam|massage|seks|club|webcam/],
];
export function sectorVan(tekst: string, seksueel: boolean): string {
  const t = tekst.toLowerCase();
  for (const [sector, woorden] of SECTORWOORDEN) if (woorden.test(t)) return sector;
  if (seksueel) return 'seksbranche';
  return t.trim() ? 'overig' : 'onbekend';
}

/** An intervention against its deadline. */
export const TERMIJNEN = ['op-tijd', 'te-laat', 'lopend', 'verlopen', 'niet-uitgevoerd'] as const;
export function termijnVan(status: string, deadline: string, gewijzigd: string, peildatum: string): (typeof TERMIJNEN)[number] {
  if (status === 'niet-uitgevoerd') return 'niet-uitgevoerd';
  if (status === 'uitgevoerd') return gewijzigd.slice(0, 10) <= deadline ? 'op-tijd' : 'te-laat';
  return deadline < peildatum ? 'verlopen' : 'lopend';
}

// ---- periods ----

/** A half year as the covenant reports it (art. 12.2.3): "2026-H2". */
export const periodeSchema = z.string().regex(/^\d{4}-H[12]$/);
export function periodeVan(datum: string): string {
  return `${datum.slice(0, 4)}-H${Number(datum.slice(5, 7)) <= 6 ? 1 : 2}`;
}
/** The months of a half year, "2026-07" … "2026-12". */
export function maandenVan(periode: string): string[] {
  const jaar = periode.slice(0, 4);
  const start = periode.endsWith('H1') ? 1 : 7;
  return Array.from({ length: 6 }, (_, i) => `${jaar}-${String(start + i).padStart(2, '0')}`);
}
export function vorigePeriode(periode: string): string {
  const jaar = Number(periode.slice(0, 4));
  return periode.endsWith('H2') ? `${jaar}-H1` : `${jaar - 1}-H2`;
}
/** The half year before the one `vandaag` falls in: the one to report on. */
export const laatstAfgeslotenPeriode = (vandaag: string): string => vorigePeriode(periodeVan(vandaag));
/** The month `k` months after (or before, negative) `maand` ("2026-07"). */
export function maandPlus(maand: string, k: number): string {
  const m = Number(maand.slice(0, 4)) * 12 + Number(maand.slice(5, 7)) - 1 + k;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}
/** The `n` months up to and including the month of `vandaag`, oldest first: what the start page charts. */
export const laatsteMaanden = (vandaag: string, n = 12): string[] => Array.from({ length: n }, (_, i) => maandPlus(vandaag.slice(0, 7), i - n + 1));
/** The `n` months from the month of `vandaag` on. */
export const komendeMaanden = (vandaag: string, n: number): string[] => Array.from({ length: n }, (_, i) => maandPlus(vandaag.slice(0, 7), i));
export const periodeNaam = (periode: string): string => `${periode.endsWith('H1') ? 'eerste' : 'tweede'} helft ${periode.slice(0, 4)}`;

// ---- small-cell suppression ----

/** A cell as shown: its number, or hidden ("< 5"). */
export type Cel = number | null;

/**
 * A cross table with its totals, suppressed: every cell and total below the threshold is hidden (primary),
 * and so is, in every row, column and total line that would otherwise have exactly one hidden entry, the
 * smallest other entry (complementary), until no line lets a hidden number be computed from the shown ones.
 */
export interface Kruistabel {
  rijen: string[];
  kolommen: string[];
  cellen: number[][];
}
export interface OnderdruktTabel {
  rijen: string[];
  kolommen: string[];
  cellen: Cel[][];
  rijtotalen: Cel[];
  kolomtotalen: Cel[];
  totaal: Cel;
}

export function onderdrukken(t: Kruistabel, drempel = DREMPEL): OnderdruktTabel {
  const R = t.rijen.length;
  const K = t.kolommen.length;
  // One grid with the margins: row R is the column totals, column K the row totals, [R][K] the total.
  const w: number[][] = Array.from({ length: R + 1 }, (_, r) => Array.from({ length: K + 1 }, (_, k) => (r < R && k < K ? (t.cellen[r]?.[k] ?? 0) : 0)));
  for (let r = 0; r < R; r++) for (let k = 0; k < K; k++) {
    w[r]![K]! += w[r]![k]!;
    w[R]![k]! += w[r]![k]!;
    w[R]![K]! += w[r]![k]!;
  }
  const weg = w.map((rij) => rij.map((n) => n < drempel));
  // Lines whose entries add up: each row (cells + its total), each column (cells + its total).
  const lijnen: Array<Array<[number, number]>> = [];
  for (let r = 0; r <= R; r++) lijnen.push(Array.from({ length: K + 1 }, (_, k) => [r, k] as [number, number]));
  for (let k = 0; k <= K; k++) lijnen.push(Array.from({ length: R + 1 }, (_, r) => [r, k] as [number, number]));
  // A one-column table: the column totals are the row totals; a one-row table likewise.
  const koppel = (r: number, k: number) => {
    if (K === 1 && k === K) weg[r]![0] = weg[r]![K] = weg[r]![0]! || weg[r]![K]!;
    if (R === 1 && r === R) weg[0]![k] = weg[R]![k] = weg[0]![k]! || weg[R]![k]!;
  };
  for (let r = 0; r <= R; r++) for (let k = 0; k <= K; k++) koppel(r, k);
  for (let veranderd = true; veranderd; ) {
    veranderd = false;
    for (const lijn of lijnen) {
      const verborgen = lijn.filter(([r, k]) => weg[r]![k]);
      if (verborgen.length !== 1) continue;
      // Hide the smallest shown entry of the line, a cell before a total.
      const kandidaten = lijn.filter(([r, k]) => !weg[r]![k]).sort(([r1, k1], [r2, k2]) => (r1 === R || k1 === K ? 1 : 0) - (r2 === R || k2 === K ? 1 : 0) || w[r1]![k1]! - w[r2]![k2]!);
      const [r, k] = kandidaten[0] ?? [];
      if (r === undefined || k === undefined) continue;
      weg[r]![k] = true;
      koppel(r, k);
      veranderd = true;
    }
  }
  const cel = (r: number, k: number): Cel => (weg[r]![k] ? null : w[r]![k]!);
  return {
    rijen: t.rijen,
    kolommen: t.kolommen,
    cellen: t.rijen.map((_, r) => t.kolommen.map((_, k) => cel(r, k))),
    rijtotalen: t.rijen.map((_, r) => cel(r, K)),
    kolomtotalen: t.kolommen.map((_, k) => cel(R, k)),
    totaal: cel(R, K),
  };
}

/** A list of counts with its total (a one-column table). */
export function lijstOnderdrukken(namen: string[], aantallen: number[], drempel = DREMPEL): { namen: string[]; aantallen: Cel[]; totaal: Cel } {
  const t = onderdrukken({ rijen: namen, kolommen: ['aantal'], cellen: aantallen.map((n) => [n]) }, drempel);
  return { namen, aantallen: t.rijtotalen, totaal: t.totaal };
}

export const celTekst = (c: Cel): string => (c === null ? ONDERDREMPEL : String(c));

/** Primary suppression only, for entries that do not add up to anything shown. */
export const primair = (n: number, drempel = DREMPEL): Cel => (n < drempel ? null : n);

// ---- the report's figures as they cross the contract ----

const celSchema = z.number().int().nullable();
export const tabelSchema = z.object({
  id: z.string(),
  titel: z.string(),
  rijkop: z.string(),
  /** False for a table whose entries do not add up (the trend, the funnel's steps): no totals, primary suppression only. */
  metTotalen: z.boolean(),
  rijen: z.array(z.string()),
  kolommen: z.array(z.string()),
  cellen: z.array(z.array(celSchema)),
  rijtotalen: z.array(celSchema),
  kolomtotalen: z.array(celSchema),
  totaal: celSchema,
});
export type Rapporttabel = z.infer<typeof tabelSchema>;

export const kerncijfersSchema = z.object({ periode: z.string(), signalen: celSchema, dossiers: celSchema, besluiten: celSchema, overdrachten: celSchema, interventies: celSchema, opTijd: celSchema });

export const rapportcijfersSchema = z.object({
  periode: z.string(),
  periodeNaam: z.string(),
  regio: z.string(),
  /** The last four half years, oldest first: the trend (art. 12.2.3). */
  trend: z.array(kerncijfersSchema),
  tabellen: z.array(tabelSchema),
});
export type Rapportcijfers = z.infer<typeof rapportcijfersSchema>;

export const TRENDKOLOMMEN = ['signalen', 'in dossier', 'besluit', 'overdracht', 'interventies', 'op tijd'];

/** The trend as a table: the key figures of four half years (nested counts, each suppressed on its own, no totals). */
export function trendtabel(c: Rapportcijfers, kolommen: string[] = TRENDKOLOMMEN, titel = 'Kerncijfers per half jaar', rijkop = 'Half jaar'): Rapporttabel {
  return {
    id: 'trend',
    titel,
    rijkop,
    metTotalen: false,
    rijen: c.trend.map((t) => t.periode),
    kolommen,
    cellen: c.trend.map((t) => [t.signalen, t.dossiers, t.besluiten, t.overdrachten, t.interventies, t.opTijd]),
    rijtotalen: c.trend.map(() => null),
    kolomtotalen: kolommen.map(() => null),
    totaal: null,
  };
}

/** The charts on the start page (issue 12 §4): tables of the same layer, by id; which ones depends on the role. */
export const overzichtsreeksenSchema = z.object({ maanden: z.array(z.string()), tabellen: z.array(tabelSchema) });
export type Overzichtsreeksen = z.infer<typeof overzichtsreeksenSchema>;

/** What a Stuurgroep decision may allow (art. 19.2): the dimensions an analysis may cross, beyond the standard report. */
export const ANALYSEDIMENSIES = ['maand', 'soortUitbuiting', 'sector', 'bronsoort', 'fase', 'leeftijdsband', 'geslacht', 'nationaliteitsgroep', 'besluit', 'doorlooptijd', 'kwalificatie'] as const;
export const analysedimensieSchema = z.enum(ANALYSEDIMENSIES);
export type Analysedimensie = (typeof ANALYSEDIMENSIES)[number];

export const ANALYSEVORMEN = ['tabel', 'tabel-en-grafiek'] as const;
