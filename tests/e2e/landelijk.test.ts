/**
 * Issue 12 §5 in the browser (art. 19, 22.6, 31; ADR 0041): the ketenregisseur of a region makes a statistics
 * bundle for the EMM on the Rapportage screen; a second region sends one too; the EMM's partner installation
 * reads both and shows the Landelijk beeld — merged figures, "< 5" where small numbers were hidden, the key
 * figures per region and the signed bundles they come from. Three real bridges (real SQLCipher files, real
 * OpenPGP bundles), axe-clean, with pictures.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { brugStarten, opstelling, paginaOpenen, rustigeWeergave, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord landelijk beeld';
const label = (tekst: string) => new RegExp(`^${tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\u2009\\*)?( \\*)?$`);
const h1 = (p: Page, naam: string) => p.getByRole('heading', { level: 1, name: naam });

async function api(brug: Brug, kanaal: string, invoer: unknown = {}): Promise<unknown> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde;
}

async function codes(brug: Brug): Promise<Record<string, number>> {
  const uit: Record<string, number> = {};
  for (const p of (await api(brug, 'partners.lijst')) as Array<{ id: number; code: string }>) uit[p.code] = p.id;
  return uit;
}

/** `ontvanger` trusts `afzender`'s key for partner `code`, confirmed as if by telephone. */
async function vertrouwen(ontvanger: Brug, afzender: Brug, code: string): Promise<void> {
  const sleutel = (await api(afzender, 'sleutels.eigen')) as { publiek: string; vingerafdrukGroepen: string };
  const s = (await api(ontvanger, 'sleutels.partnerImporteren', { partnerId: (await codes(ontvanger))[code], armored: sleutel.publiek })) as { id: number };
  await api(ontvanger, 'sleutels.bevestigen', { sleutelId: s.id, hoe: 'telefonisch', vingerafdruk: sleutel.vingerafdrukGroepen });
}

async function signalen(brug: Brug, aantal: number, werk: string): Promise<void> {
  const politie = (await codes(brug)).POLITIE;
  for (let i = 0; i < aantal; i++) {
    await api(brug, 'signalen.opslaan', {
      formulier: {
        datumTijd: `2026-0${1 + (i % 3)}-1${i % 10}T10:00`,
        melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
        bron: { naam: 'Synthetische Bron', partnerId: politie },
        slachtoffer: { naam: `Synthetische Landelijk ${i}`, geboortedatum: '1999-01-01', nationaliteit: 'Poolse' },
        samenvatting: 'Synthetisch signaal.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        vraag2: { watVoorWerk: werk },
        fase: 1,
      },
      indienen: true,
    });
  }
}

