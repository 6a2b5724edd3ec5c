/**
 * The retention sweep (docs/ontwerp.md §11, ADR 0020) over a bestand of 100,000 synthetic signals:
 * 1. the sweep as it runs at every unlock when nothing is due (only the rules' SELECTs), after the
 *    first one that checks the imported persons once;
 * 2. the sweep when 1% of the signals were decided "geen dossier" more than 14 days ago: analysis
 *    records, secure delete, the search index rewritten, the WAL truncated — reported as time and as
 *    pages rewritten (encrypted pages of bestand.db whose bytes changed, plus pages added).
 * Asserts nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { rijenInvoegen, rijenVoorbereiden } from '../electron/backend/keten/bulkimport';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';
import { DATABASEBESTAND } from '../electron/backend/bestand/bestand';
import { bewaringUitvoeren } from '../electron/backend/bewaring';
import { klokZetten } from '../electron/backend/klok';

const AANTAL = Number(process.env.BENCH_SIGNALEN ?? 100_000);
const PAGINA = 4096;

function herschreven(voor: Buffer, na: Buffer): number {
  let n = 0;
  for (let i = 0; i < na.length; i += PAGINA) if (i >= voor.length || !na.subarray(i, i + PAGINA).equals(voor.subarray(i, i + PAGINA))) n++;
  return n;
}

export async function benchBewaring(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-bewaring-'));
  try {
    const map = path.join(werk, 'bestand');
    const b = await bestandMaken(map, { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: 'bench-wachtwoord-synthetisch' });
    const matchsleutel = Buffer.from((await b.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'"))!.waarde, 'hex');
    const r = willekeur(7);
    const formulieren: FormatCasus[] = [];
    for (let i = 0; i < AANTAL; i++) formulieren.push(formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: [1, 2, 3] })));
    await b.v.transactie(() => rijenInvoegen(b.v, rijenVoorbereiden(formulieren, { signaalId: 1, persoonId: 0, volgnummer: 1, jaar: 2026 }, matchsleutel, 'bench')));
    await b.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    klokZetten('2027-03-01T12:00:00Z');

    // The first sweep after the import checks every new person once (migration 0300 notes them); the
    // next ones, as at every later unlock, only what a deletion or a new person noted since.
    let t = performance.now();
    await bewaringUitvoeren(b, 'aanmelden');
    const eersteMs = performance.now() - t;
    t = performance.now();
    const leeg = await bewaringUitvoeren(b, 'aanmelden');
    const leegMs = performance.now() - t;

    const teVerwijderen = Math.max(1, Math.floor(AANTAL / 100));
    await b.v.run("UPDATE signalen SET besluit = 'geen-dossier', besluit_op = '2027-02-01T10:00:00Z' WHERE id <= ?", [teVerwijderen]);
    await b.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const voor = await fs.readFile(path.join(map, DATABASEBESTAND));
    t = performance.now();
    const vol = await bewaringUitvoeren(b, 'aanmelden');
    const volMs = performance.now() - t;
    const na = await fs.readFile(path.join(map, DATABASEBESTAND));
    await b.sluiten();
    klokZetten(undefined);
    return [
      `Bewaartermijnen over ${AANTAL.toLocaleString('nl-NL')} signalen`,
      `  eerste ronde na de import (elke nieuwe persoon één keer nagekeken): ${eersteMs.toFixed(0)} ms`,
      `  ronde bij het aanmelden, niets verlopen: ${leegMs.toFixed(1)} ms (verwijderd: ${leeg.totaal})`,
      `  ronde met ${teVerwijderen.toLocaleString('nl-NL')} verlopen "geen dossier"-signalen: ${volMs.toFixed(0)} ms (verwijderd: ${vol.totaal})`,
      `  pagina's herschreven: ${herschreven(voor, na).toLocaleString('nl-NL')} van ${Math.ceil(na.length / PAGINA).toLocaleString('nl-NL')} (${(na.length / 1024 / 1024).toFixed(0)} MiB)`,
    ];
  } finally {
    await fs.rm(werk, { recursive: true, force: true });
  }
}

// `npx tsx bench/bewaring.ts`: this part alone.
if (import.meta.url === `file://${process.argv[1]}`) for (const r of await benchBewaring()) console.log(r);
