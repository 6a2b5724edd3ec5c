/**
 * The national picture without pooling case data (art. 19, 22.6, 31; docs/ontwerp.md §6 and §13, ADR 0041):
 * the content of a `statistiek` bundle — one region's suppressed figures of a half year, exactly as its
 * half-yearly report shows them — and how a receiver (the EMM, the Nationaal Rapporteur) merges several
 * regions' bundles into one overview without ever showing a number that a region kept hidden.
 *
 * Pure: the backend builds and checks the content with it, the screen and the tests merge with it.
 */
import { veldcode, z } from '../zod-nl';
import { DREMPEL, ONDERDREMPEL, periodeNaam, periodeSchema, type Cel, type Rapportcijfers, type Rapporttabel } from './analyse';

/** Version 2 names the region by its own code (ADR 0041, addendum); version 1 bundles stay readable. */
export const STATISTIEKVERSIE = 2;
export const STATISTIEKARTIKEL = 'art. 19, 22.6, 31';

/**
 * A cell as it travels: a shown number — never below the threshold, so a bundle cannot carry a small
 * number even by mistake (the receiver refuses it) — or the marker "< 5".
 */
export const statistiekCelSchema = z.union([z.number().int().min(DREMPEL).max(100_000_000), z.literal(ONDERDREMPEL)]);
export type Statistiekcel = z.infer<typeof statistiekCelSchema>;

const label = z.string().min(1).max(100);

/**
 * A region as the EMM tells regions apart (ADR 0041, addendum): a short code in capitals, digits and hyphens
 * ("NOORD-HOLLAND-NOORD", "VR05") and a name as people say it. The beheerder of the centraal bestand sets both;
 * the statistics bundle carries them, so two regions signing under the same partner code stay apart.
 */
export const REGIOCODE = /^[A-Z0-9](?:[A-Z0-9-]{0,28}[A-Z0-9])?$/;
export const regiocodeSchema = z.string().trim().min(1, { error: veldcode('veld.vulIn'), abort: true }).max(30, { error: veldcode('veld.regiocode'), abort: true }).regex(REGIOCODE, veldcode('veld.regiocode'));
export const regionaamSchema = z.string().trim().min(2, veldcode('veld.regionaam')).max(100, veldcode('veld.regionaam'));
export const regioSchema = z.object({ code: regiocodeSchema, naam: regionaamSchema });
export type Regio = z.infer<typeof regioSchema>;

/** The lines of a table whose entries add up: each row with its total, each column with its total, and the margins. */
function lijnen(t: { cellen: Cel[][]; rijtotalen: Cel[]; kolomtotalen: Cel[]; totaal: Cel }): Array<{ naam: string; cellen: Cel[] }> {
  const uit = t.cellen.map((rij, r) => ({ naam: `rij ${r + 1}`, cellen: [...rij, t.rijtotalen[r] ?? null] }));
  t.kolomtotalen.forEach((kt, k) => uit.push({ naam: `kolom ${k + 1}`, cellen: [...t.cellen.map((rij) => rij[k] ?? null), kt] }));
  uit.push({ naam: 'kolomtotalen', cellen: [...t.kolomtotalen, t.totaal] });
  uit.push({ naam: 'rijtotalen', cellen: [...t.rijtotalen, t.totaal] });
  return uit;
}

/**
 * The first line in which exactly one entry is hidden while others are shown — from which that one could be
 * computed by subtraction — or null. Small-cell suppression (analyse.ts `onderdrukken`) never leaves one.
 */
export function lekkendeLijn(t: { cellen: Cel[][]; rijtotalen: Cel[]; kolomtotalen: Cel[]; totaal: Cel }): string | null {
  for (const l of lijnen(t)) if (l.cellen.length > 1 && l.cellen.filter((c) => c === null).length === 1) return l.naam;
  return null;
}

export const celVan = (c: Statistiekcel): Cel => (c === ONDERDREMPEL ? null : c);
export const celNaar = (c: Cel): Statistiekcel => (c === null ? ONDERDREMPEL : c);

