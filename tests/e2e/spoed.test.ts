/**
 * What a spoed decision provides, on the screen (art. 16.9, issue 11 §1): the spoed form offers per partner the
 * minimal suggestion, the ketenregisseur narrows it, the zorgcoördinator confirms with her own passphrase; the
 * decision shows the choice and who made it, the verstrekkingenlog names the spoed choice, and the matrix for
 * the purpose "spoed" follows it. axe and pictures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeControleren, browserStarten, brugStarten, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord spoed 2026';
const ZORG = { naam: 'z.demir', wachtwoord: 'synthetisch wachtwoord zorg 2026' };
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

function dag(dagen: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

let browser: Browser;
let brug: Brug;
let c: Scherm;
const partners: Record<string, { id: number; naam: string }> = {};
let nummer = '';
const signalen: Record<'eerste' | 'tweede', number> = { eerste: 0, tweede: 0 };

async function api(kanaal: string, invoer: unknown = {}): Promise<unknown> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde;
}

describe('spoed: alleen wat de onmiddellijke actie nodig heeft (art. 16.9)', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    await api('bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: WACHTWOORD });
    await api('gebruikers.toevoegen', { naam: ZORG.naam, weergavenaam: 'Zeynep Demir', rol: 'zorgcoordinator', wachtwoord: ZORG.wachtwoord });
    for (const p of (await api('partners.lijst')) as Array<{ id: number; code: string; naam: string }>) partners[p.code] = p;
    const signaal = async (bron: string, naam: string) =>
      ((await api('signalen.opslaan', {
        formulier: {
          datumTijd: `${dag(-3)}T10:00`,
          melder: { contactpersoon: 'Synthetische Melder', partnerId: partners[bron]!.id },
          bron: { naam: 'Synthetische Bron', partnerId: partners[bron]!.id },
          slachtoffer: { naam, geboortedatum: '1998-02-02', woonplaats: 'Proefdorp' },
          samenvatting: 'Mogelijke uitbuiting in een loods.',
          vermoedens: ['sociaal-economische-uitbuiting'],
          fase: 3,
          delen: 'identificeerbaar',
        },
        indienen: true,
      })) as { id: number }).id;
    signalen.eerste = await signaal('SZW-AI', 'Synthetische Eerstenaam');
    signalen.tweede = await signaal('IND', 'Synthetische Tweedenaam');
    const d = (await api('dossiers.maken', { signaalIds: [signalen.eerste, signalen.tweede], titel: 'Loods Proefdorp' })) as { id: number };
    nummer = ((await api('dossiers.lijst', {})) as Array<{ id: number; nummer: string }>).find((x) => x.id === d.id)!.nummer;
    // Art. 21.6: the weighing comes before any immediate action on these non-care signals.
    await api('nodig.belangenafweging', { dossierId: d.id, afweging: 'Het slachtoffer is niet in de loods; een controle brengt haar niet in gevaar.' });
    browser = await browserStarten();
    c = await paginaOpenen(browser, brug.adres);
  });

  afterAll(async () => {
    await c?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('het formulier stelt per partner voor; de ketenregisseur kiest minder en legt het besluit samen vast', async () => {
    const page = c.page;
    await nav(page, 'Dossiers').click();
    await page.locator(`tr[data-nummer="${nummer}"]`).getByRole('button', { name: nummer }).click();
    await page.getByRole('tab', { name: /^Spoed/ }).click();
    const form = page.getByRole('form', { name: 'Spoedbesluit nemen' });
    await form.getByText('Kies eerst de partners die onmiddellijk moeten handelen.').waitFor();
    await form.getByRole('combobox', { name: label('Partners die onmiddellijk moeten handelen') }).click();
    await page.getByRole('listbox').getByRole('option', { name: partners.POLITIE!.naam }).click();
    await page.getByRole('listbox').getByRole('option', { name: partners['SZW-AI']!.naam }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel(label('Wat moet er onmiddellijk gebeuren?')).fill('Direct een controle op de werkplek in de loods.');

    // The suggestion: both signals; identification for the politie, not for the inspectorate's workplace check.
    const politie = form.locator('[data-spoedkeuze="POLITIE"]');
    const ai = form.locator('[data-spoedkeuze="SZW-AI"]');
    await politie.waitFor();
    expect(await politie.getByRole('checkbox').count()).toBe(3);
    expect(await politie.getByRole('checkbox', { name: /moet de persoon kunnen identificeren/ }).isChecked()).toBe(true);
    expect(await ai.getByRole('checkbox', { name: /moet de persoon kunnen identificeren/ }).isChecked()).toBe(false);
    expect(await politie.textContent()).toContain('Voorstel');

    // The politie needs only the first signal, and need not know who it is.
    await politie.getByRole('checkbox', { name: /Signaal .*IND|Immigratie/ }).uncheck();
    await politie.getByRole('checkbox', { name: /moet de persoon kunnen identificeren/ }).uncheck();
    expect(await politie.textContent()).toContain('Aangepast');
    await form.getByLabel(label('Gebruikersnaam van de zorgcoördinator')).fill(ZORG.naam);
    await form.getByLabel(label('Wachtwoord van de zorgcoördinator')).fill(ZORG.wachtwoord);
    await axeControleren(page, 'spoed-formulier');
    await scherm(page, 'spoed-1-keuze-per-partner');
    await form.getByRole('button', { name: 'Spoedbesluit vastleggen' }).click();
    await page.getByText('Het spoedbesluit is vastgelegd en wacht op bevestiging in het casusoverleg.').waitFor();

    // The decision names per partner what it got and who chose.
    const besluit = page.getByRole('article', { name: /^Spoedbesluit/ }).getByTestId('spoed-nodig');
    const tekst = (await besluit.textContent()) ?? '';
    expect(tekst).toContain(`${partners.POLITIE!.naam}: 1 gegeven — geanonimiseerd; gekozen door Marieke Jansen`);
    expect(tekst).toContain(`${partners['SZW-AI']!.naam}: 2 gegevens — geanonimiseerd; gekozen door Marieke Jansen`);
    await scherm(page, 'spoed-2-besluit');
  });

  it('het verstrekkingenlog en de matrix volgen de spoedkeuze', async () => {
    const page = c.page;
    await page.getByRole('tab', { name: /^Verstrekkingen/ }).click();
    const log = page.getByRole('table', { name: 'Verstrekkingenlog van dit dossier' });
    const rij = log.getByRole('row').filter({ hasText: partners.POLITIE!.naam }).filter({ hasText: 'Spoed' }).first();
    await rij.waitFor();
    expect(await rij.textContent()).toMatch(/Spoedbesluit \d+: keuze van Marieke Jansen/);
    await scherm(page, 'spoed-3-log');

    await page.getByRole('tab', { name: 'Wie mag wat ontvangen' }).click();
    await page.getByRole('combobox', { name: 'Doel van de verstrekking' }).click();
    await page.getByRole('listbox').getByRole('option', { name: /^Spoed/ }).click();
    const matrix = page.getByTestId('matrix');
    await expect.poll(async () => (await page.getByTestId('taak-POLITIE').textContent()) ?? '').toMatch(/Spoedkeuze van Marieke Jansen \(spoedbesluit \d+\)/);
    const politieRij = matrix.locator('tr[data-ontvanger="POLITIE"]');
    expect(await politieRij.locator(`td[data-item="signaal:${signalen.eerste}"]`).getAttribute('data-vorm')).toBe('geanonimiseerd');
    expect(await politieRij.locator(`td[data-item="signaal:${signalen.tweede}"]`).getAttribute('data-vorm')).toBe('geen');
    expect(await politieRij.locator(`td[data-item="signaal:${signalen.tweede}"]`).textContent()).toContain('art. 16.9');
    await axeControleren(page, 'spoed-matrix');
    await scherm(page, 'spoed-4-matrix');
    expect(c.fouten).toEqual([]);
  });
});
