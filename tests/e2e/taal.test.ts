/**
 * Issue 9 §4 in the browser: a refusal from the backend arrives as a code and is worded in the
 * language the user chose. Switched to English, a wrong passphrase at sign-in reads in English;
 * switched back, it reads as it always did in Dutch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { brugStarten, browserStarten, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;

const WACHTWOORD = 'synthetisch-wachtwoord-e2e-taal';
const label = (tekst: string) => new RegExp(`^${tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\u2009\\*)?( \\*)?$`);
const h1 = (p: Page, naam: string) => p.getByRole('heading', { level: 1, name: naam });

describe('taal van weigeringen', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
  });

  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('in het Engels leest een onjuist wachtwoord bij aanmelden als Engels, in het Nederlands als vanouds', async () => {
    await page.getByRole('button', { name: 'Nieuw bestand maken' }).click();
    await page.getByLabel(label('Mapnaam')).fill('taalstad');
    await page.getByLabel(label('Naam van het bestand')).fill('Gemeente Taalstad (synthetisch)');
    await page.getByLabel(label('Penvoerder')).fill('College van B&W van Taalstad');
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Weergavenaam')).fill('Regisseur Taal');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord herhalen')).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Bestand maken' }).click();
    await h1(page, 'Uw herstelsleutel').waitFor({ timeout: 60_000 });
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await page.reload();
    await h1(page, 'Aanmelden').waitFor();

    // The user switches the UI to English with the language menu.
    await page.getByRole('button', { name: /Taal/ }).first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await h1(page, 'Sign in').waitFor();

    await page.getByLabel(label('User name')).fill('regisseur');
    await page.getByLabel(label('Passphrase')).fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const melding = page.locator('[data-foutcode="ONJUISTE_AANMELDING"]');
    await melding.waitFor({ timeout: 60_000 });
    const tekst = (await melding.textContent()) ?? '';
    expect(tekst).toContain('Not done');
    expect(tekst).toContain('Incorrect user name or passphrase');
    expect(tekst).not.toMatch(/Onjuist|wachtwoord|Niet gelukt/);
    await scherm(page, '95-weigering-in-het-engels');

    // Back to Dutch: the same refusal on screen now reads as before.
    await page.getByRole('button', { name: /Language/ }).first().click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await expect.poll(async () => (await melding.textContent()) ?? '').toContain('Onjuiste gebruikersnaam of wachtwoord');
    expect(s.fouten).toEqual([]);
  });
});
