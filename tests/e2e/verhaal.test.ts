/**
 * The story of a new centraal bestand, end to end through the real UI, bridge and SQLCipher file:
 * create → add a zorgcoördinator → lock → wrong passphrase → the zorgcoördinator reads but does not
 * manage partners → the ketenregisseur takes a candidate through accession (art. 4.2, 4.3) → audit,
 * backup, key, settings, own passphrase, English, and back to choosing a bestand.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { maandenErbij, nlDatum, vandaag } from '@shared/datum';
import { gegevensrij, h1, label, opstelling, scherm, type Brug, type Scherm } from './hulp';

const REGISSEUR = { naam: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: 'lange zin als wachtwoord 2026' };
const ZORG = { naam: 'r.bakker', weergavenaam: 'Ruud Bakker', wachtwoord: 'zorgcoordinatie voorbeeldstad' };
const NIEUW_WACHTWOORD = 'een nieuwe lange zin 2027';
const KANDIDAAT = { code: 'VEILIG-THUIS', naam: 'Veilig Thuis Regio Voorbeeldstad' };

let brug: Brug;
let s: Scherm;
let page: Page;

/** Sign in; a throttle after the wrong passphrase (1 s, art. of docs/ontwerp.md §5) is waited out. */
async function aanmelden(p: Page, naam: string, wachtwoord: string): Promise<void> {
  for (let poging = 0; poging < 20; poging++) {
    await p.getByLabel(label('Gebruikersnaam')).fill(naam);
    await p.getByLabel(label('Wachtwoord')).fill(wachtwoord);
    const [antwoord] = await Promise.all([
      p.waitForResponse((r) => r.url().endsWith('/api/sessie.aanmelden')),
      p.getByRole('button', { name: 'Aanmelden', exact: true }).click(),
    ]);
    const json = (await antwoord.json()) as { ok: boolean; fout?: { code: string; melding: string } };
    if (json.ok) {
      await p.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      return;
    }
    if (json.fout?.code !== 'TE_VEEL_POGINGEN') throw new Error(`Aanmelden mislukt: ${json.fout?.melding}`);
    await p.getByText('Te veel mislukte pogingen').waitFor();
    await p.waitForTimeout(300); // the throttle is time itself: wait for it to pass
  }
  throw new Error('Aanmelden bleef geweigerd');
}

/** A field by its exact label; MUI appends a thin space and an asterisk to the label of a required field. */
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

async function vergrendelen(p: Page): Promise<void> {
  await p.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
  await h1(p, 'Aanmelden').waitFor();
}

