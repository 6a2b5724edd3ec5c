/**
 * The demo start: choose the demo, sign in with the credentials it shows, see the partner register
 * with a party that gave notice (art. 34.3) and an accession under way (art. 4.3). Then the ways a
 * session ends without the user asking: the backend no longer knows it (NIET_AANGEMELD), and the
 * renderer's own auto-lock after idle minutes (with Playwright's clock standing in for a closed lid).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { maandenErbij, nlDatum, vandaag } from '@shared/datum';
import { h1, label, opstelling, paginaOpenen, rustigeWeergave, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
let wachtwoord = '';

const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

async function aanmelden(p: Page, naam: string): Promise<void> {
  await p.getByLabel(label('Gebruikersnaam')).fill(naam);
  await p.getByLabel(label('Wachtwoord')).fill(wachtwoord);
  await p.getByLabel(label('Wachtwoord')).press('Enter');
  await h1(p, 'Overzicht').waitFor();
}

describe('demo', () => {
  const o = opstelling();
  beforeAll(() => {
    ({ brug, browser, s, page } = o);
  });

  it('demobestand kiezen: gebruikersnamen en wachtwoord staan bij het aanmelden', async () => {
    await page.getByRole('button', { name: 'Demobestand gebruiken' }).click();
    await h1(page, 'Aanmelden').waitFor({ timeout: 60_000 });
    const demo = page.getByRole('region', { name: 'Het demobestand staat klaar' });
    await demo.waitFor();
    const tabel = demo.getByRole('table', { name: 'Gebruikers in het demobestand' });
    expect(await tabel.getByRole('row').count()).toBe(6);
    expect(await tabel.getByRole('row', { name: /demo\.regisseur/ }).textContent()).toContain('Ketenregisseur');
    wachtwoord = (await demo.getByTestId('demo-wachtwoord').textContent()) ?? '';
    expect(wachtwoord).toBe('demo-wachtwoord-niet-voor-echt-gebruik');
    // The login screen names the bestand itself, not its folder (issue 9 §6).
    await page.getByText('Bestand: Demo Ketenbestand Regio Voorbeeld').waitFor();
    await scherm(page, '30-demo-aanmelden');
  });

  it('een later bezoek: via "Bestaand bestand openen" staan de demo-accounts er weer bij', async () => {
    await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
    await page.getByRole('button', { name: 'Bestand openen' }).click();
    await page.getByRole('button', { name: /Demo Ketenbestand Regio Voorbeeld/ }).click();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByText('Bestand: Demo Ketenbestand Regio Voorbeeld').waitFor();
    const demo = page.getByRole('region', { name: 'Het demobestand staat klaar' });
    await demo.waitFor();
    expect(await demo.getByTestId('demo-wachtwoord').textContent()).toBe(wachtwoord);
    expect(await demo.getByRole('table', { name: 'Gebruikers in het demobestand' }).getByRole('row').count()).toBe(6);
  });

  it('aangemeld als demo.regisseur: het register met een opzegging en een lopende toetreding', async () => {
    await aanmelden(page, 'demo.regisseur');
    expect(await page.getByRole('banner').getByTestId('bestandsnaam').textContent()).toBe('Demo Ketenbestand Regio Voorbeeld');
    await nav(page, 'Partners').click();
    const register = page.getByRole('table', { name: 'Partnerregister' });
    const kvk = register.locator('tr[data-code="KVK"]');
    await kvk.waitFor();
    const uittreding = nlDatum(maandenErbij(maandenErbij(vandaag(), -2), 6));
    expect(await kvk.locator('[data-status]').textContent()).toBe(`Opgezegd (uittreding per ${uittreding})`);
    expect(await register.locator('tr[data-code="KMAR"] [data-status]').textContent()).toBe('Toetreding aangevraagd');
    await scherm(page, '31-demo-partners');

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Opgezegd' }).click();
    await expect.poll(() => register.getByRole('row').count()).toBe(2);
    expect(await page.getByText('1 van 22 partners').count()).toBe(1);
    await register.getByRole('button', { name: /Kamer van Koophandel/ }).click();
    await page.getByText(`Opgezegd op ${nlDatum(maandenErbij(vandaag(), -2))}; uittreding per ${uittreding} (art. 34.3).`).waitFor();
    await scherm(page, '32-demo-partner-opgezegd');

    await page.getByRole('button', { name: 'Terug naar partners' }).click();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Alle' }).click();
    await register.getByRole('button', { name: 'Koninklijke Marechaussee' }).click();
    expect(await page.getByTestId('instemmingen-stand').textContent()).toBe('8 van 16 partijen hebben ingestemd');
    expect(await page.getByRole('button', { name: /^Instemming vastleggen voor / }).count()).toBe(8);
  });

  it('een opzegging vastleggen (art. 34.3): bevestigen, uittreding zes maanden later', async () => {
    await page.getByRole('button', { name: 'Terug naar partners' }).click();
    await page.getByRole('table', { name: 'Partnerregister' }).getByRole('button', { name: /Centraal Orgaan opvang Asielzoekers/ }).click();
    await page.getByRole('heading', { name: 'Opzegging (art. 34.3)' }).waitFor();
    const datum = page.getByLabel(label('Datum van opzegging'));
    await datum.fill('31-8-2026');
    expect(await page.getByTestId('uittreding').textContent()).toBe('Uittreding gaat in per 28-02-2027.');
    await datum.fill(nlDatum(vandaag()));
    const verwacht = nlDatum(maandenErbij(vandaag(), 6));
    await page.getByRole('button', { name: 'Opzegging vastleggen' }).click();
    const bevestiging = page.getByRole('dialog', { name: 'Opzegging vastleggen?' });
    await bevestiging.waitFor();
    expect(await bevestiging.textContent()).toContain(`De uittreding gaat in per ${verwacht}`);
    await scherm(page, '33-demo-opzegging-bevestigen');
    await bevestiging.getByRole('button', { name: 'Opzegging vastleggen' }).click();
    await page.getByText(`De opzegging is vastgelegd; uittreding per ${verwacht}.`).waitFor();
    expect(await page.locator('main [data-status]').first().textContent()).toBe(`Opgezegd (uittreding per ${verwacht})`);
    await scherm(page, '34-demo-opzegging-vastgelegd');
  });

  it('de overdracht aan de politie staat op "Bevestigd": haar ontvangstbevestiging is teruggelezen', async () => {
    await nav(page, 'Overdrachten').click();
    await h1(page, 'Overdrachten').waitFor();
    const uitgaand = page.getByRole('table', { name: 'Verzonden bundels' });
    const bevestigd = uitgaand.locator('[data-status="bevestigd"]');
    await bevestigd.first().waitFor();
    expect(await bevestigd.count()).toBe(1);
    expect(await bevestigd.locator('xpath=ancestor::tr').textContent()).toContain('POLITIE');
    await bevestigd.scrollIntoViewIfNeeded();
    await scherm(page, '34a-demo-overdracht-bevestigd');
  });

  it('de privacymedewerker ziet de audit, geen casusgegevens en geen accountbeheer', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
    await h1(page, 'Aanmelden').waitFor();
    await aanmelden(page, 'demo.privacy');
    expect(await nav(page, 'Audit').count()).toBe(1);
    expect(await nav(page, 'Partners').count()).toBe(1);
    for (const verborgen of ['Gebruikers', 'Signalen', 'Dossiers', 'Instellingen']) {
      expect(await nav(page, verborgen).count(), verborgen).toBe(0);
    }
    // The integrity check reads no content (art. 12.22): that section only, no backup, key or restore.
    await nav(page, 'Backup & sleutel').click();
    await page.getByRole('button', { name: 'Bestand controleren' }).waitFor();
    for (const knop of ['Backup maken', 'Sleutel vervangen', 'Bekijken wat er verandert']) {
      expect(await page.getByRole('button', { name: knop }).count(), knop).toBe(0);
    }
    await nav(page, 'Audit').click();
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByTestId('auditcontrole').getByText(/De auditketen is intact/).waitFor();
    await scherm(page, '35-demo-privacymedewerker-audit');
  });

  it('de beheerder krijgt alleen aangeboden wat hij mag: accounts zonder casusinzage, geen eigen rol, geen sleutels vertrouwen (art. 15.3, 21.10)', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
    await h1(page, 'Aanmelden').waitFor();
    await aanmelden(page, 'demo.beheer');
    await nav(page, 'Gebruikers').click();
    const tabel = page.getByRole('table', { name: 'Accounts van dit bestand' });
    await tabel.waitFor();
    const rij = (naam: string) => tabel.getByRole('row', { name: new RegExp(naam.replace('.', '\\.')) });
    // Absent, not just refused: no button for his own role or for an account that sees case data.
    for (const naam of ['demo.beheer', 'demo.regisseur', 'demo.zorg', 'demo.bewerker']) {
      expect(await rij(naam).getByRole('button', { name: /^Rol wijzigen/ }).count(), naam).toBe(0);
    }
    expect(await rij('demo.privacy').getByRole('button', { name: /^Rol wijzigen/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Gebruiker toevoegen' });
    await dialoog.getByLabel(label('Gebruikersnaam')).fill('demo.nieuw');
    await dialoog.getByRole('combobox', { name: label('Rol') }).click();
    const opties = (await page.getByRole('listbox').getByRole('option').allTextContents()).sort();
    expect(opties).toEqual(['Beheerder', 'Privacymedewerker']);
    await page.getByRole('option', { name: 'Privacymedewerker' }).click();
    // What was typed stays while the dialog is open.
    expect(await dialoog.getByLabel(label('Gebruikersnaam')).inputValue()).toBe('demo.nieuw');
    await scherm(page, '35b-demo-beheerder-rollen');
    await page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'detached' });

    await nav(page, 'Sleutels').click();
    const politie = page.locator('tr[data-partner="POLITIE"]');
    await politie.waitFor();
    expect(await politie.getByRole('button').count()).toBe(0);
  });

  it('NIET_AANGEMELD van de backend brengt de gebruiker naar het aanmeldscherm', async () => {
    // Another client locks the session behind the page's back (as the backend's own auto-lock would).
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await nav(page, 'Partners').click();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByText('Uw sessie is beëindigd. Meld u opnieuw aan.').waitFor();
    await scherm(page, '36-demo-sessie-beeindigd');
  });

  it('automatisch vergrendelen na de ingestelde minuten zonder activiteit', async () => {
    const tab = await paginaOpenen(browser, brug.adres, { voorGoto: (p) => p.clock.install() });
    const p = tab.page;
    try {
      const activiteit: string[] = [];
      p.on('request', (r) => {
        if (r.url().endsWith('/api/sessie.activiteit')) activiteit.push(r.url());
      });
      await h1(p, 'Aanmelden').waitFor();
      await aanmelden(p, 'demo.regisseur');
      await nav(p, 'Instellingen').click();
      await p.getByLabel(label('Vergrendelen na (minuten)')).fill('1');
      await p.getByLabel(label('Vergrendelen na (minuten)')).press('Enter');
      await p.getByText('Het bestand vergrendelt nu na 1 minuut zonder activiteit.').waitFor();

      // Active within the minute: no lock, and the backend hears of it at most once a minute.
      await p.clock.fastForward('00:40');
      await p.mouse.move(400, 300);
      await p.clock.fastForward('00:30');
      expect(await h1(p, 'Instellingen').count()).toBe(1);
      await p.mouse.move(420, 320);
      await p.mouse.move(440, 340);
      await p.keyboard.press('Shift');
      await expect.poll(() => activiteit.length).toBe(1);

      // The lid closes for a minute and a half.
      await p.clock.fastForward('01:30');
      await h1(p, 'Aanmelden').waitFor();
      await p.getByText('Het bestand is automatisch vergrendeld na 1 minuut zonder activiteit.').waitFor();
      expect(activiteit.length).toBe(1);
      const status = (await brug.api('sessie.status')) as { waarde?: { gebruiker: unknown } };
      expect(status.waarde?.gebruiker).toBeNull();
      await rustigeWeergave(p);
      await scherm(p, '37-demo-automatisch-vergrendeld');
      await aanmelden(p, 'demo.regisseur');
      expect(tab.fouten).toEqual([]);
    } finally {
      await tab.context.close();
    }
    expect(s.fouten).toEqual([]);
  });

  it('de politie-installatie naast de demo: openen, aanmelden als demo.politie, het ontvangen dossier (issue 11 §5)', async () => {
    // The demo chosen again (it exists: nothing is rebuilt), signed out; its answer names the politie's install.
    const demo = (await brug.api('bestand.demo')) as { waarde?: { wachtwoord: string; partner: { map: string; gebruikers: Array<{ naam: string }> } | null } };
    expect(demo.waarde?.partner?.gebruikers.map((g) => g.naam)).toEqual(['demo.politie']);
    const tab = await paginaOpenen(browser, brug.adres);
    const p = tab.page;
    try {
      await h1(p, 'Aanmelden').waitFor();
      await p.getByRole('button', { name: 'Ander bestand kiezen' }).click();
      await p.getByRole('button', { name: 'Bestand openen' }).click();
      await h1(p, 'Bestaand bestand openen').waitFor();
      await p.getByRole('button', { name: /demo-politie/ }).click();
      await h1(p, 'Aanmelden').waitFor();
      // The login screen names the politie's install, not its folder, and offers its demo account.
      await p.getByText('Demo Politie-eenheid Voorbeeld').first().waitFor();
      await p.getByText('demo.politie').first().waitFor();
      await p.getByLabel(label('Gebruikersnaam')).fill('demo.politie');
      await p.getByLabel(label('Wachtwoord')).fill(demo.waarde?.wachtwoord ?? '');
      await p.getByLabel(label('Wachtwoord')).press('Enter');
      // A partner installation starts at what it received: the demo's real handover bundle, already read.
      await h1(p, 'Ontvangen dossiers').waitFor();
      const rijen = p.getByTestId('ontvangen-dossiers').locator('tr[data-dossier]');
      await rijen.first().waitFor();
      expect(await rijen.count()).toBe(1);
      const nummer = (await rijen.first().getAttribute('data-dossier')) ?? '';
      await scherm(p, '38-demo-politie-ontvangen');
      await rijen.first().getByRole('button', { name: nummer }).click();
      await h1(p, `Dossier ${nummer}`).waitFor();
      await p.getByText(/Onderzoek naar de koeriersdienst \(demo\)/).first().waitFor();
      await scherm(p, '39-demo-politie-dossier');
      expect(tab.fouten).toEqual([]);
    } finally {
      await tab.context.close();
    }
  });
});