describe('Landelijk beeld uit statistiekbundels', () => {
  const o = opstelling();
  let noord: Brug;
  let oost: Brug;
  let usb: string;
  let regioScherm: Scherm;

  beforeAll(async () => {
    usb = await fs.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-usb-'));
    noord = await brugStarten();
    oost = await brugStarten();
    await api(noord, 'bestand.maken', { map: 'noord', naam: 'Ketensamenwerking Noordstad', penvoerder: 'B&W Noordstad', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur Noord', wachtwoord: WACHTWOORD });
    await api(oost, 'bestand.maken', { map: 'oost', naam: 'Ketensamenwerking Oostdorp', penvoerder: 'B&W Oostdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur Oost', wachtwoord: WACHTWOORD });
    await api(o.brug, 'bestand.maken', { map: 'emm', naam: 'EMM Landelijk (synthetisch)', penvoerder: 'EMM', profiel: 'partner', gebruiker: 'analist', weergavenaam: 'Analist EMM', wachtwoord: WACHTWOORD });
    await api(o.brug, 'identiteit.instellen', { partnerId: (await codes(o.brug)).EMM });
    // The EMM's registry names each region by the code its bundles are signed under.
    await api(oost, 'identiteit.instellen', { partnerId: (await codes(oost))['GEM-PUBLIEKSZAKEN'] });
    await vertrouwen(noord, o.brug, 'EMM');
    await vertrouwen(oost, o.brug, 'EMM');
    await vertrouwen(o.brug, noord, 'GEM-VEILIGHEID');
    await vertrouwen(o.brug, oost, 'GEM-PUBLIEKSZAKEN');
    await signalen(noord, 8, 'Oogsten in de kassen');
    await signalen(oost, 6, 'Schoonmaak in een hotel');
    await api(oost, 'statistiek.maken', { periode: '2026-H1', aan: (await codes(oost)).EMM, doelmap: usb });
  }, 240_000);

  afterAll(async () => {
    await regioScherm?.context.close();
    await noord?.stoppen();
    await oost?.stoppen();
    await fs.rm(usb, { recursive: true, force: true });
  });

  it('de ketenregisseur maakt de statistiekbundel op het scherm Rapportage', async () => {
    regioScherm = await paginaOpenen(o.browser, noord.adres);
    const p = regioScherm.page;
    await rustigeWeergave(p);
    await h1(p, 'Overzicht').waitFor({ timeout: 60_000 });
    await p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Rapportage', exact: true }).click();
    await h1(p, 'Rapportage').waitFor();
    await p.getByRole('combobox', { name: 'Periode' }).click();
    await p.getByRole('option', { name: /eerste helft 2026/ }).click();
    // The period's figures are there (a chart since issue 12 §4; its table view names the months).
    const bron = p.getByTestId('grafiek-signalen-bron');
    await bron.getByRole('button', { name: /^Tabel/ }).click();
    await bron.getByRole('rowheader', { name: 'januari 2026' }).waitFor();
    await p.getByRole('heading', { name: 'Cijfers voor het landelijk beeld' }).scrollIntoViewIfNeeded();
    await p.getByRole('combobox', { name: /^Ontvanger/ }).click();
    await p.getByRole('option', { name: /\(EMM\)$/ }).click();
    await p.getByLabel(label('Map op de USB-stick')).fill(usb);
    await p.getByRole('button', { name: 'Statistiekbundel maken voor eerste helft 2026' }).click();
    const gemaakt = p.getByTestId('statistiek-gemaakt');
    await gemaakt.waitFor({ timeout: 60_000 });
    expect(await gemaakt.textContent()).toMatch(/statistiek-EMM-[0-9a-f]{8}\.ketenbundel/);
    await gemaakt.scrollIntoViewIfNeeded();
    await scherm(p, 'landelijk-01-statistiekbundel-maken');
    expect(regioScherm.fouten).toEqual([]);
  });

  it('de EMM leest beide bundels in en ziet het landelijk beeld, herleidbaar per regio', async () => {
    const bundels = (await fs.readdir(usb)).filter((n) => n.includes('-statistiek-'));
    expect(bundels).toHaveLength(2);
    const bevestigingen = path.join(usb, 'bevestigingen');
    await fs.mkdir(bevestigingen);
    for (const n of bundels) await api(o.brug, 'bundels.inlezen', { pad: path.join(usb, n), bevestigingMap: bevestigingen });

    const z = o.page;
    await z.reload();
    await rustigeWeergave(z);
    await z.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Landelijk beeld' }).click({ timeout: 60_000 });
    await h1(z, 'Landelijk beeld').waitFor();
    const kern = z.getByTestId('landelijk-kerncijfers');
    await kern.getByRole('rowheader', { name: 'Signalen' }).waitFor();
    const signalenRij = (await kern.getByRole('row').filter({ has: z.getByRole('rowheader', { name: 'Signalen' }) }).textContent()) ?? '';
    // Noord 8 and Oost 6 signals: each shown, and 14 together.
    expect(signalenRij).toContain('8');
    expect(signalenRij).toContain('6');
    expect(signalenRij).toContain('14');
    expect(await z.getByTestId('landelijk-signalen-bron').textContent()).toContain('< 5');
    const bronnen = (await z.getByTestId('landelijk-bronnen').textContent()) ?? '';
    expect(bronnen).toContain('Ketensamenwerking Noordstad');
    expect(bronnen).toContain('Ketensamenwerking Oostdorp');
    expect(bronnen).toMatch(/[0-9A-F]{4} [0-9A-F]{4}/);
    expect(await z.textContent('body')).not.toContain('Synthetische Landelijk');
    await scherm(z, 'landelijk-02-samengevoegd');

    await z.getByRole('combobox', { name: 'Toon' }).click();
    await z.getByRole('option', { name: /Oostdorp/ }).click();
    await z.getByText('Ketensamenwerking Oostdorp (GEM-PUBLIEKSZAKEN)').first().waitFor();
    await scherm(z, 'landelijk-03-een-regio');
    expect(o.s.fouten).toEqual([]);
  });
});
