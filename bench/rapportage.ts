/**
 * The half-yearly report (docs/ontwerp.md §13, issue 12 §6) over a bestand of 100,000 synthetic signals
 * spread over ten years:
 * 1. bringing every analysis record up to date once after the bulk import (the triggers mark them; a bulk
 *    import writes no records itself);
 * 2. the report as one click makes it — figures from the store, suppression, the PDF with its charts and
 *    the CSV files written to a folder — median of three, budget 5 s.
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
import { klokZetten } from '../electron/backend/klok';
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

export async function benchRapportage(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-rapportage-'));
  try {
    const { b, n, bijwerkenMs } = await rapportbestand(werk);
    let t: number;
    const doel = path.join(werk, 'rapport');
    await fs.mkdir(doel);
    const tijden: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const { bestanden } = await rapportMaken(b, { periode: '2026-H1', doelmap: doel });
      tijden.push(performance.now() - t);
      bytes = bestanden[0]!.bytes;
    }
    tijden.sort((a, c) => a - c);
    await b.sluiten();
    return [
      `analyserecords bijwerken na de bulkimport (${n.toLocaleString('nl-NL')} records): ${(bijwerkenMs / 1000).toFixed(1)} s (eenmalig)`,
      `halfjaarrapportage over ${AANTAL.toLocaleString('nl-NL')} signalen (tien jaar), PDF ${Math.round(bytes / 1024)} kB + 8 CSV: mediaan ${tijden[1]!.toFixed(0)} ms (rondes ${tijden.map((x) => x.toFixed(0)).join(' / ')}); budget 5.000 ms`,
    ];
  } finally {
    klokZetten(undefined);
    await fs.rm(werk, { recursive: true, force: true });
  }
}
