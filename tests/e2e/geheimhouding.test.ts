/**
 * Art. 21.2 in real Chromium (issue 11 §3, ADR 0043): an account that signs in for the first time
 * sees the duty of confidentiality before anything else, ticks "Ik heb dit gelezen en houd mij eraan"
 * and confirms, by keyboard alone; until then the bridge refuses its case data with art. 21.2. Then
 * Beheer → Gebruikers shows who confirmed and when. A new account may replace its passphrase before
 * it confirms (nothing of the case data). axe on each screen, and a screenshot of each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { geheimhoudingVanzelf, h1, label, opstelling, scherm, type Brug } from './hulp';

// This file is about the step itself: nothing acknowledges on the accounts' behalf.
geheimhoudingVanzelf.aan = false;

const WACHTWOORD = 'synthetisch-wachtwoord-e2e-geheimhouding';
const NIEUW_WACHTWOORD = 'een-ander-synthetisch-wachtwoord-e2e';
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

describe('geheimhouding bij de eerste aanmelding (art. 21.2)', () => {
  const o = opstelling();
  let brug: Brug;
  let page: Page;
  beforeAll(async () => {
    ({ brug, page } = o);
    // The ketenregisseur made the bestand and confirmed already; the bewerker is new.
    expect((await brug.api('bestand.maken', { map: 'geheim', naam: 'Gemeente Zwijgdorp (synthetisch)', penvoerder: 'B&W Zwijgdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur Proef', wachtwoord: WACHTWOORD })).ok).toBe(true);
    expect((await brug.api('geheimhouding.bevestigen', { versie: 1 })).ok).toBe(true);
    expect((await brug.api('gebruikers.toevoegen', { naam: 'bewerker', weergavenaam: 'Bea Bewerker', rol: 'bewerker', wachtwoord: WACHTWOORD })).ok).toBe(true);
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await page.reload();
    await h1(page, 'Aanmelden').waitFor();
    // The calm view (no transitions) holds after the reload too, so axe never runs on a dialog mid-fade.
    expect(await page.evaluate(() => [...document.querySelectorAll('style')].some((s) => s.textContent?.includes('transition: none !important')))).toBe(true);
  });

  it('een nieuw account ziet eerst de geheimhoudingsplicht; met het toetsenbord aanvinken en bevestigen', async () => {
    await page.getByLabel(label('Gebruikersnaam')).fill('bewerker');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.keyboard.press('Enter');
    await h1(page, 'Geheimhoudingsplicht').waitFor({ timeout: 60_000 });
    // Nothing else of the app: no navigation, only the text, the tick and the button.
    expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).count()).toBe(0);
    expect(await page.locator('blockquote').textContent()).toContain('een plicht tot geheimhouding op');
    await scherm(page, 'geheimhouding-01-eerste-aanmelding');

    // The backend refuses case data meanwhile, whatever the page shows.
    const geweigerd = await brug.api('signalen.lijst', {});
    expect(geweigerd.ok).toBe(false);
    if (!geweigerd.ok) expect(geweigerd.fout).toMatchObject({ code: 'GEHEIMHOUDING_NIET_BEVESTIGD', artikel: 'art. 21.2' });

    // The heading has the focus; Tab reaches the tick, then the button. Confirming without the tick is refused.
    const vinkje = page.getByRole('checkbox', { name: 'Ik heb dit gelezen en houd mij eraan' });
    await page.keyboard.press('Tab');
    expect(await vinkje.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bevestigen en verder');
    await page.keyboard.press('Enter');
    await page.getByText('Vink eerst aan dat u de tekst hebt gelezen en u eraan houdt.').waitFor();
    expect(await vinkje.getAttribute('aria-invalid')).toBe('true');
    await scherm(page, 'geheimhouding-02-zonder-vinkje');

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await vinkje.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await nav(page, 'Signalen').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { level: 1, name: 'Geheimhoudingsplicht' }).count()).toBe(0);
    expect((await brug.api('signalen.lijst', {})).ok).toBe(true);
  });

  it('Beheer → Gebruikers toont per account of en wanneer het de geheimhoudingsplicht bevestigde', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.keyboard.press('Enter');
    await nav(page, 'Gebruikers').click({ timeout: 60_000 });
    const tabel = page.getByRole('table', { name: 'Accounts van dit bestand' });
    await tabel.waitFor();
    expect(await tabel.getByRole('columnheader', { name: /Geheimhouding \(art\. 21\.2\)/ }).count()).toBe(1);
    for (const naam of ['regisseur', 'bewerker']) {
      expect(await tabel.getByRole('row', { name: new RegExp(`^${naam}\\b`) }).textContent(), naam).toMatch(/Bevestigd op \d/);
    }
    await scherm(page, 'geheimhouding-03-gebruikers');

    const audit = await brug.api('audit.lijst', { actie: 'geheimhouding.bevestigd' });
    expect(audit.ok).toBe(true);
    if (audit.ok) expect((audit.waarde as { regels: Array<{ gebruiker: string }> }).regels.map((r) => r.gebruiker).sort()).toEqual(['bewerker', 'regisseur']);
  });

  it('voor het bevestigen kan een nieuw account zijn wachtwoord vervangen; de geheimhoudingsplicht blijft daarna staan', async () => {
    expect((await brug.api('gebruikers.toevoegen', { naam: 'nieuwkomer', weergavenaam: 'Nina Nieuwkomer', rol: 'bewerker', wachtwoord: WACHTWOORD })).ok).toBe(true);
    await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByLabel(label('Gebruikersnaam')).fill('nieuwkomer');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.keyboard.press('Enter');
    await h1(page, 'Geheimhoudingsplicht').waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
    await dialoog.getByLabel(label('Huidig wachtwoord')).fill(WACHTWOORD);
    await dialoog.getByLabel(label('Nieuw wachtwoord')).fill(NIEUW_WACHTWOORD);
    await dialoog.getByLabel(label('Nieuw wachtwoord herhalen')).fill(NIEUW_WACHTWOORD);
    await scherm(page, 'geheimhouding-04-wachtwoord-ervoor');
    await page.keyboard.press('Enter');
    await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
    await dialoog.waitFor({ state: 'detached' });

    // The new passphrase opens the account; the duty is still to be acknowledged.
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByLabel(label('Gebruikersnaam')).fill('nieuwkomer');
    await page.getByLabel(label('Wachtwoord')).fill(NIEUW_WACHTWOORD);
    await page.keyboard.press('Enter');
    await h1(page, 'Geheimhoudingsplicht').waitFor({ timeout: 60_000 });
    const geweigerd = await brug.api('signalen.lijst', {});
    expect(geweigerd.ok).toBe(false);
  });
});
