/**
 * Issue 12 §5 in the browser (art. 19, 22.6, 31; ADR 0041 with its addendum): the ketenregisseur of a region
 * names the region and makes a statistics bundle for the EMM on the Rapportage screen; a second region sends one
 * too; the EMM's partner installation — without Landelijk beeld in its navigation until then — reads one through
 * the Inlezen screen and one by the API, and shows the Landelijk beeld: the report's charts from the merged
 * figures, a lower bound ("≥ n") drawn lighter where a region hid a cell, each chart's table by keyboard, the key
 * figures per region and the signed bundles they come from. Three real bridges (real SQLCipher files, real
 * OpenPGP bundles), axe-clean, with pictures.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { brugStarten, h1, label, opstelling, paginaOpenen, rustigeWeergave, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord landelijk beeld';
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

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
  let noordId = '';

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
    // Noord: 10 a month, every cell shown. Oost: 3, 2 and 2, every month hidden — so the merged months are "≥ 10".
    await signalen(noord, 30, 'Oogsten in de kassen');
    await signalen(oost, 7, 'Schoonmaak in een hotel');
    await api(oost, 'statistiek.regio', { code: 'OOSTDORP', naam: 'Regio Oostdorp (synthetisch)' });
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
    // No region code yet: the EMM could not tell this region from another, so it is asked for first.
    await p.getByText('Deze installatie heeft nog geen regiocode en regionaam.', { exact: false }).waitFor();
    const regio = p.getByRole('form', { name: 'Regio in het landelijk beeld' });
    await regio.getByLabel(label('Regiocode')).fill('noord stad');
    await regio.getByLabel(label('Regionaam')).fill('Regio Noordstad (synthetisch)');
    await regio.getByRole('button', { name: 'Opslaan' }).click();
    await p.getByText('Een regiocode is 1 tot 30 hoofdletters, cijfers of streepjes', { exact: false }).waitFor();
    await scherm(p, 'landelijk-00-regio-geweigerd');
    await regio.getByLabel(label('Regiocode')).fill('NOORDSTAD');
    await regio.getByRole('button', { name: 'Opslaan' }).click();
    await p.getByTestId('statistiek-regio').getByText('Regio Noordstad (synthetisch) (NOORDSTAD)', { exact: false }).waitFor();
    await p.getByRole('combobox', { name: /^Ontvanger/ }).click();
    await p.getByRole('option', { name: /\(EMM\)$/ }).click();
    await p.getByLabel(label('Map op de USB-stick')).fill(usb);
    await p.getByRole('button', { name: 'Statistiekbundel maken voor eerste helft 2026' }).click();
    const gemaakt = p.getByTestId('statistiek-gemaakt');
    await gemaakt.waitFor({ timeout: 60_000 });
    const naam = /statistiek-EMM-([0-9a-f]{8})\.ketenbundel/.exec((await gemaakt.textContent()) ?? '');
    expect(naam).not.toBeNull();
    noordId = naam![1]!;
    await gemaakt.scrollIntoViewIfNeeded();
    await scherm(p, 'landelijk-01-statistiekbundel-maken');

    // Later changes go through Beheer → Instellingen, where the region stands as set.
    await nav(p, 'Instellingen').click();
    await h1(p, 'Instellingen').waitFor();
    const sectie = p.getByRole('form', { name: 'Regio in het landelijk beeld' });
    expect(await sectie.getByLabel(label('Regiocode')).inputValue()).toBe('NOORDSTAD');
    expect(await sectie.getByLabel(label('Regionaam')).inputValue()).toBe('Regio Noordstad (synthetisch)');
    await scherm(p, 'landelijk-01b-instellingen-regio');
    expect(regioScherm.fouten).toEqual([]);
  });

  it('de EMM leest beide bundels in; pas dan staat Landelijk beeld in de navigatie', async () => {
    const bundels = (await fs.readdir(usb)).filter((n) => n.includes('-statistiek-'));
    expect(bundels).toHaveLength(2);
    const bevestigingen = path.join(usb, 'bevestigingen');
    await fs.mkdir(bevestigingen);
    const z = o.page;
    await z.reload();
    await rustigeWeergave(z);
    await h1(z, 'Ontvangen dossiers').waitFor({ timeout: 60_000 });
    // No statistics bundle read yet: nothing to show, so no Landelijk beeld (ADR 0041, addendum).
    await nav(z, 'Inlezen').waitFor();
    expect(await nav(z, 'Landelijk beeld').count()).toBe(0);

    // Oost's bundle by the API, Noord's through the screen: reading it brings the screen into the navigation.
    const oostBundel = bundels.find((n) => n.includes('-statistiek-EMM-') && n !== bundels.find((x) => x.includes(noordId)))!;
    await api(o.brug, 'bundels.inlezen', { pad: path.join(usb, oostBundel), bevestigingMap: bevestigingen });
    await nav(z, 'Inlezen').click();
    await h1(z, 'Bundel inlezen').waitFor();
    await z.getByLabel(label('Bundelbestand (volledig pad)')).fill(path.join(usb, bundels.find((x) => x.includes(noordId))!));
    await z.getByRole('button', { name: 'Controleren' }).click();
    await z.getByTestId('voorbeeld').waitFor();
    await z.getByLabel(label('Map voor de ontvangstbevestiging (volledig pad)')).fill(bevestigingen);
    await z.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await z.getByTestId('bevestiging-geschreven').waitFor({ timeout: 60_000 });
    await nav(z, 'Landelijk beeld').waitFor();
    expect(o.s.fouten).toEqual([]);
  });

  it('het landelijk beeld: de grafieken van het rapport uit de samengevoegde cijfers, herleidbaar per regio', async () => {
    const z = o.page;
    await nav(z, 'Landelijk beeld').click();
    await h1(z, 'Landelijk beeld').waitFor();
    const kern = z.getByTestId('landelijk-kerncijfers');
    await kern.getByRole('rowheader', { name: 'Signalen' }).waitFor();
    const signalenRij = (await kern.getByRole('row').filter({ has: z.getByRole('rowheader', { name: 'Signalen' }) }).allInnerTexts()).join(' ');
    // Noord 30 and Oost 7 signals: each shown under its region code, and 37 together.
    expect(await kern.getByRole('columnheader').allInnerTexts()).toEqual(['Kerncijfer', 'NOORDSTAD', 'OOSTDORP', 'Landelijk']);
    expect(signalenRij.split(/\s+/).filter((x) => /^\d+$/.test(x))).toEqual(['30', '7', '37']);

    // The report's charts, each drawn: per month by source kind, per month by form of exploitation, the funnel.
    for (const id of ['signalen-bron', 'signalen-vorm', 'trechter']) await z.getByTestId(`landelijk-${id}-grafiek`).locator('svg').first().waitFor();
    const bron = z.getByTestId('landelijk-signalen-bron');
    expect(await bron.textContent()).toContain('Een lichte staaf met "≥" is een ondergrens');
    // A lower bound is drawn lighter, with "≥" on the bar; no bar stands for a "< 5".
    expect(await bron.locator('svg text').filter({ hasText: '≥' }).count()).toBeGreaterThan(0);
    await scherm(z, 'landelijk-02-samengevoegd');

    // By keyboard: the toggle is one tab stop; the arrow goes to "Tabel", Space turns it on.
    await bron.getByRole('button', { name: 'Grafiek', exact: true }).focus();
    await z.keyboard.press('ArrowRight');
    expect(await z.evaluate(() => document.activeElement?.textContent)).toMatch(/^Tabel/);
    await z.keyboard.press('Space');
    const tabel = bron.getByRole('table', { name: 'Signalen per maand naar soort bron' });
    await tabel.waitFor();
    const januari = (await tabel.getByRole('row').filter({ has: z.getByRole('rowheader', { name: 'januari 2026' }) }).allInnerTexts()).join(' ');
    // Noord showed 10, Oost hid its 3: at least 10, never 13.
    expect(januari).toContain('≥ 10');
    expect(januari).not.toContain('13');
    const tekst = (await tabel.textContent()) ?? '';
    for (const getal of tekst.replace(/< 5/g, '').replace(/\d{4}/g, '').match(/\b\d+\b/g) ?? []) expect(Number(getal)).toBeGreaterThanOrEqual(5);
    await tabel.scrollIntoViewIfNeeded();
    await scherm(z, 'landelijk-03-tabel');

    const bronnen = (await z.getByTestId('landelijk-bronnen').textContent()) ?? '';
    expect(bronnen).toContain('Regio Noordstad (synthetisch) (NOORDSTAD)');
    expect(bronnen).toContain('Regio Oostdorp (synthetisch) (OOSTDORP)');
    expect(bronnen).toMatch(/[0-9A-F]{4} [0-9A-F]{4}/);
    expect(await z.textContent('body')).not.toContain('Synthetische Landelijk');

    await z.getByRole('combobox', { name: 'Toon' }).click();
    await z.getByRole('option', { name: /Oostdorp/ }).click();
    await z.getByText('Zoals de ondertekende bundel van Regio Oostdorp (synthetisch) (OOSTDORP) ze bevat.').first().waitFor();
    await scherm(z, 'landelijk-04-een-regio');
    expect(o.s.fouten).toEqual([]);
  });
});
