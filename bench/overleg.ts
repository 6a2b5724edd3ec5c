/**
 * A casusoverleg agenda with 200 dossiers of 5 signals each (docs/ontwerp.md §9 / the meetings issue): build
 * the agenda, open the agenda view (the full version and one attendee's view through the policy
 * engine) and render its PDF; reported as times and as a ratio to reading the same rows once.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatCasusSchema } from '@shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { signalenImporteren } from '../electron/backend/keten/bulkimport';
import { ontvangers } from '../electron/backend/beleid/gegevens';
import { agendaSamenstellen, agendapunten } from '../electron/backend/overleg/agenda';
import { overlegPlannen } from '../electron/backend/overleg/overleggen';
import { overlegDocument } from '../electron/backend/overleg/documenten';
import { overlegPdf } from '../electron/backend/overleg/pdf';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';

const DOSSIERS = 200;
const PER_DOSSIER = 5;

export async function benchOverleg(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-overleg-'));
  try {
    const b = await bestandMaken(path.join(werk, 'b'), { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: 'bench-wachtwoord-synthetisch' });
    const r = willekeur(99);
    const formulieren = Array.from({ length: DOSSIERS * PER_DOSSIER }, (_, i) => formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: [1, 2, 3, 4, 5, 6, 7, 8] })));
    const { eerste } = await signalenImporteren(b, formulieren, 'bench');
    await b.v.transactie(async () => {
      for (let d = 0; d < DOSSIERS; d++) {
        const { lastID } = await b.v.run("INSERT INTO dossiers (nummer, titel, fase, aangemaakt, aangemaakt_door) VALUES (?, ?, 'weging-en-kwalificatie', ?, 'bench')", [`D-BENCH-${d}`, `Bench ${d}`, new Date().toISOString()]);
        await b.v.run('UPDATE signalen SET dossier_id = ? WHERE id BETWEEN ? AND ?', [lastID, eerste + d * PER_DOSSIER, eerste + d * PER_DOSSIER + PER_DOSSIER - 1]);
      }
    });
    const { id } = await overlegPlannen(b, { soort: 'casusoverleg', datum: '2027-01-21', tijd: '10:00', locatie: 'Bench', waarschuwingenBevestigd: true });

    let t = performance.now();
    await agendaSamenstellen(b, id);
    const samenstellen = performance.now() - t;
    t = performance.now();
    const volledig = await agendapunten(b, id, null);
    const weergave = performance.now() - t;
    const coa = (await ontvangers(b.v)).find((o) => o.code === 'COA')!;
    t = performance.now();
    await agendapunten(b, id, coa);
    const weergaveCoa = performance.now() - t;
    t = performance.now();
    const pdf = await overlegPdf(await overlegDocument(b, id, 'agenda', null));
    const pdfMs = performance.now() - t;
    t = performance.now();
    await b.v.all('SELECT s.*, f.formulier, p.naam FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id LEFT JOIN partners p ON p.id = s.bron_partner_id WHERE s.dossier_id IS NOT NULL');
    const lezen = performance.now() - t;
    await b.sluiten();
    return [
      `Casusoverlegagenda met ${volledig.length} dossiers × ${PER_DOSSIER} signalen`,
      `  agenda samenstellen: ${samenstellen.toFixed(0)} ms`,
      `  agendaweergave (volledig): ${weergave.toFixed(0)} ms; als COA (met beleidsmodule): ${weergaveCoa.toFixed(0)} ms  (budget < 1 s)`,
      `  dezelfde rijen één keer lezen: ${lezen.toFixed(0)} ms → verhouding weergave/lezen ${(weergave / lezen).toFixed(1)}×`,
      `  PDF van de agenda: ${pdfMs.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB`,
    ];
  } finally {
    await fs.rm(werk, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchOverleg()) console.log(r);
}
