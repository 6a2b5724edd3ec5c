/**
 * Issue 12 §3 in the browser: the ketenregisseur opens Rapportage, sees the figures of the half year with
 * small numbers as "< 5", writes the analysis, makes the report with one click (PDF and CSV in a folder),
 * records a Stuurgroep decision and runs an analysis it covers (art. 19.2). Axe-clean, with pictures; the PDF
 * made here is read back and its pages rendered for a look.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserStarten, brugStarten, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';
import { pdfLezen } from '../fixtures/pdf-lezen';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
let doel: string;

const WACHTWOORD = 'synthetisch-wachtwoord-e2e-rapportage';

describe('Rapportage', () => {
  beforeAll(async () => {
    doel = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-e2e-rapport-'));
    brug = await brugStarten();
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
  });

  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
    await brug?.stoppen();
    await fs.rm(doel, { recursive: true, force: true });
  });

  it('cijfers met "< 5", analyse schrijven, rapport maken met één klik, analyse onder een besluit', async () => {
    await page.getByRole('button', { name: 'Nieuw bestand maken' }).click();
    await page.getByLabel(label('Mapnaam')).fill('rapportstad');
    await page.getByLabel(label('Naam van het bestand')).fill('Gemeente Rapportstad (synthetisch)');
    await page.getByLabel(label('Penvoerder')).fill('College van B&W van Rapportstad');
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Weergavenaam')).fill('Regisseur Rapport');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord herhalen')).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Bestand maken' }).click();
    await h1(page, 'Uw herstelsleutel').waitFor({ timeout: 60_000 });

    const partners = (await brug.api('partners.lijst')).waarde as Array<{ id: number; code: string }>;
    const politie = partners.find((p) => p.code === 'POLITIE')!.id;
    for (let i = 0; i < 7; i++) {
      const r = await brug.api('signalen.opslaan', {
        formulier: {
          datumTijd: `2026-0${1 + (i % 3)}-1${i}T10:00`,
          melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
          bron: { naam: 'Synthetische Bron', partnerId: politie },
          slachtoffer: { naam: `Synthetische Rapport ${i}`, geboortedatum: '1999-01-01', nationaliteit: 'Poolse' },
          samenvatting: 'Synthetisch signaal.',
          vermoedens: ['sociaal-economische-uitbuiting'],
          vraag2: { watVoorWerk: 'Oogsten in de kassen' },
          fase: 1,
        },
        indienen: true,
      });
      expect(r.ok).toBe(true);
    }
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await page.reload();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord')).press('Enter');
    await h1(page, 'Overzicht').waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Rapportage', exact: true }).click();
    await h1(page, 'Rapportage').waitFor();
    await page.getByRole('combobox', { name: 'Periode' }).click();
    await page.getByRole('option', { name: /eerste helft 2026/ }).click();
    // The trends are charts (issue 12 §4); their "Tabel" shows the same numbers.
    const bron = page.getByTestId('grafiek-signalen-bron');
    // Seven signals over three months: every cell is under five, so no bars, only the words that say so.
    expect(await bron.getByTestId('grafiek-signalen-bron-leeg').textContent()).toContain('kleiner dan vijf');
    await bron.getByRole('button', { name: /^Tabel/ }).click();
    await bron.getByRole('rowheader', { name: 'januari 2026' }).waitFor();
    expect(await bron.textContent()).toContain('< 5');
    const trend = page.getByTestId('grafiek-trend');
    await trend.getByRole('button', { name: /^Tabel/ }).click();
    expect(await trend.getByRole('table').textContent()).toContain('7');

    const analyse = page.getByRole('textbox', { name: 'Analyse van de ketenregisseur' });
    await analyse.fill('De signalen kwamen dit half jaar vooral van de politie, uit de tuinbouw.');
    await page.getByRole('button', { name: 'Tekst opslaan' }).first().click();
    await page.getByText(/Laatst gewijzigd door regisseur/).first().waitFor();
    await scherm(page, 'rapportage-01-scherm');

    await page.getByLabel(label('Map')).fill(doel);
    await page.getByRole('button', { name: 'Rapport eerste helft 2026 maken' }).click();
    await page.getByTestId('rapport-gemaakt').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rapport-gemaakt').textContent()).toContain('halfjaarrapportage-2026-h1.pdf');
    await scherm(page, 'rapportage-02-gemaakt');

    const pdf = await pdfLezen(path.join(doel, 'halfjaarrapportage-2026-h1.pdf'), { afbeeldingen: { map: path.resolve('test-artifacts/e2e'), naam: 'rapportage-pdf' } });
    expect(pdf.getagd).toBe(true);
    expect(pdf.tekst).toContain('De signalen kwamen dit half jaar vooral van de politie, uit de tuinbouw.');
    expect(pdf.tekst).toContain('Gemeente Rapportstad (synthetisch)');
    expect(pdf.tekst).toContain('< 5');
    expect(pdf.tekst).not.toContain('Synthetische Rapport');
    expect((await fs.readdir(doel)).filter((n) => n.endsWith('.csv')).length).toBe(8);

    // Art. 19.2: without a decision no analysis beyond the report is offered; with one, only what it covers.
    await page.getByText('Er is geen geldig besluit van de Stuurgroep').waitFor();
    await page.getByRole('checkbox', { name: 'soort bron' }).check();
    await page.getByRole('checkbox', { name: 'leeftijd' }).check();
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByTestId('stuurgroepbesluiten').getByText('soort bron, leeftijd').waitFor();
    await page.getByRole('combobox', { name: 'Besluit' }).click();
    await page.getByRole('option').nth(1).click();
    await page.getByRole('combobox', { name: 'Rijen' }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual(['Kies', 'soort bron', 'leeftijd']);
    await page.getByRole('option', { name: 'soort bron' }).click();
    await page.getByRole('button', { name: 'Analyse uitvoeren' }).click();
    await page.getByTestId('analyse-uitkomst').getByRole('rowheader', { name: 'politie' }).waitFor();
    await scherm(page, 'rapportage-03-analyse');
    expect(s.fouten).toEqual([]);
  });
});
