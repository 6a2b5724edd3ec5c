/**
 * Issue 12 §4 in the browser: the charts on the start page per role, on the demo bestand. The ketenregisseur
 * sees signals per month by source and by phase, interventions past their deadline, the retention deletions
 * and the rights deadlines ahead; each chart turns into a table by keyboard, with "< 5" where the report hides
 * a number. The zorgcoördinator and the bewerker see only their own. Axe-clean, with pictures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserStarten, brugStarten, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;

const WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';

async function aanmelden(p: Page, naam: string): Promise<void> {
  await p.getByLabel(label('Gebruikersnaam')).fill(naam);
  await p.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
  await p.getByLabel(label('Wachtwoord')).press('Enter');
  await h1(p, 'Overzicht').waitFor({ timeout: 60_000 });
}

async function afmelden(p: Page): Promise<void> {
  expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
  await p.reload();
  await h1(p, 'Aanmelden').waitFor();
}

/** The ids of the charts on the start page, in order. */
const grafieken = async (p: Page) => {
  await p.getByTestId('overzicht-grafieken').waitFor({ timeout: 60_000 });
  return p.getByTestId('overzicht-grafieken').locator(':scope > figure').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-testid')));
};

describe('grafieken op de startpagina', () => {
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

  it('ketenregisseur: vijf grafieken, elk met een tabel die met het toetsenbord opengaat', async () => {
    await aanmelden(page, 'demo.regisseur');
    expect(await grafieken(page)).toEqual(['grafiek-signalen-bron', 'grafiek-signalen-fase', 'grafiek-interventies-termijn', 'grafiek-bewaring', 'grafiek-rechten']);
    const bron = page.getByTestId('grafiek-signalen-bron');
    expect(await bron.getAttribute('aria-describedby')).toBeTruthy();
    await bron.getByTestId('grafiek-signalen-bron-grafiek').locator('svg').first().waitFor();
    await scherm(page, 'grafieken-01-regisseur');

    // By keyboard: the toggle is one tab stop (roving focus); the arrow goes to "Tabel", Space turns it on.
    await bron.getByRole('button', { name: 'Grafiek', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Tabel/);
    await page.keyboard.press('Space');
    const tabel = bron.getByRole('table', { name: 'Signalen per maand naar soort bron' });
    await tabel.waitFor();
    expect(await bron.getByRole('button', { name: /^Tabel/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await tabel.getByRole('columnheader').first().textContent()).toBe('Maand');
    expect(await tabel.getByRole('rowheader').first().textContent()).toMatch(/^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);
    expect(await tabel.getByRole('rowheader').last().textContent()).toBe('Totaal');
    const tekst = (await tabel.textContent()) ?? '';
    for (const getal of tekst.replace(/< 5/g, '').replace(/\d{4}/g, '').match(/\b\d+\b/g) ?? []) expect(Number(getal)).toBeGreaterThanOrEqual(5);
    await scherm(page, 'grafieken-02-tabel');
    // And back with the arrow and Enter.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await bron.getByTestId('grafiek-signalen-bron-grafiek').waitFor();
    expect(s.fouten).toEqual([]);
  });

  it('zorgcoördinator en bewerker zien alleen het hunne', async () => {
    await afmelden(page);
    await aanmelden(page, 'demo.zorg');
    expect(await grafieken(page)).toEqual(['grafiek-signalen-fase']);
    await scherm(page, 'grafieken-03-zorg');
    await afmelden(page);
    await aanmelden(page, 'demo.bewerker');
    expect(await grafieken(page)).toEqual(['grafiek-signalen-maand']);
    await page.getByTestId('grafiek-signalen-maand-grafiek').locator('svg').first().waitFor();
    await scherm(page, 'grafieken-04-bewerker');
    await afmelden(page);
    await aanmelden(page, 'demo.privacy');
    expect(await page.getByTestId('overzicht-grafieken').count()).toBe(0);
    expect(s.fouten).toEqual([]);
  });
});
