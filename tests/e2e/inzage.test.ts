/**
 * The inzage answer of art. 25.3 from the privacy-medewerker's request screen, in the demo: the
 * overview of the confirmed requester is reviewed on screen, one part is withheld on a ground of
 * art. 25.4, and the PDF is made into a folder; its name names no person. Axe and a screenshot.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gegevensrij, h1, label, opstelling, scherm } from './hulp';

let page: Page;
let doelmap: string;
const WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';


describe('inzage (art. 25.3): het overzicht voor de verzoeker, nagekeken en als PDF', () => {
  const o = opstelling();
  beforeAll(async () => {
    doelmap = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-inzage-e2e-'));
    page = o.page;
    await page.getByRole('button', { name: 'Demobestand gebruiken' }).click();
    await h1(page, 'Aanmelden').waitFor({ timeout: 120_000 });
  }, 180_000);

  afterAll(() => {
    fs.rmSync(doelmap, { recursive: true, force: true });
  });

  it('het overzicht nakijken, een onderdeel achterhouden op art. 25.4 en de PDF maken', async () => {
    await page.getByLabel(label('Gebruikersnaam')).fill('demo.privacy');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord')).press('Enter');
    await h1(page, 'Overzicht').waitFor();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Rechten betrokkenen', exact: true }).click();
    await page.getByRole('button', { name: 'Naar het register' }).click();
    const register = page.getByRole('table', { name: 'Verzoeken van betrokkenen' });
    await gegevensrij(register, 0).waitFor();
    await register.getByRole('row', { name: /Inzage/ }).first().click();
    await h1(page, /Inzage/).waitFor();

    await page.getByRole('button', { name: 'Overzicht bekijken' }).first().click();
    const onderdelen = page.getByTestId('inzage-onderdelen');
    await onderdelen.waitFor();
    const aantal = await onderdelen.locator(':scope > li').count();
    expect(aantal).toBeGreaterThan(1);
    await scherm(page, '91a-inzage-voorbeeld');

    // Withhold the first part on a ground of art. 25.4; it stays in the overview, marked with its article.
    await onderdelen.getByRole('combobox', { name: label('Achterhouden') }).first().click();
    await page.getByRole('listbox').getByRole('option').nth(1).click();
    await page.getByRole('button', { name: 'Overzicht bekijken' }).last().click();
    await onderdelen.getByText(/^Achtergehouden: art\. 25\.4/).first().waitFor();

    await page.getByLabel(label('Map voor de PDF')).fill(doelmap);
    await page.getByRole('button', { name: 'PDF maken' }).click();
    await page.getByText(/^Inzageoverzicht gemaakt: /).waitFor({ timeout: 60_000 });
    await scherm(page, '91b-inzage-gemaakt');

    const pdfs = fs.readdirSync(doelmap).filter((n) => n.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(fs.readFileSync(path.join(doelmap, pdfs[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
    // The file name names no person: only the word, a request number and a date.
    expect(pdfs[0]).toMatch(/^[a-z0-9-]+\.pdf$/i);
    expect(pdfs[0]).not.toMatch(/[A-Z][a-z]+ [A-Z]/);
  });
});
