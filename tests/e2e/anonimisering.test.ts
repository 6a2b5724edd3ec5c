/**
 * Issue 11 §2 (art. 6.2, 9.5, 21.4; ADR 0032) through the real UI: a signal whose writer put the
 * victim's name, date of birth, phone number and address into the summary, plus a licence plate and
 * another person's name. The anonymised detail shows none of the known data, highlights the markers,
 * counts what was hidden per kind and lists what still looks identifying; the identifying form (on
 * request, logged) shows the text as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allesStoppen, browserStarten, brugStarten, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const REGISSEUR = { naam: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: 'lange zin als wachtwoord 2026' };
const SAMENVATTING = 'POPESCU, I. (geb. 12-04-1999) belt vanaf 06-12345678, woont Kerkstraat 12.\nHaar baas Kees de Groot haalt haar op in 12-ABC-3.';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
let nummer = '';

describe('de geanonimiseerde vorm van een signaal: vrije tekst afgeschermd en gecontroleerd', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    const api = async <T,>(kanaal: string, invoer: unknown = {}): Promise<T> => {
      const r = await brug.api(kanaal, invoer);
      if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
      return r.waarde as T;
    };
    await api('bestand.maken', { map: 'voorbeeldstad', naam: 'Gemeente Voorbeeldstad', penvoerder: 'College van B&W van Voorbeeldstad', profiel: 'centraal', gebruiker: REGISSEUR.naam, weergavenaam: REGISSEUR.weergavenaam, wachtwoord: REGISSEUR.wachtwoord });
    const partners = await api<Array<{ id: number; code: string }>>('partners.lijst');
    const politie = partners.find((p) => p.code === 'POLITIE')!.id;
    nummer = (
      await api<{ nummer: string }>('signalen.opslaan', {
        formulier: {
          datumTijd: '2026-09-14T10:30',
          melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
          bron: { naam: 'Synthetische Bron', partnerId: politie, telefoon: '088 000 00 00' },
          slachtoffer: { naam: 'Ioana Popescu', geboortedatum: '1999-04-12', geslacht: 'vrouw', adres: 'Kerkstraat 12', woonplaats: 'Voorbeeldstad', nationaliteit: 'Roemeense' },
          samenvatting: SAMENVATTING,
          vermoedens: ['sociaal-economische-uitbuiting'],
          vraag2: { hoeUitgebuit: 'Loon ingehouden', wieOpDeHoogte: 'Zus van Ioana, bereikbaar op +31 6 87654321' },
          fase: 2,
          indicatoren: [1],
          delen: 'geanonimiseerd',
        },
        indienen: true,
      })
    ).nummer;
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  });

  afterAll(async () => {
    await allesStoppen(s, browser, brug);
  });

  it('geanonimiseerd: markers gemarkeerd, aantallen per soort, wat nog identificerend lijkt ter controle', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Signalen', exact: true }).click();
    await page.getByRole('table', { name: 'Signalen' }).locator(`[data-nummer="${nummer}"]`).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(nummer) }).waitFor();

    const samenvatting = page.locator('[data-veld="samenvatting"]');
    await samenvatting.locator('mark').first().waitFor();
    const tekst = (await samenvatting.textContent()) ?? '';
    expect(tekst).toBe('[naam] (geb. [geboortedatum]) belt vanaf [telefoon], woont [adres].\nHaar baas Kees de Groot haalt haar op in 12-ABC-3.');
    expect(await samenvatting.locator('mark').evaluateAll((ms) => ms.map((m) => `${m.getAttribute('data-marker')}:${m.getAttribute('title')}`))).toEqual([
      'naam:afgeschermde naam',
      'geboortedatum:afgeschermde geboortedatum',
      'telefoon:afgeschermd telefoonnummer',
      'adres:afgeschermd adres',
    ]);
    const pagina = (await page.locator('main').textContent()) ?? '';
    for (const spoor of ['Popescu', 'POPESCU', 'Ioana', '12-04-1999', '06-12345678', '87654321', 'Kerkstraat 12']) expect(pagina).not.toContain(spoor);

    await expect.poll(() => page.getByTestId('redactie-aantallen').textContent()).toBe('Uit de vrije tekst afgeschermd: 2 namen, 1 geboortedatum, 1 adres, 2 telefoonnummers.');
    const controle = page.getByRole('table', { name: 'Fragmenten die nog identificerend lijken' });
    const rijen = await controle.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(rijen).toEqual([
      ['Korte samenvatting van de casus', 'kenteken', '12-ABC-3'],
      ['Korte samenvatting van de casus', 'naam?', 'Kees de Groot'],
    ]);
    await scherm(page, '90-anonimisering-signaal');
  });

  it('identificeerbaar op verzoek: de tekst zoals hij geschreven is, zonder markers', async () => {
    await page.getByRole('button', { name: 'Toon identificerende gegevens' }).click();
    const samenvatting = page.locator('[data-veld="samenvatting"]');
    await expect.poll(() => samenvatting.textContent()).toContain('POPESCU, I.');
    expect(await samenvatting.locator('mark').count()).toBe(0);
    expect(await page.getByTestId('redactie').count()).toBe(0);
  });
});
