/**
 * The audit log in words on the demo file (issue 11 §7, ADR 0037), over a real encrypted bestand:
 * - every row of the log, worded as the viewer words it, holds no raw code (`overleg:2`, `[]`,
 *   `geen-actie`, a 64-character hash), and names people, not accounts;
 * - only the privacy-medewerker exports (art. 12.22); the export is itself audited;
 * - the CSV and the PDF say the same words; the PDF is tagged and in the house style.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DEMO_WACHTWOORD } from '../../electron/backend/demo';
import { auditActie, auditDetails, auditOnderwerp, persoonWoord } from '@shared/meldingen/codewoorden';
import { geweigerd, ok, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { pdfLezen } from '../fixtures/pdf-lezen';
import { ruweCodes } from '../fixtures/ruwe-codes';

describe('het auditlog in woorden', () => {
  let werk: string;
  let uit: string;
  let router: Router;

  beforeAll(async () => {
    werk = await tijdelijkeMap('audit-woorden');
    uit = path.join(werk, 'export');
    await fs.mkdir(uit);
    router = maakRouter({ werkmap: werk });
    await ok(router, 'bestand.demo', {});
  }, 240_000);
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('elke regel van het demolog, zoals het scherm hem toont, bevat geen ruwe code', async () => {
    await ok(router, 'sessie.aanmelden', { gebruiker: 'demo.privacy', wachtwoord: DEMO_WACHTWOORD });
    const { regels, namen, personen, groepen } = await ok(router, 'audit.lijst', { limiet: 1000 });
    expect(regels.length).toBeGreaterThan(300);
    const fouten: string[] = [];
    for (const r of regels) {
      const tekst = [persoonWoord(r.gebruiker, namen), auditActie(r.actie, 'nl'), auditOnderwerp(r.onderwerp, 'nl', namen), ...auditDetails(r.details, 'nl', namen).map((d) => `${d.label}: ${d.waarde}`)].join(' | ');
      for (const c of ruweCodes(tekst)) fouten.push(`regel ${r.volgnr} (${r.actie}): ${c} in "${tekst}"`);
    }
    expect(fouten).toEqual([]);
    // the people by name, and the filter's choices
    expect(personen.find((p) => p.account === 'demo.regisseur')?.naam).not.toBe('demo.regisseur');
    expect(groepen).toContain('sessie');
  });

  it('alleen de privacymedewerker exporteert; de export staat zelf in het log; CSV en PDF in woorden', async () => {
    await ok(router, 'sessie.aanmelden', { gebruiker: 'demo.regisseur', wachtwoord: DEMO_WACHTWOORD });
    await geweigerd(router, 'audit.exporteren', { formaat: 'csv', doelmap: uit }, 'GEEN_TOEGANG');
    await ok(router, 'sessie.aanmelden', { gebruiker: 'demo.privacy', wachtwoord: DEMO_WACHTWOORD });

    const csv = await ok(router, 'audit.exporteren', { formaat: 'csv', doelmap: uit, actie: 'overleg.' });
    expect(csv.aantal).toBeGreaterThan(0);
    const tekst = await fs.readFile(csv.pad, 'utf8');
    expect(tekst.startsWith('\uFEFF"Volgnummer";"Datum en tijd";"Persoon"')).toBe(true);
    expect(tekst).toContain('Status van een overleg gewijzigd');
    expect(tekst).toContain('Doorgeschoven punten: geen');
    // the words columns hold no raw code; the last column keeps the code for whoever needs it
    const woordkolommen = tekst.split('\r\n').slice(1, -1).map((r) => r.split('";"').slice(0, 7).join(' '));
    expect(woordkolommen.flatMap(ruweCodes)).toEqual([]);

    const pdf = await ok(router, 'audit.exporteren', { formaat: 'pdf', doelmap: uit, vanaf: '2000-01-01T00:00:00.000Z' });
    const gelezen = await pdfLezen(pdf.pad);
    expect(gelezen.getagd).toBe(true);
    expect(gelezen.tekst).toContain('Uittreksel auditlog');
    expect(gelezen.tekst).toContain('Vertrouwelijk');
    expect(gelezen.tekst).not.toContain('auditkop');
    expect(gelezen.tekst).toContain('Aangemeld');
    expect(ruweCodes(gelezen.tekst)).toEqual([]);

    const { regels } = await ok(router, 'audit.lijst', { limiet: 5, actie: 'audit.geexporteerd' });
    expect(regels.map((r) => r.details['formaat'])).toEqual(['pdf', 'csv']);
    expect(regels[1]!.details['filter']).toEqual({ actie: 'overleg.' });
  });
});
