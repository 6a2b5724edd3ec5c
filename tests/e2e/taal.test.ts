/**
 * Issue 9 §4 in the browser: a refusal from the backend arrives as a code and is worded in the
 * language the user chose. Switched to English, a wrong passphrase at sign-in reads in English, a
 * field message from the contract (an empty passphrase) stands in English next to its field, and the
 * bridge's own refusal (a token that is not this bridge's) reads in English too (ADR 0015, 0027);
 * switched back, the refusal reads as it always did in Dutch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { h1, label, opstelling, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let s: Scherm;
let page: Page;

const WACHTWOORD = 'synthetisch-wachtwoord-e2e-taal';

describe('taal van weigeringen', () => {
  const o = opstelling();
  beforeAll(() => {
    ({ brug, s, page } = o);
  });

  it('in het Engels lezen een onjuist wachtwoord, een veldmelding en een weigering van de brug als Engels, in het Nederlands als vanouds', async () => {
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

    // A field message: the contract's code for an empty passphrase, in English, under that field.
    await page.getByLabel(label('Passphrase')).fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const veld = page.locator('[data-foutcode="ONGELDIGE_INVOER"]');
    await veld.waitFor();
    const hulptekst = page.getByText('Enter your passphrase', { exact: true });
    await hulptekst.waitFor();
    expect(await page.getByLabel(label('Passphrase')).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('form').textContent()).not.toMatch(/Vul uw wachtwoord in|Onjuist|invoer is niet/);
    await scherm(page, '96-veldmelding-in-het-engels');

    // The bridge's own refusal: this tab now holds a token of no bridge.
    const token = await page.evaluate(() => sessionStorage.getItem('ketenbestand.token'));
    await page.evaluate(() => sessionStorage.setItem('ketenbestand.token', 'ab'.repeat(32)));
    await page.getByLabel(label('Passphrase')).fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const brugweigering = page.locator('[data-foutcode="GEEN_TOEGANG"]');
    await brugweigering.waitFor();
    const brugtekst = (await brugweigering.textContent()) ?? '';
    expect(brugtekst).toContain('This browser session does not belong to this Ketenbestand bridge');
    expect(brugtekst).not.toMatch(/browsersessie|hoort niet|Niet gelukt/);

    // Back to Dutch: the refusal on screen now reads as the bridge always said it, in Dutch.
    await page.getByRole('button', { name: /Language/ }).first().click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await expect.poll(async () => (await brugweigering.textContent()) ?? '').toContain('Deze browsersessie hoort niet bij deze Ketenbestand-brug');
    await page.evaluate((t) => sessionStorage.setItem('ketenbestand.token', t ?? ''), token);
    // The failed calls logged nothing but the refused requests themselves.
    expect(s.fouten.filter((f) => !/status of 40[01]/.test(f))).toEqual([]);
  });
});
