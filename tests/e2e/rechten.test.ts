/**
 * The privacy-medewerker's screens (art. 12.22, 23–27) in the demo: the overview with an overdue verzet,
 * the register, a forwarded correction whose requester is found and confirmed, a new request, a decision
 * with its ground, the informing duty; and the beheerder, who sees none of it. Axe and a screenshot on
 * every screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserStarten, brugStarten, gegevensrij, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
const WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';

const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

async function aanmelden(p: Page, naam: string): Promise<void> {
  await p.getByLabel(label('Gebruikersnaam')).fill(naam);
  await p.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
  await p.getByLabel(label('Wachtwoord')).press('Enter');
  await h1(p, 'Overzicht').waitFor();
}

async function kies(p: Page, veld: string, optie: string): Promise<void> {
  await p.getByRole('dialog').getByRole('combobox', { name: label(veld) }).click();
  await p.getByRole('listbox').getByRole('option', { name: optie, exact: true }).click();
}

describe('rechten van betrokkenen: de schermen van de privacy-medewerker', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
    await page.getByRole('button', { name: 'Demobestand gebruiken' }).click();
    await h1(page, 'Aanmelden').waitFor({ timeout: 120_000 });
  }, 180_000);

  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('het overzicht toont de open verzoeken op termijn, het verzet over de termijn en de informatieplicht', async () => {
    await aanmelden(page, 'demo.privacy');
    await nav(page, 'Rechten betrokkenen').click();
    await h1(page, 'Rechten van betrokkenen').waitFor();
    expect(await page.getByTestId('te-laat').textContent()).toBe('1 verzoek is over de termijn');
    const open = page.getByRole('table', { name: 'Open verzoeken' });
    // The overdue verzet first: the register sorts by the deadline that runs.
    expect(await gegevensrij(open, 0).textContent()).toContain('Verzet (art. 27)');
    expect(await gegevensrij(open, 0).locator('[data-telaat]').getAttribute('data-telaat')).toBe('ja');
    expect(await page.getByTestId('informeren-aantallen').textContent()).toMatch(/^\d+ open, waarvan \d+ over de termijn; 0 uitgestelde om opnieuw te bekijken\.$/);
    expect(await page.getByTestId('laatste-backup').textContent()).toContain('Er is nog geen backup gemaakt');
    await scherm(page, '80-rechten-overzicht');
  });

  it('een doorgezonden correctieverzoek: identiteit vastleggen, de verzoeker vinden met redenen en bevestigen', async () => {
    await page.getByRole('button', { name: 'Naar het register' }).click();
    await h1(page, 'Register van verzoeken').waitFor();
    const register = page.getByRole('table', { name: 'Verzoeken van betrokkenen' });
    await gegevensrij(register, 0).waitFor();
    expect(await register.locator('tbody tr:not([data-toestand])').count()).toBe(4);
    await scherm(page, '81-rechten-register');
    await register.getByRole('row', { name: /Correctie/ }).click();
    await h1(page, /Correctie \(art\. 26\)/).waitFor();
    expect(await page.getByTestId('verzoek-feiten').textContent()).toContain('doorgezonden aan de penvoerder op');
    expect(await page.getByTestId('verzoek-status').textContent()).toBe('Ontvangen');

    await page.getByRole('button', { name: 'Identiteitscontrole vastleggen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Identiteitscontrole vastleggen' });
    await dialoog.getByLabel(label('Hoe is de identiteit vastgesteld')).fill('Paspoort getoond aan de balie (e2e)');
    await scherm(page, '82-rechten-identiteit');
    await dialoog.getByRole('button', { name: 'Identiteitscontrole vastleggen' }).click();
    await page.getByText('Vastgelegd.').waitFor();
    expect(await page.getByTestId('verzoek-status').textContent()).toBe('In behandeling');

    // The search is prefilled with the requester's name and date of birth, and finds them with reasons.
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    const gevonden = page.getByRole('table', { name: 'Gevonden personen' });
    await gegevensrij(gevonden, 0).waitFor();
    expect(await gegevensrij(gevonden, 0).textContent()).toContain('geboortedatum gelijk');
    await gegevensrij(gevonden, 0).getByRole('button', { name: /bevestigen als de verzoeker/ }).click();
    const bevestigd = page.getByRole('table', { name: 'Bevestigde personen' });
    await gegevensrij(bevestigd, 0).waitFor();
    expect(await gegevensrij(gevonden, 0).textContent()).toContain('bevestigd');
    await scherm(page, '83-rechten-verzoek-personen');
  });

  it('een gegrond correctieverzoek: besluit met grond van art. 26.2 en de termijn van art. 26.3', async () => {
    await page.getByRole('button', { name: 'Besluiten' }).click();
    const dialoog = page.getByRole('dialog', { name: /^Besluiten op RV-/ });
    await dialoog.getByRole('checkbox', { name: /feitelijk onjuist \(art\. 26\.2 sub a\)/ }).check();
    await scherm(page, '84-rechten-besluit');
    await dialoog.getByRole('button', { name: 'Besluiten' }).click();
    await page.getByText('Vastgelegd.').waitFor();
    const besluit = page.getByTestId('besluit');
    expect(await besluit.textContent()).toContain('Toegewezen door demo.privacy');
    expect(await besluit.textContent()).toContain('art. 26.2 sub a');
    expect(await besluit.textContent()).toMatch(/Uitvoeren vóór \d{2}-\d{2}-\d{4} \(art\. 26\.3\)/);
    await scherm(page, '85-rechten-verzoek-besloten');
  });

  it('een nieuw verzoek registreren: een verzet met een te hoge vergoeding wordt geweigerd, daarna geregistreerd', async () => {
    await page.getByRole('button', { name: 'Terug naar het register' }).click();
    await page.getByRole('button', { name: 'Verzoek registreren' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Verzoek registreren' });
    await kies(page, 'Soort verzoek', 'Verzet (art. 27)');
    await dialoog.getByLabel(label('Naam van de verzoeker')).fill('Synthetische Verzoeker');
    await dialoog.getByLabel(label('Gevraagde vergoeding in euro')).fill('5,00');
    await dialoog.getByRole('button', { name: 'Registreren' }).click();
    await dialoog.getByText('Hoogstens € 4,50 (art. 24.2)').waitFor();
    await scherm(page, '86-rechten-nieuw-geweigerd');
    await dialoog.getByLabel(label('Gevraagde vergoeding in euro')).fill('4,50');
    await dialoog.getByRole('button', { name: 'Registreren' }).click();
    await h1(page, /Verzet \(art\. 27\)/).waitFor();
    expect(await page.getByTestId('vergoeding').textContent()).toBe('€ 4,50 gevraagd, nog niet betaald');
    await scherm(page, '87-rechten-nieuw-verzoek');
  });

  it('de informatieplicht: uitstellen alleen op een grond van art. 23.2, met een datum om opnieuw te bekijken', async () => {
    await nav(page, 'Rechten betrokkenen').click();
    await page.getByRole('button', { name: 'Naar de informatieplicht' }).click();
    await h1(page, 'Informatieplicht (art. 23)').waitFor();
    const tabel = page.getByRole('table', { name: 'Betrokkenen te informeren' });
    await gegevensrij(tabel, 0).waitFor();
    const rij = tabel.locator('tbody tr:not([data-toestand])').filter({ hasText: 'Open' }).first();
    await rij.getByRole('button', { name: /^Informatieplicht vastleggen voor/ }).click();
    const dialoog = page.getByRole('dialog', { name: /^Informatieplicht voor/ });
    await kies(page, 'Wat is er gedaan', 'Uitgesteld');
    await dialoog.getByRole('button', { name: 'Vastleggen' }).click();
    await dialoog.getByText('Kies de grond van art. 23.2').waitFor();
    await kies(page, 'Grond (art. 23.2)', 'de bescherming van betrokkene of van de rechten en vrijheden van anderen (art. 23.2 sub e)');
    await dialoog.getByLabel(label('Waarom is dit noodzakelijk')).fill('De betrokkene verblijft op een geheim opvangadres (e2e).');
    await dialoog.getByLabel(label('Opnieuw bekijken op')).fill('01-06-2099');
    await scherm(page, '88-rechten-informeren-dialoog');
    await dialoog.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Vastgelegd.').waitFor();
    await tabel.getByText(/Uitgesteld \(art\. 23\.2 sub e\), opnieuw bekijken op 01-06-2099/).waitFor();
    await scherm(page, '89-rechten-informeren');
    expect(s.fouten).toEqual([]);
  });

  it('de beheerder ziet niets van de rechten van betrokkenen', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
    await h1(page, 'Aanmelden').waitFor();
    await aanmelden(page, 'demo.beheer');
    expect(await nav(page, 'Rechten betrokkenen').count()).toBe(0);
    const r = await brug.api('rechten.lijst', {});
    expect(r.ok).toBe(false);
    expect(r.fout).toMatchObject({ code: 'GEEN_TOEGANG', artikel: 'art. 12.22' });
  });
});
