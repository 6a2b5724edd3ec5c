/**
 * The inzage answer (art. 25.3; docs/ontwerp.md "Inzage, correctie en verzet"): one person named in 50
 * signals among 2,000, with 200 provisions in the verstrekkingenlog; build the document and render its
 * tagged PDF. Reported as times, beside reading the person's signals once.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatCasusSchema } from '@shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { signalenImporteren } from '../electron/backend/keten/bulkimport';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';
import { inzageDocument } from '../electron/backend/rechten/inzage';
import { inzagePdf } from '../electron/backend/rechten/inzagepdf';

const TOTAAL = 2000;
const VAN_PERSOON = 50;

export async function benchInzage(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-inzage-'));
  try {
    const b = await bestandMaken(path.join(werk, 'b'), { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: 'bench-wachtwoord-synthetisch' });
    const r = willekeur(7);
    const zelf = { naam: 'Synthetische Benchpersoon', geboortedatum: '1990-01-01', geslacht: 'vrouw' as const, adres: '', woonplaats: 'Benchdorp', nationaliteit: '', verblijfstatus: '', woonsituatie: '' };
    const formulieren = Array.from({ length: TOTAAL }, (_, i) =>
      formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: [1, 2, 3, 4, 5, 6], ...(i % (TOTAAL / VAN_PERSOON) === 0 ? { slachtoffer: zelf } : {}) })),
    );
    await signalenImporteren(b, formulieren, 'bench');
    const rijen = await b.v.all<{ persoon_id: number; signaal_id: number }>(
      "SELECT sp.persoon_id, sp.signaal_id FROM signaal_personen sp JOIN personen p ON p.id = sp.persoon_id WHERE sp.rol = 'slachtoffer' AND p.naam = ?",
      [zelf.naam],
    );
    await b.v.transactie(async () => {
      for (let i = 0; i < 200; i++) {
        const s = rijen[i % rijen.length]!;
        await b.v.run("INSERT INTO verstrekkingen (tijd, door, ontvanger_partner_id, doel, soort, items, categorieen) VALUES (?, 'bench', ?, 'navraag', 'handmatig', ?, '[\"algemeen\"]')", [
          new Date().toISOString(),
          1 + (i % 16),
          JSON.stringify([{ sleutel: `signaal:${s.signaal_id}`, vorm: 'identificeerbaar', artikel: 'art. 16.2', toestemmingId: null, overschreven: false }]),
        ]);
      }
    });
    const ids = rijen.map((x) => x.persoon_id);
    let t = performance.now();
    const doc = await inzageDocument(b, { persoonIds: ids, achterhouden: [] });
    const bouwen = performance.now() - t;
    t = performance.now();
    const pdf = await inzagePdf(doc, 'f'.repeat(64));
    const pdfMs = performance.now() - t;
    t = performance.now();
    await b.v.all(`SELECT s.*, f.formulier FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE s.id IN (${rijen.map(() => '?').join(',')})`, rijen.map((x) => x.signaal_id));
    const lezen = performance.now() - t;
    await b.sluiten();
    return [
      `Inzage voor één persoon in ${rijen.length} signalen (van ${TOTAAL}), 200 verstrekkingen`,
      `  document opbouwen: ${bouwen.toFixed(0)} ms (${doc.onderdelen.length} onderdelen); zijn signalen één keer lezen: ${lezen.toFixed(0)} ms`,
      `  getagde PDF: ${pdfMs.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB`,
    ];
  } finally {
    await fs.rm(werk, { recursive: true, force: true });
  }
}