export const statistiekTabelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    titel: z.string().max(200),
    rijkop: z.string().max(100),
    rijen: z.array(label).max(200),
    kolommen: z.array(label).min(1).max(50),
    cellen: z.array(z.array(statistiekCelSchema).max(50)).max(200),
    rijtotalen: z.array(statistiekCelSchema).max(200),
    kolomtotalen: z.array(statistiekCelSchema).max(50),
    totaal: statistiekCelSchema,
  })
  .strict()
  .superRefine((t, ctx) => {
    const R = t.rijen.length;
    const K = t.kolommen.length;
    if (t.cellen.length !== R || t.cellen.some((rij) => rij.length !== K) || t.rijtotalen.length !== R || t.kolomtotalen.length !== K) {
      ctx.addIssue({ code: 'custom', message: 'de tabel heeft niet evenveel cellen als rijen en kolommen', path: ['cellen'] });
      return;
    }
    const lek = lekkendeLijn({ cellen: t.cellen.map((rij) => rij.map(celVan)), rijtotalen: t.rijtotalen.map(celVan), kolomtotalen: t.kolomtotalen.map(celVan), totaal: celVan(t.totaal) });
    if (lek) ctx.addIssue({ code: 'custom', message: `in ${lek} is één verborgen cel uit de andere te berekenen (art. 19, 22.6)`, path: ['cellen'] });
  });
export type Statistiektabel = z.infer<typeof statistiekTabelSchema>;

export const KERNCIJFERS = ['signalen', 'dossiers', 'besluiten', 'overdrachten', 'interventies', 'opTijd'] as const;
export type Kerncijfer = (typeof KERNCIJFERS)[number];

/** The content of a `statistiek` bundle: figures only, never a case, a person or a free text. */
export const statistiekInhoudSchema = z
  .object({
    versie: z.union([z.literal(1), z.literal(STATISTIEKVERSIE)]),
    /** The region's name: in version 1 the name of its bestand, from version 2 the name its beheerder set. */
    regio: z.string().min(1).max(200),
    /** From version 2: the region's code, by which the receiver keeps one bundle per region and half year. */
    regiocode: z.string().regex(REGIOCODE).optional(),
    periode: periodeSchema,
    /** The key figures of the half year: nested counts, each suppressed on its own. */
    kerncijfers: z.object(Object.fromEntries(KERNCIJFERS.map((k) => [k, statistiekCelSchema])) as Record<Kerncijfer, typeof statistiekCelSchema>).strict(),
    tabellen: z.array(statistiekTabelSchema).min(1).max(20),
    artikel: z.literal(STATISTIEKARTIKEL),
  })
  .strict()
  .refine((i) => new Set(i.tabellen.map((t) => t.id)).size === i.tabellen.length, { message: 'elke tabel komt één keer voor', path: ['tabellen'] })
  .refine((i) => (i.versie === 1) === (i.regiocode === undefined), { message: 'versie 2 noemt de regiocode, versie 1 niet', path: ['regiocode'] });
export type StatistiekInhoud = z.infer<typeof statistiekInhoudSchema>;

/** The bundle's content from the report's own figures (rapportage/cijfers.ts): already suppressed, only re-marked. */
export function statistiekUitCijfers(c: Rapportcijfers, regio: Regio): StatistiekInhoud {
  const k = c.trend.find((t) => t.periode === c.periode);
  const kern = (n: Cel | undefined) => celNaar(n ?? null);
  return {
    versie: STATISTIEKVERSIE,
    regio: regio.naam,
    regiocode: regio.code,
    periode: c.periode,
    kerncijfers: {
      signalen: kern(k?.signalen),
      dossiers: kern(k?.dossiers),
      besluiten: kern(k?.besluiten),
      overdrachten: kern(k?.overdrachten),
      interventies: kern(k?.interventies),
      opTijd: kern(k?.opTijd),
    },
    tabellen: c.tabellen.filter((t) => t.metTotalen).map((t: Rapporttabel) => ({
      id: t.id,
      titel: t.titel,
      rijkop: t.rijkop,
      rijen: t.rijen,
      kolommen: t.kolommen,
      cellen: t.cellen.map((rij) => rij.map(celNaar)),
      rijtotalen: t.rijtotalen.map(celNaar),
      kolomtotalen: t.kolomtotalen.map(celNaar),
      totaal: celNaar(t.totaal),
    })),
    artikel: STATISTIEKARTIKEL,
  };
}

