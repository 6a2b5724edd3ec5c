/**
 * Words, not codes (issue 11 §7, ADR 0037), in real Chromium on the demo file: the audit viewer, its
 * detail view and its export, a dossier's timeline and the purge preview show no raw code — no
 * `soort:12`, no `[]`, no kebab-case code, no 64-character hash — and name people, not accounts. The
 * filters speak in words (kind of action, person, period). The bewerker's overview has no purge tile;
 * the zorgcoördinator's starts with the next zorgoverleg and its open signals.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ruweCodes } from '../fixtures/ruwe-codes';
import { gegevensrij, h1, label, opstelling, scherm } from './hulp';

const WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';
let page: Page;

const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

async function aanmelden(naam: string): Promise<void> {
  if ((await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).count()) > 0) {
    await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
  }
  await h1(page, 'Aanmelden').waitFor({ timeout: 90_000 });
  await page.getByLabel(label('Gebruikersnaam')).fill(naam);
  await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
  await page.getByLabel(label('Wachtwoord')).press('Enter');
  await h1(page, 'Overzicht').waitFor();
}

/** The visible text of a part of the screen, checked for raw codes. */
async function zonderCodes(deel: Locator, waar: string): Promise<string> {
  const tekst = await deel.innerText();
  expect(ruweCodes(tekst), `ruwe codes op ${waar}`).toEqual([]);
  return tekst;
}

describe('woorden, geen codes', () => {
  const o = opstelling();
  beforeAll(async () => {
    page = o.page;
    await page.getByRole('button', { name: 'Demobestand gebruiken' }).click();
  });

  it('de bewerker ziet geen opschoontegel', async () => {
    await aanmelden('demo.bewerker');
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('opschonen').count()).toBe(0);
    await scherm(page, '90-woorden-bewerker-overzicht');
  });

  it('de zorgcoördinator ziet eerst het volgende zorgoverleg met zijn open signalen', async () => {
    await aanmelden('demo.zorg');
    const tegel = page.getByTestId('volgend-zorgoverleg');
    await tegel.waitFor();
    const tekst = await zonderCodes(tegel, 'de zorgoverlegtegel');
    expect(tekst).toContain('Volgend zorgoverleg');
    expect(tekst).toMatch(/\d{2}-\d{2}-\d{4}/);
    await scherm(page, '90b-woorden-zorgcoordinator-overzicht');
  });

  it('het auditlog in woorden: filters op soort handeling, persoon en periode; detail; export', async () => {
    await aanmelden('demo.privacy');
    await page.setViewportSize({ width: 1440, height: 900 });
    await nav(page, 'Audit').click();
    const tabel = page.getByRole('table', { name: 'Auditregels' });
    await gegevensrij(tabel, 0).waitFor();
    const main = page.getByRole('main');
    await zonderCodes(main, 'de auditlijst');

    // The kind of action and the person as words: no "partner." to type, no account names.
    await page.getByRole('combobox', { name: 'Soort handeling' }).click();
    await page.getByRole('option', { name: 'Overleggen' }).click();
    await page.getByRole('combobox', { name: 'Persoon' }).click();
    const opties = await page.getByRole('option').allTextContents();
    expect(opties).not.toContain('demo.regisseur');
    await page.getByRole('option', { name: 'Iedereen' }).click();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(async () => (await gegevensrij(tabel, 0).innerText()).includes('overleg')).toBe(true);
    const tekst = await zonderCodes(main, 'de gefilterde auditlijst');
    expect(tekst).toMatch(/Status van een overleg gewijzigd|Overleg gepland|Besluit in een overleg vastgelegd/);
    await scherm(page, '91-woorden-audit-gefilterd');

    // The detail of a status change: "Doorgeschoven punten: geen", the hash in groups of four.
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByRole('combobox', { name: 'Soort handeling' }).click();
    await page.getByRole('option', { name: 'Overleggen' }).click();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const status = tabel.getByRole('row').filter({ hasText: 'Status van een overleg gewijzigd' }).first();
    await status.waitFor();
    await status.getByRole('button', { name: /^Bekijken/ }).click();
    const detail = page.getByRole('dialog', { name: 'Status van een overleg gewijzigd' });
    await detail.waitFor();
    const detailtekst = await zonderCodes(detail, 'het detail van een auditregel');
    expect(detailtekst).toContain('Doorgeschoven punten');
    expect(detailtekst).toMatch(/Controlegetal\s+([0-9A-F]{4} ){15}[0-9A-F]{4}/);
    await scherm(page, '92-woorden-audit-detail');
    await detail.getByRole('button', { name: 'Sluiten' }).click();

    // Export for supervision: CSV into a folder; the export is itself in the log.
    const map = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-e2e-auditexport-'));
    const exporteren = page.getByRole('region', { name: 'Exporteren voor toezicht' });
    await exporteren.getByLabel(label('Map (volledig pad)')).fill(map);
    await exporteren.getByRole('button', { name: 'Als CSV opslaan' }).click();
    await exporteren.getByText(/regels opgeslagen in/).waitFor();
    const bestanden = await fs.readdir(map);
    expect(bestanden).toHaveLength(1);
    expect(await fs.readFile(path.join(map, bestanden[0]!), 'utf8')).toContain('Status van een overleg gewijzigd');
    await scherm(page, '93-woorden-audit-export');
    await fs.rm(map, { recursive: true, force: true });
  });

  it('de tijdlijn van een dossier en het opschoonvoorbeeld in woorden', async () => {
    await aanmelden('demo.regisseur');
    await nav(page, 'Dossiers').click();
    const lijst = page.getByRole('main').getByRole('table').first();
    await gegevensrij(lijst, 0).waitFor();
    await gegevensrij(lijst, 0).getByRole('button').first().click();
    await page.getByRole('tab', { name: 'Tijdlijn' }).click();
    const tijdlijn = page.getByRole('list', { name: 'Tijdlijn' });
    await tijdlijn.waitFor();
    const tekst = await zonderCodes(tijdlijn, 'de tijdlijn');
    expect(tekst).not.toMatch(/demo\.(regisseur|zorg|bewerker)/);
    await scherm(page, '94-woorden-tijdlijn');

    await nav(page, 'Overleggen').click();
    await page.getByRole('tab', { name: 'Opschonen' }).click();
    const kandidaten = page.getByRole('table', { name: 'Dossiers om op te schonen' });
    await kandidaten.waitFor();
    const eerste = gegevensrij(kandidaten, 0);
    await eerste.waitFor();
    await eerste.getByRole('button', { name: /^Voorbeeld bekijken/ }).click();
    const voorbeeld = page.getByRole('region', { name: /^Voorbeeld: opschonen van / });
    await voorbeeld.waitFor();
    const analyse = voorbeeld.getByRole('table', { name: 'Geanonimiseerde analysegegevens' });
    await gegevensrij(analyse, 0).waitFor();
    const analysetekst = await zonderCodes(voorbeeld, 'het opschoonvoorbeeld');
    expect(analysetekst).toMatch(/(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    await scherm(page, '95-woorden-opschonen-voorbeeld');
  });
});
