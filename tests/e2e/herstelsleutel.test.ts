/**
 * The recovery key in the browser (ADR 0010): making a new bestand shows the code once, with a
 * print button and a check that it was stored (the last group typed back); "Wachtwoord vergeten?" on
 * the login screen uses it and shows the next one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { h1, label, opstelling, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let s: Scherm;
let page: Page;
let code = '';

const WACHTWOORD = 'synthetisch-wachtwoord-e2e-herstel';
const NIEUW = 'nieuw-synthetisch-wachtwoord-e2e-herstel';

describe('herstelsleutel', () => {
  const o = opstelling();
  beforeAll(() => {
    ({ brug, s, page } = o);
  });

  it('een nieuw bestand toont de herstelsleutel één keer; verder pas na het overtypen van de laatste groep', async () => {
    await page.getByRole('button', { name: 'Nieuw bestand maken' }).click();
    await page.getByLabel(label('Mapnaam')).fill('proefstad');
    await page.getByLabel(label('Naam van het bestand')).fill('Gemeente Proefstad (synthetisch)');
    await page.getByLabel(label('Penvoerder')).fill('College van B&W van Proefstad');
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Weergavenaam')).fill('Regisseur Proef');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord herhalen')).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Bestand maken' }).click();

    await h1(page, 'Uw herstelsleutel').waitFor({ timeout: 60_000 });
    code = ((await page.getByTestId('herstelsleutel').textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{6}( \d{6}){7}$/);
    expect(await page.getByRole('button', { name: 'Noodkaart printen' }).isVisible()).toBe(true);
    // The print-only card carries bestand, penvoerder and the code, and is hidden on screen.
    const kaart = page.locator('.noodkaart');
    expect(await kaart.isVisible()).toBe(false);
    expect(await kaart.textContent()).toContain('College van B&W van Proefstad');
    expect(await kaart.textContent()).toContain(code);
    await scherm(page, '90-herstelsleutel-getoond');

    const veld = page.getByLabel('Laatste groep (6 cijfers)');
    await veld.fill('000000');
    await page.getByRole('button', { name: 'Ik heb hem bewaard' }).click();
    await page.getByText('Dit is niet de laatste groep van de herstelsleutel hierboven.').waitFor();
    await veld.fill(code.split(' ').at(-1)!);
    await page.getByRole('button', { name: 'Ik heb hem bewaard' }).click();
    await h1(page, 'Overzicht').waitFor();
    // A colleague, there before the recovery below, to be told about it at the next login.
    expect((await brug.api('gebruikers.toevoegen', { naam: 'zorg', weergavenaam: 'Zorg Proef', rol: 'zorgcoordinator', wachtwoord: WACHTWOORD })).ok).toBe(true);
    expect(s.fouten).toEqual([]);
  });

  it('Wachtwoord vergeten? zet met de herstelsleutel een nieuw wachtwoord en toont de volgende', async () => {
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await page.reload();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByRole('button', { name: 'Wachtwoord vergeten?' }).click();
    await h1(page, 'Wachtwoord vergeten').waitFor();
    await page.getByLabel(label('Gebruikersnaam van het account')).fill('regisseur');
    await page.getByLabel(label('Herstelsleutel')).fill(code);
    await page.getByLabel(label('Nieuw wachtwoord')).fill(NIEUW);
    await page.getByLabel(label('Nieuw wachtwoord herhalen')).fill(NIEUW);
    await scherm(page, '91-wachtwoord-vergeten');
    await page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click();
    await h1(page, 'Uw herstelsleutel').waitFor({ timeout: 60_000 });
    const volgende = ((await page.getByTestId('herstelsleutel').textContent()) ?? '').trim();
    expect(volgende).toMatch(/^\d{6}( \d{6}){7}$/);
    expect(volgende).not.toBe(code);
    await page.getByLabel('Laatste groep (6 cijfers)').fill(volgende.split(' ').at(-1)!);
    await page.getByRole('button', { name: 'Ik heb hem bewaard' }).click();
    await h1(page, 'Overzicht').waitFor();
    expect(s.fouten).toEqual([]);
  });

  it('een collega ziet bij de volgende aanmelding een melding, tot hij die heeft gezien', async () => {
    const dialoog = page.getByRole('dialog', { name: 'Wachtwoord hersteld met de herstelsleutel' });
    /** Signs in as the colleague; done when `klaar` shows. */
    const aanmelden = async (klaar: Locator) => {
      expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
      await page.reload();
      await h1(page, 'Aanmelden').waitFor();
      await page.getByLabel(label('Gebruikersnaam')).fill('zorg');
      await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
      await page.getByLabel(label('Wachtwoord')).press('Enter');
      // The first login after a recovery also finishes the audit of what happened; on a loaded machine
      // that has taken longer than the default wait.
      await klaar.waitFor({ timeout: 60_000 });
    };
    // Not the page's heading first: once the notice is open, the dialog hides the page from the
    // accessibility tree, and a heading not found before that moment is never found (a CI run waited 60 s).
    await aanmelden(dialoog);
    // Behind the notice: the start page (hidden from the accessibility tree while the dialog is open).
    await page.getByRole('heading', { level: 1, name: 'Overzicht', includeHidden: true }).waitFor({ state: 'attached' });
    expect(await dialoog.textContent()).toContain('het account "regisseur" (Ketenregisseur)');
    await scherm(page, '92-herstelmelding');
    await dialoog.getByRole('button', { name: 'Gezien' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await aanmelden(h1(page, 'Overzicht'));
    await page.waitForTimeout(500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(s.fouten).toEqual([]);
  });

  it('Beheer → Instellingen: de ketenregisseur vervangt de herstelsleutel met zijn eigen wachtwoord', async () => {
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await page.reload();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Wachtwoord')).fill(NIEUW);
    await page.getByLabel(label('Wachtwoord')).press('Enter');
    await h1(page, 'Overzicht').waitFor();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
    const sectie = page.getByRole('region', { name: 'Herstelsleutel' });
    await sectie.getByText(/Dit bestand heeft een herstelsleutel sinds/).waitFor();
    await sectie.getByRole('button', { name: 'Herstelsleutel vervangen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Herstelsleutel vervangen' });
    await dialoog.getByLabel(label('Uw wachtwoord')).fill(NIEUW);
    await dialoog.getByLabel(label('Uw wachtwoord')).press('Enter');
    await h1(page, 'Uw herstelsleutel').waitFor();
    const nieuw = ((await page.getByTestId('herstelsleutel').textContent()) ?? '').trim();
    expect(nieuw).toMatch(/^\d{6}( \d{6}){7}$/);
    await page.getByLabel('Laatste groep (6 cijfers)').fill(nieuw.split(' ').at(-1)!);
    await page.getByLabel('Laatste groep (6 cijfers)').press('Enter');
    await page.getByText('De nieuwe herstelsleutel is gemaakt; de vorige werkt niet meer.').waitFor();
    await scherm(page, '93-herstelsleutel-beheer');
    expect(s.fouten).toEqual([]);
  });
});