// ---- merging (ADR 0041) ----

/**
 * A merged cell: the sum of the parts that were shown, and how many parts were hidden ("< 5") or missing
 * (a region whose bundle lacks the table). Exact only when no part is hidden or missing.
 */
export const samenCelSchema = z.object({ som: z.number().int().min(0), verborgen: z.number().int().min(0), ontbreekt: z.number().int().min(0) });
export type SamenCel = z.infer<typeof samenCelSchema>;

export const isExact = (c: SamenCel): boolean => c.verborgen === 0 && c.ontbreekt === 0;

/**
 * How a merged cell is shown (ADR 0041). A hidden part ("< 5") is any number: under five, or a larger one hidden
 * so that a total does not give a small one away. So the shown parts give a lower bound, and nothing above it.
 * Every shown number is ≥ 5, so the sum of the shown parts is 0 or ≥ 5.
 * - no hidden part: the sum (and "< 5" if that is below 5, which only happens where no region had anything);
 * - hidden parts and a sum of at least 5: "≥ sum" — a lower bound, never the hidden parts themselves;
 * - hidden parts and nothing shown: "< 5", hidden as the regions hid it;
 * - a region's table missing and nothing shown: "onbekend".
 */
export function samenCelTekst(c: SamenCel): string {
  // An exact sum below 5 arises only where no region listed the row or column: shown as any small number is.
  if (isExact(c)) return c.som < DREMPEL ? ONDERDREMPEL : String(c.som);
  if (c.som >= DREMPEL) return `≥ ${c.som}`;
  return c.ontbreekt > 0 ? 'onbekend' : ONDERDREMPEL;
}

export const samengevoegdeTabelSchema = z.object({
  id: z.string(),
  titel: z.string(),
  rijkop: z.string(),
  rijen: z.array(z.string()),
  kolommen: z.array(z.string()),
  cellen: z.array(z.array(samenCelSchema)),
  rijtotalen: z.array(samenCelSchema),
  kolomtotalen: z.array(samenCelSchema),
  totaal: samenCelSchema,
});
export type SamengevoegdeTabel = z.infer<typeof samengevoegdeTabelSchema>;

/** One read bundle as the overview names it: enough to find the signed file and check its signer. */
export const statistiekBronSchema = z.object({
  bundelId: z.string(),
  van: z.object({ code: z.string(), naam: z.string() }),
  /** The signer's key fingerprint, in groups of four. */
  vingerafdruk: z.string(),
  aangemaakt: z.string(),
  ingelezenOp: z.string(),
  /** The region this bundle counts for: its own code (version 2), or the sender's partner code (version 1). */
  regiocode: z.string(),
  /** A later bundle of the same region and half year replaces this one (ADR 0041). */
  vervangen: z.boolean(),
  /** The bundle that replaces it: the newest signed one of the same region and half year. */
  vervangenDoor: z.string().nullable(),
  inhoud: statistiekInhoudSchema,
});
export type StatistiekBron = z.infer<typeof statistiekBronSchema>;

export const landelijkePeriodeSchema = z.object({
  periode: z.string(),
  periodeNaam: z.string(),
  /** All bundles of the half year, the replaced ones too; only those not replaced are merged. */
  bronnen: z.array(statistiekBronSchema),
  kerncijfers: z.record(z.enum(KERNCIJFERS), samenCelSchema),
  tabellen: z.array(samengevoegdeTabelSchema),
});
export type LandelijkePeriode = z.infer<typeof landelijkePeriodeSchema>;
export const landelijkBeeldSchema = z.object({ perioden: z.array(landelijkePeriodeSchema) });

