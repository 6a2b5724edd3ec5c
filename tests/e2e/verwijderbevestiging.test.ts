/**
 * Issue 10 §1, art. 22.2 in the browser (ADR 0028): on the zorgcoördinatie laptop the zorgcoördinator
 * passes on a care partner's (GGD) deletion request about a person — "namens" the GGD, with the
 * person's reference, name and birth date — from the Terugsturen screen; the centraal bestand reads
 * it in and sends its signed confirmation; read in on the laptop, it is listed under "Ontvangen
 * verwijderbevestigingen" with the reference and counts, and without the name. Two real bridges
 * (real SQLCipher files, real OpenPGP bundles), axe-clean, with pictures.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { brugStarten, gegevensrij, h1, label, opstelling, rustigeWeergave, scherm, type Brug } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord verwijderbevestiging';
const PERSOON = 'Synthetische Xqwisbaar';

async function api(brug: Brug, kanaal: string, invoer: unknown = {}): Promise<unknown> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde;
}

async function kies(page: Page, veld: RegExp, optie: string): Promise<void> {
  await page.getByRole('combobox', { name: veld }).click();
  await page.getByRole('option', { name: optie, exact: true }).click();
}

describe('verwijderverzoek namens een zorgpartner en de ontvangen verwijderbevestiging', () => {
  const o = opstelling();
  let brugC: Brug;
  let usb: string;
  const ids: Record<string, number> = {};
  const zIds: Record<string, number> = {};
  let ggdNaam = '';

  beforeAll(async () => {
    brugC = await brugStarten();
    usb = await fs.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-usb-'));
    await api(brugC, 'bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: WACHTWOORD });
    await api(o.brug, 'bestand.maken', { map: 'zorg', naam: 'Zorgcoördinatie Proefregio', penvoerder: 'Zorgpartner', profiel: 'zorgcoordinatie', gebruiker: 'r.vermeulen', weergavenaam: 'Rosa Vermeulen', wachtwoord: WACHTWOORD });
    for (const p of (await api(brugC, 'partners.lijst')) as Array<{ id: number; code: string }>) ids[p.code] = p.id;
    for (const p of (await api(o.brug, 'partners.lijst')) as Array<{ id: number; code: string; naam: string }>) {
      zIds[p.code] = p.id;
      if (p.code === 'GEM-GGD') ggdNaam = p.naam;
    }
    await api(o.brug, 'identiteit.instellen', { partnerId: zIds.ZORGCOORD });
    const sleutelC = (await api(brugC, 'sleutels.eigen')) as { publiek: string; vingerafdrukGroepen: string };
    const sleutelZ = (await api(o.brug, 'sleutels.eigen')) as { publiek: string; vingerafdrukGroepen: string };
    const inZ = (await api(o.brug, 'sleutels.partnerImporteren', { partnerId: zIds['GEM-VEILIGHEID'], armored: sleutelC.publiek })) as { id: number };
    await api(o.brug, 'sleutels.bevestigen', { sleutelId: inZ.id, hoe: 'telefonisch met de ketenregisseur', vingerafdruk: sleutelC.vingerafdrukGroepen });
    const inC = (await api(brugC, 'sleutels.partnerImporteren', { partnerId: ids.ZORGCOORD, armored: sleutelZ.publiek })) as { id: number };
    await api(brugC, 'sleutels.bevestigen', { sleutelId: inC.id, hoe: 'telefonisch met de zorgcoördinator', vingerafdruk: sleutelZ.vingerafdrukGroepen });
    // The GGD's signal about the person, in the centraal bestand.
    await api(brugC, 'signalen.opslaan', {
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids['GEM-GGD'] },
        bron: { naam: 'Synthetische Bron', partnerId: ids['GEM-GGD'] },
        slachtoffer: { naam: PERSOON, geboortedatum: '2007-07-07' },
        samenvatting: 'Jongere mogelijk in de prostitutie.',
        vermoedens: ['seksuele-uitbuiting'],
        seksueleVormen: ['jeugdprostitutie'],
        fase: 2,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
  }, 120_000);
  afterAll(async () => {
    await brugC?.stoppen();
    await fs.rm(usb, { recursive: true, force: true });
  });

  it('de zorgcoördinator schrijft het verzoek namens de GGD over een persoon; de bevestiging staat in de lijst zonder naam', async () => {
    const z = o.page;
    await z.reload();
    await rustigeWeergave(z);
    await h1(z, 'Terugsturen').waitFor({ timeout: 60_000 });
    const lijst = z.getByTestId('verwijderbevestigingen');
    await lijst.getByText('Nog geen verwijderbevestigingen ontvangen.').waitFor();

    await z.getByRole('button', { name: 'Verwijderverzoek opstellen' }).click();
    const dialoog = z.getByRole('dialog', { name: 'Verwijderverzoek (art. 22.2)' });
    await dialoog.waitFor();
    await kies(z, /^Namens zorgpartner/, `${ggdNaam} (GEM-GGD)`);
    await dialoog.getByLabel(label('Bronregistratie')).fill('Cliëntdossier GGD (synthetisch)');
    await kies(z, /^Waarover/, 'Een persoon');
    // Name and birth date are required for a person.
    await dialoog.getByLabel(label('Uw referentie voor deze persoon')).fill('CLIENT-4711');
    await dialoog.getByLabel(label('Map (volledig pad)')).fill(usb);
    await dialoog.getByRole('button', { name: 'Verwijderverzoek schrijven' }).click();
    await dialoog.getByText('Noem de naam').waitFor();
    await scherm(z, 'verwijderbevestiging-01-verzoek-namens-persoon');
    await dialoog.getByLabel(label('Naam')).fill(PERSOON);
    await dialoog.getByLabel(label('Geboortedatum')).fill('07-07-2007');
    await dialoog.getByRole('button', { name: 'Verwijderverzoek schrijven' }).click();
    const geschreven = z.getByTestId('verzoek-geschreven');
    await geschreven.waitFor();
    const verzoekPad = (await geschreven.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(verzoekPad)).toMatch(/verwijderverzoek/);

    // The centraal bestand reads it in and writes its signed confirmation; the laptop reads that in.
    const ingelezen = (await api(brugC, 'bundels.inlezen', { pad: verzoekPad, bevestigingMap: usb })) as { verwijderbevestiging: { pad: string } };
    await api(o.brug, 'bundels.inlezen', { pad: ingelezen.verwijderbevestiging.pad, bevestigingMap: usb });
    await z.reload();
    await rustigeWeergave(z);
    await h1(z, 'Terugsturen').waitFor();
    const rij = gegevensrij(z.getByTestId('verwijderbevestigingen'), 0);
    await rij.waitFor();
    const tekst = (await rij.textContent()) ?? '';
    expect(tekst).toContain('GEM-GGD');
    expect(tekst).toContain('Persoon CLIENT-4711: 1 signaal/signalen, 0 navraag/navragen, 1 persoon/personen');
    expect(tekst).not.toContain('Xqwisbaar');
    await z.getByTestId('verwijderbevestigingen').scrollIntoViewIfNeeded();
    await scherm(z, 'verwijderbevestiging-02-lijst');
    expect(o.s.fouten).toEqual([]);
  });
});