describe('verhaal: een nieuw centraal bestand', () => {
  const o = opstelling();
  beforeAll(() => {
    ({ brug, s, page } = o);
  });

  it('eerste start: de drie keuzes, en het token is uit de adresbalk', async () => {
    await h1(page, 'Welkom bij Ketenbestand Mensenhandel').waitFor();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    for (const knop of ['Nieuw bestand maken', 'Bestand openen', 'Demobestand gebruiken']) {
      expect(await page.getByRole('button', { name: knop }).count()).toBe(1);
    }
    await scherm(page, '01-eerste-start');
  });

  it('nieuw bestand: veldfouten van de backend onder de velden, dan aangemeld als ketenregisseur', async () => {
    await page.getByRole('button', { name: 'Nieuw bestand maken' }).click();
    await h1(page, 'Nieuw bestand maken').waitFor();
    // Empty form: the backend's field messages appear under the matching fields.
    await page.getByRole('button', { name: 'Bestand maken' }).click();
    await page.getByText('Een wachtwoord heeft minstens 12 tekens').waitFor();
    await page.getByText('De invoer is niet volledig of niet juist; zie de velden.').waitFor();
    await scherm(page, '02-nieuw-bestand-veldfouten');

    await page.getByLabel(label('Mapnaam')).fill('voorbeeldstad');
    await page.getByLabel(label('Naam van het bestand')).fill('Gemeente Voorbeeldstad');
    await page.getByLabel(label('Penvoerder')).fill('College van B&W van de gemeente Voorbeeldstad');
    expect(await page.getByRole('radio', { name: /Centraal bestand/ }).isChecked()).toBe(true);
    await page.getByLabel(label('Gebruikersnaam')).fill(REGISSEUR.naam);
    await page.getByLabel(label('Weergavenaam')).fill(REGISSEUR.weergavenaam);
    await page.getByLabel(label('Wachtwoord')).fill(REGISSEUR.wachtwoord);
    await page.getByLabel(label('Wachtwoord herhalen')).fill('iets anders dan het wachtwoord');
    await page.getByRole('button', { name: 'Bestand maken' }).click();
    await page.getByText('De twee wachtwoorden zijn niet gelijk').waitFor();
    await page.getByLabel(label('Wachtwoord herhalen')).fill(REGISSEUR.wachtwoord);
    await page.getByLabel(label('Wachtwoord herhalen')).press('Enter');

    // The recovery key is shown once (ADR 0010); the app opens after its last group is typed back.
    await h1(page, 'Uw herstelsleutel').waitFor();
    const herstelsleutel = ((await page.getByTestId('herstelsleutel').textContent()) ?? '').trim();
    await page.getByLabel('Laatste groep (6 cijfers)').fill(herstelsleutel.split(' ').at(-1)!);
    await page.getByLabel('Laatste groep (6 cijfers)').press('Enter');

    await h1(page, 'Overzicht').waitFor();
    const kop = page.getByRole('banner');
    expect(await kop.getByTestId('bestandsnaam').textContent()).toBe('Gemeente Voorbeeldstad');
    expect(await kop.getByTestId('gebruiker-rol').textContent()).toBe('Ketenregisseur');
    expect(await kop.getByText('Profiel: Centraal bestand').count()).toBe(1);
    await scherm(page, '03-overzicht-ketenregisseur');
  });

  it('beheer → gebruikers: een zorgcoördinator toevoegen', async () => {
    await nav(page, 'Gebruikers').click();
    await h1(page, 'Gebruikers').waitFor();
    const tabel = page.getByRole('table', { name: 'Accounts van dit bestand' });
    await tabel.getByRole('rowheader', { name: REGISSEUR.naam }).waitFor();
    // Laatst aangemeld in Dutch notation: dd-mm-jjjj uu:mm
    expect(await gegevensrij(tabel, 0).textContent()).toMatch(new RegExp(`${nlDatum(vandaag())} \\d{2}:\\d{2}`));
    await scherm(page, '04-gebruikers');

    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Gebruiker toevoegen' });
    await dialoog.waitFor();
    // Autofocus on the first field.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('naam');
    await dialoog.getByLabel(label('Gebruikersnaam')).fill('R Bakker');
    await dialoog.getByLabel(label('Weergavenaam')).fill(ZORG.weergavenaam);
    // The role list holds the roles of this profile only (ROLLEN_PER_PROFIEL.centraal).
    await dialoog.getByRole('combobox', { name: 'Rol' }).click();
    const opties = page.getByRole('listbox').getByRole('option');
    expect(await opties.allTextContents()).toEqual([
      'Ketenregisseur',
      'Assistent-ketenregisseur',
      'Zorgcoördinator',
      'Assistent-zorgcoördinator',
      'Bewerker',
      'Privacymedewerker',
      'Beheerder',
    ]);
    await page.getByRole('option', { name: 'Zorgcoördinator', exact: true }).click();
    await dialoog.getByLabel(label('Wachtwoord')).fill('kort');
    await dialoog.getByLabel(label('Wachtwoord herhalen')).fill('kort');
    await dialoog.getByLabel(label('Wachtwoord herhalen')).press('Enter');
    await dialoog.getByText('Een wachtwoord heeft minstens 12 tekens').waitFor();
    await dialoog.getByText('Gebruik kleine letters, cijfers, punt, streepje of liggend streepje').waitFor();
    await scherm(page, '05-gebruiker-toevoegen-veldfouten');

    await dialoog.getByLabel(label('Gebruikersnaam')).fill(ZORG.naam);
    await dialoog.getByLabel(label('Wachtwoord')).fill(ZORG.wachtwoord);
    await dialoog.getByLabel(label('Wachtwoord herhalen')).fill(ZORG.wachtwoord);
    await dialoog.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(`Gebruiker ${ZORG.naam} is toegevoegd.`).waitFor();
    const rij = tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ZORG.naam }) });
    expect(await rij.getByRole('cell').nth(1).textContent()).toBe('Zorgcoördinator');
    expect(await rij.getByRole('cell').nth(2).textContent()).toBe('Nog nooit');
    await scherm(page, '06-gebruikers-zorgcoordinator-toegevoegd');
  });

  it('vergrendelen, en een onjuist wachtwoord wordt geweigerd', async () => {
    await vergrendelen(page);
    await page.getByText('Het bestand is vergrendeld. Meld u opnieuw aan om verder te werken.').waitFor();
    // The username field has the focus on the sign-in screen.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('gebruiker');
    await scherm(page, '07-aanmelden-vergrendeld');

    await page.getByLabel(label('Gebruikersnaam')).fill(ZORG.naam);
    await page.getByLabel(label('Wachtwoord')).fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const fout = page.getByRole('alert').filter({ hasText: 'Onjuiste gebruikersnaam of wachtwoord' });
    await fout.waitFor();
    expect(await fout.textContent()).toContain('Niet gelukt');
    await scherm(page, '08-aanmelden-onjuist-wachtwoord');
  });

  it('de zorgcoördinator mag partners inzien maar niet beheren', async () => {
    await aanmelden(page, ZORG.naam, ZORG.wachtwoord);
    expect(await page.getByRole('banner').getByTestId('gebruiker-rol').textContent()).toBe('Zorgcoördinator');
    // Navigation follows kanalen[k].toegang: no audit for the zorgcoördinator.
    expect(await nav(page, 'Partners').count()).toBe(1);
    expect(await nav(page, 'Audit').count()).toBe(0);
    await scherm(page, '09-overzicht-zorgcoordinator');

    await nav(page, 'Partners').click();
    await h1(page, 'Partners').waitFor();
    await page.getByRole('table', { name: 'Partnerregister' }).getByRole('row').nth(5).waitFor();
    expect(await page.getByRole('button', { name: 'Kandidaat-partner toevoegen' }).count()).toBe(0);
    await page.getByText('U kunt het register inzien. Wijzigen is voorbehouden aan: Ketenregisseur, Assistent-ketenregisseur.').waitFor();
    await scherm(page, '10-partners-alleen-lezen');

    await page.getByRole('button', { name: 'Koninklijke Marechaussee' }).click();
    await h1(page, 'Koninklijke Marechaussee').waitFor();
    await page.getByRole('heading', { name: 'Toetreding (art. 4)' }).waitFor();
    for (const knop of ['Verzoek tot toetreding vastleggen', 'Gegevens opslaan', 'Contactpersoon toevoegen', 'Toetreding vastleggen']) {
      expect(await page.getByRole('button', { name: knop }).count(), knop).toBe(0);
    }
    expect(await page.getByRole('textbox').count()).toBe(0);
    await scherm(page, '11-partner-alleen-lezen');

    await page.getByRole('button', { name: 'Terug naar partners' }).click();
    await page.getByRole('button', { name: /^Politie/ }).click();
    await page.getByRole('heading', { name: 'Contactpersonen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Opzegging vastleggen' }).count()).toBe(0);
  });

  it('toetreding van een kandidaat: verzoek, weigering (art. 4.3), instemming van elke partij, toetreding', async () => {
    await vergrendelen(page);
    await aanmelden(page, REGISSEUR.naam, REGISSEUR.wachtwoord);
    await nav(page, 'Partners').click();
    await h1(page, 'Partners').waitFor();
    const register = page.getByRole('table', { name: 'Partnerregister' });
    await register.getByRole('row').nth(5).waitFor();
    // Status chips: parties, suggestions and the two recipients.
    expect(await register.locator('[data-status="partij"]').count()).toBe(16);
    expect(await register.locator('[data-status="ontvanger"]').count()).toBe(2);
    await scherm(page, '12-partners');

    await page.getByRole('button', { name: 'Kandidaat-partner toevoegen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Kandidaat-partner toevoegen' });
    await dialoog.getByLabel(label('Code')).fill('kmar');
    await dialoog.getByLabel(label('Naam')).fill('Dubbele code');
    await dialoog.getByRole('button', { name: 'Kandidaat-partner toevoegen' }).click();
    await dialoog.getByText('Deze code is al in gebruik').waitFor();
    await dialoog.getByLabel(label('Code')).fill(KANDIDAAT.code);
    await dialoog.getByLabel(label('Naam')).fill(KANDIDAAT.naam);
    await dialoog.getByRole('combobox', { name: 'Soort' }).click();
    await page.getByRole('option', { name: 'Zorgpartner', exact: true }).click();
    await scherm(page, '13-kandidaat-toevoegen');
    await dialoog.getByLabel(label('Naam')).press('Enter');

    await h1(page, KANDIDAAT.naam).waitFor();
    await page.locator('main [data-status="suggestie"]').waitFor();
    // Contact person (art. 30.1).
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const contact = page.getByRole('dialog', { name: 'Contactpersoon toevoegen' });
    await contact.getByLabel(label('Naam')).fill('Noor El Amrani');
    await contact.getByLabel(label('Functie')).fill('Teamleider');
    await contact.getByLabel(label('Telefoon')).fill('088 123 45 67');
    await contact.getByLabel(label('E-mailadres')).fill('geen-adres');
    await contact.getByLabel(label('E-mailadres')).press('Enter');
    await contact.getByText('Geen geldig e-mailadres').waitFor();
    await contact.getByLabel(label('E-mailadres')).fill('n.elamrani@voorbeeld.example');
    await contact.getByLabel(label('E-mailadres')).press('Enter');
    await contact.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Contactpersonen' }).getByRole('rowheader', { name: 'Noor El Amrani' }).waitFor();

    // Art. 4.2: the written request.
    await page.getByLabel(label('Datum van het verzoek')).fill(nlDatum(vandaag()));
    await page.getByRole('button', { name: 'Verzoek tot toetreding vastleggen' }).click();
    await page.getByText('Het verzoek tot toetreding is vastgelegd.').waitFor();
    await page.locator('main [data-status="toetreding-aangevraagd"]').waitFor();
    expect(await page.getByTestId('instemmingen-stand').textContent()).toBe('0 van 16 partijen hebben ingestemd');
    await scherm(page, '14-toetreding-aangevraagd');

    // Art. 4.3: no accession without the consent of every party; the refusal names the article.
    await page.getByRole('button', { name: 'Toetreding vastleggen' }).click();
    const weigering = page.getByRole('alert').filter({ hasText: 'Toetreding kan pas na instemming van alle partijen' });
    await weigering.waitFor();
    expect(await weigering.textContent()).toContain('(art. 4.3)');
    await weigering.scrollIntoViewIfNeeded();
    await scherm(page, '15-toetreding-geweigerd-art-4-3');

    const knoppen = page.getByRole('button', { name: /^Instemming vastleggen voor .+$/ });
    const stand = page.getByTestId('instemmingen-stand');
    expect(await knoppen.count()).toBe(16);
    for (let ingestemd = 1; ingestemd <= 16; ingestemd++) {
      await knoppen.first().click();
      // The backend's answer, not the button's busy state, says the consent is recorded.
      await expect.poll(() => stand.textContent(), { timeout: 15_000 }).toBe(`${ingestemd} van 16 partijen hebben ingestemd`);
    }
    expect(await knoppen.count()).toBe(0);
    await page.getByText('Alle partijen hebben ingestemd; de toetreding kan worden vastgelegd.').waitFor();

    await page.getByRole('button', { name: 'Toetreding vastleggen' }).click();
    await page.getByText(`${KANDIDAAT.naam} is toegetreden en is nu partij.`).waitFor();
    await page.locator('main [data-status="partij"]').first().waitFor();
    expect(await page.locator('main [data-status]').first().textContent()).toBe('Partij');
    // A party can give notice; the UI shows when it would take effect (art. 34.3).
    await page.getByRole('heading', { name: 'Opzegging (art. 34.3)' }).waitFor();
    expect(await page.getByTestId('uittreding').textContent()).toBe(`Uittreding gaat in per ${nlDatum(maandenErbij(vandaag(), 6))}.`);
    await scherm(page, '16-toegetreden-partij');

    await page.getByRole('button', { name: 'Terug naar partners' }).click();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Partij', exact: true }).click();
    await register.getByRole('row').filter({ hasText: KANDIDAAT.code }).waitFor();
    expect(await register.locator('[data-status="partij"]').count()).toBe(17);
    expect(await page.getByText('17 van 23 partners').count()).toBe(1);
  });

  it('beheer → audit: filteren, meer laden en de keten controleren', async () => {
    await nav(page, 'Audit').click();
    await h1(page, 'Audit').waitFor();
    const aantal = page.getByTestId('audit-aantal');
    await aantal.waitFor();
    const [getoond, totaal] = ((await aantal.textContent()) ?? '').match(/\d+/g)!.map(Number) as [number, number];
    // Pages of 25, newest first; "Meer laden" asks for the entries before the last one shown.
    expect(getoond).toBe(25);
    expect(totaal).toBeGreaterThan(25);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await expect.poll(async () => Number(((await aantal.textContent()) ?? '').match(/\d+/)![0])).toBe(Math.min(50, totaal));
    const nummers = (await page.getByRole('table', { name: 'Auditregels' }).getByRole('row').allTextContents()).slice(1).map((r) => Number(/^\d+/.exec(r)?.[0]));
    expect(nummers).toEqual([...nummers].sort((x, y) => y - x));
    expect(new Set(nummers).size).toBe(nummers.length);

    // The filters speak in words (ADR 0037): a kind of action and a person chosen from lists.
    await page.getByRole('combobox', { name: 'Soort handeling' }).click();
    await page.getByRole('option', { name: 'Partners', exact: true }).click();
    await page.getByLabel(label('Vanaf')).fill(nlDatum(vandaag()));
    await page.getByLabel(label('Tot en met')).fill(nlDatum(vandaag()));
    await page.getByLabel(label('Tot en met')).press('Enter');
    await expect.poll(async () => Number(((await aantal.textContent()) ?? '').match(/\d+/)![0])).toBeGreaterThanOrEqual(16);
    expect(await page.getByRole('table', { name: 'Auditregels' }).getByText('Instemming met toetreding vastgelegd').count()).toBeGreaterThanOrEqual(16);
    await page.getByRole('combobox', { name: 'Persoon' }).click();
    await page.getByRole('option', { name: ZORG.weergavenaam, exact: true }).click();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => aantal.textContent()).toBe('0 van 0 regels');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByLabel(label('Vanaf')).fill('31-02-2026');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Gebruik een datum als dd-mm-jjjj').waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();

    await page.getByRole('button', { name: 'Keten controleren' }).click();
    const controle = page.getByTestId('auditcontrole');
    await controle.waitFor();
    expect(await controle.textContent()).toMatch(/De auditketen is intact: \d+ regels gecontroleerd\.Anker \(eigen\) van regel \d+, \d{2}-\d{2}-\d{4} \d{2}:\d{2}: kloptControlegetal van de laatste regel: ([0-9A-F]{4} ){15}[0-9A-F]{4}/);
    await scherm(page, '17-audit-keten-intact');
  });

  it('beheer → backup & sleutel: backup naar een map, en de sleutel vervangen', async () => {
    await nav(page, 'Backup & sleutel').click();
    await h1(page, 'Backup & sleutel').waitFor();
    const doel = path.join(brug.werkmap, '..', `${path.basename(brug.werkmap)}-backups`);
    await page.getByLabel(label('Doelmap (volledig pad)')).fill(doel);
    await page.getByRole('button', { name: 'Backup maken' }).click();
    await page.getByText('Deze map bestaat niet').waitFor();
    await fs.mkdir(path.resolve(doel), { recursive: true });
    try {
      await page.getByLabel(label('Doelmap (volledig pad)')).fill(path.resolve(doel));
      await page.getByLabel(label('Doelmap (volledig pad)')).press('Enter');
      await page.getByText('De backup is gemaakt.').waitFor();
      const map = (await page.getByTestId('backup-map').textContent()) ?? '';
      expect(map.startsWith(path.resolve(doel))).toBe(true);
      expect((await fs.readdir(map)).sort()).toContain('backup.json');

      await page.getByRole('button', { name: 'Sleutel vervangen' }).click();
      const bevestiging = page.getByRole('dialog', { name: 'Bestandssleutel vervangen?' });
      await bevestiging.waitFor();
      await scherm(page, '18-sleutel-vervangen-bevestigen');
      // Escape closes, nothing happens; Enter on the focused confirm button confirms.
      await page.keyboard.press('Escape');
      await bevestiging.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Sleutel vervangen' }).click();
      await bevestiging.waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('De bestandssleutel is vervangen.').waitFor();
      await scherm(page, '19-backup-en-sleutel');
    } finally {
      await fs.rm(path.resolve(doel), { recursive: true, force: true });
    }
  });

  it('beheer → instellingen: de vergrendeltijd', async () => {
    await nav(page, 'Instellingen').click();
    await h1(page, 'Instellingen').waitFor();
    const veld = page.getByLabel(label('Vergrendelen na (minuten)'));
    expect(await veld.inputValue()).toBe('15');
    await veld.fill('500');
    await veld.press('Enter');
    await page.getByText('Hoogstens 240 minuten').waitFor();
    await veld.fill('30');
    await veld.press('Enter');
    await page.getByText('Het bestand vergrendelt nu na 30 minuten zonder activiteit.').waitFor();
    await scherm(page, '20-instellingen');
  });

  it('eigen wachtwoord wijzigen via het gebruikersmenu', async () => {
    await page.getByRole('banner').getByRole('button', { name: /Marieke Jansen/ }).click();
    await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
    await dialoog.waitFor();
    await dialoog.getByLabel(label('Huidig wachtwoord')).fill('niet mijn wachtwoord');
    await dialoog.getByLabel(label('Nieuw wachtwoord')).fill('een nieuwe lange zin 2027');
    await dialoog.getByLabel(label('Nieuw wachtwoord herhalen')).fill('een nieuwe lange zin 2027');
    await dialoog.getByLabel(label('Nieuw wachtwoord herhalen')).press('Enter');
    await dialoog.getByText('Onjuist wachtwoord').waitFor();
    await dialoog.getByText('Het huidige wachtwoord klopt niet; er is niets gewijzigd.').waitFor();
    await scherm(page, '21-wachtwoord-wijzigen');
    await page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'detached' });

    await page.getByRole('banner').getByRole('button', { name: /Marieke Jansen/ }).click();
    await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
    await dialoog.waitFor();
    // Reopened: empty, no old error.
    expect(await dialoog.getByLabel(label('Huidig wachtwoord')).inputValue()).toBe('');
    expect(await dialoog.getByText('Onjuist wachtwoord').count()).toBe(0);
    await dialoog.getByLabel(label('Huidig wachtwoord')).fill(REGISSEUR.wachtwoord);
    await dialoog.getByLabel(label('Nieuw wachtwoord')).fill(NIEUW_WACHTWOORD);
    await dialoog.getByLabel(label('Nieuw wachtwoord herhalen')).fill(NIEUW_WACHTWOORD);
    await dialoog.getByLabel(label('Nieuw wachtwoord herhalen')).press('Enter');
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
  });

  it('geen plaatshouders meer: elk onderdeel van het ketenproces is er', async () => {
    expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByText('volgt', { exact: true }).count()).toBe(0);
    await nav(page, 'Overleggen').click();
    await h1(page, 'Overleggen').waitFor();
    await page.getByText(/^Voor \d{4} is nog geen overleg gepland/).first().waitFor();
    await scherm(page, '22-overleggen');
  });

  it('toetsenbord: eerst de link naar de inhoud, dan kop, navigatie en pagina', async () => {
    await nav(page, 'Partners').click();
    await h1(page, 'Partners').waitFor();
    const actief = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    // The page's h1 has the focus after navigating; backwards from there: the navigation, the
    // header, and first of all the link to the content.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const verwacht = [
      'Naar de inhoud',
      'Taal: Nederlands',
      'Marieke JansenKetenregisseur',
      'Vergrendelen',
      'Overzicht',
      'Signalen',
      'Dossiers',
      'Overleggen',
      'Overdrachten',
      'Inlezen',
      'Sleutels',
      'Partners',
      'Rechten betrokkenen',
      'Rapportage',
      'Gebruikers',
      'Audit',
      'Bewaartermijnen',
      'Backup & sleutel',
      'Instellingen',
    ];
    const terug: string[] = [];
    for (let i = 0; i < verwacht.length; i++) {
      await page.keyboard.press('Shift+Tab');
      terug.push(await actief());
    }
    expect(terug.reverse()).toEqual(verwacht);
    expect(await actief()).toBe('Naar de inhoud');
    // The skip link shows itself when it has the focus.
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).evaluate((a) => a.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    expect(await actief()).toBe('Kandidaat-partner toevoegen');
    // Enter opens the dialog with the focus in its first field; Escape closes it again.
    await page.keyboard.press('Enter');
    const dialoog = page.getByRole('dialog', { name: 'Kandidaat-partner toevoegen' });
    await dialoog.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('code');
    await page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'detached' });
    expect(await actief()).toBe('Kandidaat-partner toevoegen');
  });

  it('taalkeuze: Engels en terug', async () => {
    await nav(page, 'Overzicht').click();
    await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Partners' }).waitFor();
    await scherm(page, '23-overzicht-engels');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await h1(page, 'Overzicht').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  it('beheer → gebruikers: rol wijzigen en een account verwijderen (sleutel wordt vervangen)', async () => {
    await nav(page, 'Gebruikers').click();
    const tabel = page.getByRole('table', { name: 'Accounts van dit bestand' });
    const rij = tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ZORG.naam }) });
    await rij.waitFor();
    // Own account: no remove button (the backend refuses it too).
    const eigen = tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: REGISSEUR.naam }) });
    expect(await eigen.getByRole('button', { name: /^Verwijderen/ }).count()).toBe(0);

    await rij.getByRole('button', { name: `Rol wijzigen van ${ZORG.naam}` }).click();
    const rolDialoog = page.getByRole('dialog', { name: `Rol wijzigen van ${ZORG.naam}` });
    await rolDialoog.getByRole('combobox', { name: 'Nieuwe rol' }).click();
    await page.getByRole('option', { name: 'Assistent-zorgcoördinator' }).click();
    await rolDialoog.getByRole('button', { name: 'Rol wijzigen' }).click();
    await page.getByText(`De rol van ${ZORG.naam} is gewijzigd in Assistent-zorgcoördinator.`).waitFor();
    expect(await rij.getByRole('cell').nth(1).textContent()).toBe('Assistent-zorgcoördinator');

    await rij.getByRole('button', { name: `Verwijderen ${ZORG.naam}` }).click();
    const bevestiging = page.getByRole('dialog', { name: 'Gebruiker verwijderen?' });
    await bevestiging.waitFor();
    expect(await bevestiging.textContent()).toContain('Daarna wordt de bestandssleutel vervangen');
    await scherm(page, '24-gebruiker-verwijderen-bevestigen');
    await bevestiging.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText(`Gebruiker ${ZORG.naam} is verwijderd en de bestandssleutel is vervangen.`).waitFor();
    await rij.waitFor({ state: 'detached' });
  });

  it('afmelden en een bestaand bestand openen uit de werkmap', async () => {
    await page.getByRole('banner').getByRole('button', { name: /Marieke Jansen/ }).click();
    await page.getByRole('menuitem', { name: 'Afmelden en ander bestand kiezen' }).click();
    await h1(page, 'Welkom bij Ketenbestand Mensenhandel').waitFor();
    await page.getByRole('button', { name: 'Bestand openen' }).click();
    await h1(page, 'Bestaand bestand openen').waitFor();
    await page.getByRole('button', { name: /voorbeeldstad/ }).waitFor();
    await page.getByLabel(label('Mapnaam of volledig pad')).fill('bestaat-niet');
    await page.getByLabel(label('Mapnaam of volledig pad')).press('Enter');
    await page.getByText(/staat geen Ketenbestand/).waitFor();
    await scherm(page, '25-bestand-openen');
    await page.getByRole('button', { name: /voorbeeldstad/ }).click();
    await h1(page, 'Aanmelden').waitFor();
    // Before signing in only the folder is known: the bestand's name is encrypted (ADR 0019).
    await page.getByText(/^Bestand in de map .*voorbeeldstad\. De naam van het bestand staat versleuteld/).waitFor();
    await aanmelden(page, REGISSEUR.naam, NIEUW_WACHTWOORD);
    expect(s.fouten).toEqual([]);
  });
});