const leeg = (): SamenCel => ({ som: 0, verborgen: 0, ontbreekt: 0 });
function optellen(c: SamenCel, deel: Statistiekcel | 'ontbreekt' | 'nul'): void {
  if (deel === 'ontbreekt') c.ontbreekt++;
  else if (deel === ONDERDREMPEL) c.verborgen++;
  else if (deel !== 'nul') c.som += deel;
}

/** Union in order of appearance: the fixed lists (months, bands) keep their order, new labels follow. */
function vereniging(lijsten: string[][]): string[] {
  const uit: string[] = [];
  for (const l of lijsten) for (const x of l) if (!uit.includes(x)) uit.push(x);
  return uit;
}

/**
 * Merges one table over the regions. A region whose table lacks a row or column had nothing there (the
 * table lists only what occurred): that part is 0 and known. A region whose bundle lacks the table counts
 * as missing in every cell. Totals are merged from the regions' totals, never from the merged cells.
 */
function tabelSamenvoegen(id: string, delen: Array<Statistiektabel | undefined>): SamengevoegdeTabel {
  const aanwezig = delen.filter((d): d is Statistiektabel => d !== undefined);
  const eerste = aanwezig[0]!;
  const rijen = vereniging(aanwezig.map((d) => d.rijen));
  const kolommen = vereniging(aanwezig.map((d) => d.kolommen));
  const cellen = rijen.map(() => kolommen.map(leeg));
  const rijtotalen = rijen.map(leeg);
  const kolomtotalen = kolommen.map(leeg);
  const totaal = leeg();
  for (const d of delen) {
    if (!d) {
      cellen.forEach((rij) => rij.forEach((c) => optellen(c, 'ontbreekt')));
      rijtotalen.forEach((c) => optellen(c, 'ontbreekt'));
      kolomtotalen.forEach((c) => optellen(c, 'ontbreekt'));
      optellen(totaal, 'ontbreekt');
      continue;
    }
    rijen.forEach((r, a) => {
      const ri = d.rijen.indexOf(r);
      kolommen.forEach((k, b) => {
        const ki = d.kolommen.indexOf(k);
        optellen(cellen[a]![b]!, ri < 0 || ki < 0 ? 'nul' : d.cellen[ri]![ki]!);
      });
      optellen(rijtotalen[a]!, ri < 0 ? 'nul' : d.rijtotalen[ri]!);
    });
    kolommen.forEach((k, b) => {
      const ki = d.kolommen.indexOf(k);
      optellen(kolomtotalen[b]!, ki < 0 ? 'nul' : d.kolomtotalen[ki]!);
    });
    optellen(totaal, d.totaal);
  }
  return { id, titel: eerste.titel, rijkop: eerste.rijkop, rijen, kolommen, cellen, rijtotalen, kolomtotalen, totaal };
}

/**
 * Which region a bundle counts for (ADR 0041, addendum): the code its beheerder set (version 2); a version 1
 * bundle has none and counts for the partner code it was signed under, as before.
 */
export const regiocodeVan = (b: { van: { code: string }; inhoud: { regiocode?: string | undefined } }): string => b.inhoud.regiocode ?? b.van.code;

/**
 * One bundle per region and half year (ADR 0041): the newest signed one — by the moment the region made it, which
 * its signature covers, not by when it was read here — and on a tie the one read last. The others are marked
 * replaced, with the bundle that replaces them, so that nothing is counted twice and the screen can say why.
 */
export function vervangenMarkeren<T extends { bundelId: string; van: { code: string }; aangemaakt: string; inhoud: { periode: string; regiocode?: string | undefined } }>(
  bronnen: readonly T[],
): Array<T & { regiocode: string; vervangen: boolean; vervangenDoor: string | null }> {
  const nieuwer = (x: T, b: T) => x.aangemaakt > b.aangemaakt || (x.aangemaakt === b.aangemaakt && bronnen.indexOf(x) > bronnen.indexOf(b));
  return bronnen.map((b) => {
    const zelfde = bronnen.filter((x) => x !== b && regiocodeVan(x) === regiocodeVan(b) && x.inhoud.periode === b.inhoud.periode);
    const nieuwste = zelfde.reduce<T | null>((n, x) => (nieuwer(x, b) && (!n || nieuwer(x, n)) ? x : n), null);
    return { ...b, regiocode: regiocodeVan(b), vervangen: nieuwste !== null, vervangenDoor: nieuwste?.bundelId ?? null };
  });
}

