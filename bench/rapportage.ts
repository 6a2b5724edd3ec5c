/**
 * The half-yearly report (docs/ontwerp.md §13, issue 12 §6) over a bestand of 100,000 synthetic signals
 * spread over ten years:
 * 1. bringing every analysis record up to date once after the bulk import (the triggers mark them; a bulk
 *    import writes no records itself);
 * 2. the report as one click makes it — figures from the store, suppression, the PDF with its charts and
 *    the CSV files written to a folder — three rounds, the slowest against the budget of 5 s (issue 12 §6);
 * 3. its parts: the figures (one pass over the count index, ADR 0044) against the baseline of reading the
 *    half year's records and counting them in JavaScript, and the PDF.
 * Asserts nothing. BENCH_SIGNALEN sets the number of signals.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { rijenInvoegen, rijenVoorbereiden } from '../electron/backend/keten/bulkimport';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';
import { analyseBijwerken } from '../electron/backend/keten/analyse';
import { rapportMaken } from '../electron/backend/rapportage/rapport';
import { rapportcijfers, vormVan } from '../electron/backend/rapportage/cijfers';
import { rapportPdf } from '../electron/backend/rapportage/pdf';
import { maandenVan, type Rapportcijfers } from '@shared/domein/analyse';
import { klokZetten, nu } from '../electron/backend/klok';
import type { Bestand } from '../electron/backend/bestand/bestand';

export const BENCH_WACHTWOORD = 'bench-wachtwoord-synthetisch';

const AANTAL = Number(process.env.BENCH_SIGNALEN ?? 100_000);

/**
 * The bench's bestand: 100,000 synthetic signals over ten years, bulk-imported, with every analysis record
 * brought up to date once (timed). Shared with the charts' part (bench/grafieken.ts). Sets the clock.
 */
export async function rapportbestand(werk: string): Promise<{ b: Bestand; map: string; n: number; bijwerkenMs: number }> {
  klokZetten('2026-12-02T10:00:00Z');
  const map = path.join(werk, 'bestand');
  const b = await bestandMaken(map, { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: BENCH_WACHTWOORD });
  const matchsleutel = Buffer.from((await b.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'"))!.waarde, 'hex');
  const r = willekeur(12);
  const formulieren: FormatCasus[] = [];
  for (let i = 0; i < AANTAL; i++) {
    const datum = `${2016 + Math.floor(r() * 10) + 1}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    formulieren.push(formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: [1, 2, 3], datum: datum > '2026-11-30' ? '2026-11-30' : datum })));
  }
  await b.v.transactie(() => rijenInvoegen(b.v, rijenVoorbereiden(formulieren, { signaalId: 1, persoonId: 0, volgnummer: 1, jaar: 2026 }, matchsleutel, 'bench')));
  await b.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');

  const t = performance.now();
  const n = await b.v.transactie(() => analyseBijwerken(b.v));
  return { b, map, n, bijwerkenMs: performance.now() - t };
}

export const BUDGET_RAPPORT_MS = 5000;
const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const oordeel = (ms: number, budget: number) => (ms <= budget ? 'binnen' : 'OVER');

/**
 * The naive way to the report's figures, the baseline: read every record of the half year and count the
 * report's tables in JavaScript, unsuppressed.
 */
async function naiefTellen(b: Bestand, periode: string): Promise<number> {
  const maanden = maandenVan(periode);
  const rijen = await b.v.all<Record<string, string>>(
    'SELECT maand, bronsoort, fase, soort_uitbuiting, sector, doorlooptijd, besluit, leeftijdsband, nationaliteitsgroep FROM analyse_signalen WHERE maand BETWEEN ? AND ?',
    [maanden[0]!, maanden[5]!],
  );
  const tel = new Map<string, number>();
  for (const r of rijen) {
    for (const s of [`b ${r.maand} ${r.bronsoort}`, `v ${r.maand} ${vormVan(r.soort_uitbuiting!)}`, `f ${r.fase}`, `d ${r.doorlooptijd} ${r.besluit}`, `r ${r.leeftijdsband} ${r.nationaliteitsgroep}`, `s ${r.sector} ${vormVan(r.soort_uitbuiting!)}`]) {
      tel.set(s, (tel.get(s) ?? 0) + 1);
    }
  }
  return rijen.length;
}

export async function benchRapportage(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-rapportage-'));
  try {
    const { b, n, bijwerkenMs } = await rapportbestand(werk);
    const doel = path.join(werk, 'rapport');
    await fs.mkdir(doel);
    const tijd = async (f: () => Promise<unknown>) => {
      const t = performance.now();
      await f();
      return performance.now() - t;
    };
    // The report as one click makes it, three times; the first includes loading the fonts once per process.
    const tijden: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) tijden.push(await tijd(async () => (bytes = (await rapportMaken(b, { periode: '2026-H1', doelmap: doel })).bestanden[0]!.bytes)));
    // Its parts, and the baseline.
    const cijfers: number[] = [];
    const pdf: number[] = [];
    const naief: number[] = [];
    let records = 0;
    for (let i = 0; i < 3; i++) {
      let c: Rapportcijfers | undefined;
      cijfers.push(await tijd(async () => (c = await rapportcijfers(b, '2026-H1'))));
      pdf.push(await tijd(() => rapportPdf({ cijfers: c!, penvoerder: 'Bench', analysetekst: '', zorgtekst: '', gemaaktOp: nu().toISOString(), auditkop: '0'.repeat(64) })));
      naief.push(await tijd(async () => (records = await naiefTellen(b, '2026-H1'))));
    }
    await b.sluiten();
    const traagst = Math.max(...tijden);
    return [
      `analyserecords bijwerken na de bulkimport (${n.toLocaleString('nl-NL')} records): ${(bijwerkenMs / 1000).toFixed(1)} s (eenmalig)`,
      `halfjaarrapportage over ${AANTAL.toLocaleString('nl-NL')} signalen (tien jaar), PDF ${Math.round(bytes / 1024)} kB + 8 CSV: ${traagst.toFixed(0)} ms (traagste van rondes ${tijden.map((x) => x.toFixed(0)).join(' / ')}, mediaan ${mediaan(tijden).toFixed(0)} ms)   budget ≤ ${BUDGET_RAPPORT_MS.toLocaleString('nl-NL')} ms: ${oordeel(traagst, BUDGET_RAPPORT_MS)}`,
      `  waarvan de cijfers (rapportcijfers, één doorgang over de telindex): mediaan ${mediaan(cijfers).toFixed(0)} ms; basis: de ${records.toLocaleString('nl-NL')} records van het half jaar lezen en in JavaScript tellen, mediaan ${mediaan(naief).toFixed(0)} ms; verhouding ${(mediaan(cijfers) / mediaan(naief)).toFixed(2)}×`,
      `  waarvan de PDF: mediaan ${mediaan(pdf).toFixed(0)} ms`,
    ];
  } finally {
    klokZetten(undefined);
    await fs.rm(werk, { recursive: true, force: true });
  }
}