/** All read bundles, per half year (newest first), merged (ADR 0041). */
export function landelijkBeeld(bronnen: ReadonlyArray<Omit<StatistiekBron, 'vervangen' | 'vervangenDoor' | 'regiocode'>>): { perioden: LandelijkePeriode[] } {
  const gemarkeerd = vervangenMarkeren(bronnen);
  const perioden = [...new Set(gemarkeerd.map((b) => b.inhoud.periode))].sort().reverse();
  return {
    perioden: perioden.map((periode) => {
      const alle = gemarkeerd.filter((b) => b.inhoud.periode === periode).sort((a, b) => a.regiocode.localeCompare(b.regiocode) || a.aangemaakt.localeCompare(b.aangemaakt));
      const geldig = alle.filter((b) => !b.vervangen);
      const kerncijfers = Object.fromEntries(
        KERNCIJFERS.map((k) => {
          const c = leeg();
          for (const b of geldig) optellen(c, b.inhoud.kerncijfers[k]);
          return [k, c];
        }),
      ) as Record<Kerncijfer, SamenCel>;
      const ids = vereniging(geldig.map((b) => b.inhoud.tabellen.map((t) => t.id)));
      const tabellen = ids.map((id) => tabelSamenvoegen(id, geldig.map((b) => b.inhoud.tabellen.find((t) => t.id === id))));
      return { periode, periodeNaam: periodeNaam(periode), bronnen: alle, kerncijfers, tabellen };
    }),
  };
}

// ---- the merged figures as charts (ADR 0041, addendum) ----

/** How a merged cell's number is meant: the number itself, only a lower bound ("≥ n"), or no number at all. */
export type Grens = 'exact' | 'ondergrens' | 'onbekend';

/**
 * A merged table for the chart kit (renderer/componenten/Grafiek): a number only where one is shown — exact, or
 * the lower bound of "≥ n", which is a sum of numbers the regions showed — and nothing where the text is "< 5" or
 * "onbekend", so a chart never draws a hidden figure. `grenzen` says per cell which of the three it is.
 */
export function grafiekVan(t: SamengevoegdeTabel): { tabel: Rapporttabel; grenzen: { cellen: Grens[][]; rijtotalen: Grens[]; kolomtotalen: Grens[]; totaal: Grens } } {
  const waarde = (c: SamenCel): Cel => (c.som >= DREMPEL ? c.som : null);
  const grens = (c: SamenCel): Grens => (c.som >= DREMPEL ? (isExact(c) ? 'exact' : 'ondergrens') : samenCelTekst(c) === ONDERDREMPEL ? 'exact' : 'onbekend');
  return {
    tabel: {
      id: t.id,
      titel: t.titel,
      rijkop: t.rijkop,
      metTotalen: true,
      rijen: t.rijen,
      kolommen: t.kolommen,
      cellen: t.cellen.map((r) => r.map(waarde)),
      rijtotalen: t.rijtotalen.map(waarde),
      kolomtotalen: t.kolomtotalen.map(waarde),
      totaal: waarde(t.totaal),
    },
    grenzen: { cellen: t.cellen.map((r) => r.map(grens)), rijtotalen: t.rijtotalen.map(grens), kolomtotalen: t.kolomtotalen.map(grens), totaal: grens(t.totaal) },
  };
}

/** One region's table from its bundle, as the chart kit takes it: exactly as signed, "< 5" as hidden. */
export const grafiekVanRegio = (t: Statistiektabel): Rapporttabel => ({
  id: t.id,
  titel: t.titel,
  rijkop: t.rijkop,
  metTotalen: true,
  rijen: t.rijen,
  kolommen: t.kolommen,
  cellen: t.cellen.map((r) => r.map(celVan)),
  rijtotalen: t.rijtotalen.map(celVan),
  kolomtotalen: t.kolomtotalen.map(celVan),
  totaal: celVan(t.totaal),
});
