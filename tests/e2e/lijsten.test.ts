/**
 * Long lists in the real UI (ADR 0016, 0024; docs/ontwerp.md §9): the signal list of the demo bestand
 * jumps to its last row with End and back with Home, fetching the pages in view and the last page; a search typed key
 * by key shows its rows and "Filters wissen" empties the field again; the dossier list loads 50 dossiers a
 * page, the next page after the last row shown, with counts per process step from the backend (art. 10.1).
 * Real bridge, real SQLCipher file, real Chromium; no timings (those are in `npm run bench`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allesStoppen, browserStarten, brugStarten, h1, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;

type Dossier = { id: number; nummer: string; fase: string };
const api = async <T,>(kanaal: string, invoer: unknown = {}): Promise<T> => {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde as T;
};
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });
/** The signal list row that has the focus: its position and its number. */
const focusRij = () =>
  page.evaluate(() => {
    const rij = document.activeElement?.closest<HTMLElement>('[data-rij]');
    return rij ? { rij: Number(rij.dataset.rij), nummer: rij.dataset.nummer ?? null } : null;
  });

describe('lange lijsten: signalen per sleutel, dossiers per pagina', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    const demo = await api<{ wachtwoord: string }>('bestand.demo');
    await api('sessie.aanmelden', { gebruiker: 'demo.regisseur', wachtwoord: demo.wachtwoord });
    // More dossiers than one page: one per signal that is in none yet, until there are 57.
    const vrij = (await api<{ rijen: Array<{ id: number }> }>('signalen.lijst', { zonderDossier: true, status: 'ingediend', limiet: 500 })).rijen;
    let aantal = (await api<Dossier[]>('dossiers.lijst')).length;
    for (let i = 0; aantal < 57; i++, aantal++) await api('dossiers.maken', { signaalIds: [vrij[i]!.id], titel: `Proefdossier ${i + 1}` });
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
  });

  afterAll(() => allesStoppen(s, browser, brug));

  it('signalenlijst: End springt naar het laatste signaal en Home terug; zoeken toets voor toets, en wissen', async () => {
    const { totaal } = await api<{ totaal: number }>('signalen.lijst', { limiet: 1 });
    const laatste = (await api<{ rijen: Array<{ nummer: string }> }>('signalen.lijst', { vanafEinde: true, limiet: 1 })).rijen[0]!.nummer;
    expect(totaal).toBeGreaterThan(200); // more than two pages of 100
    await nav(page, 'Signalen').click();
    await h1(page, 'Signalen').waitFor();
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe(`${totaal} signalen`);
    await page.locator('[data-rij="0"][data-nummer] [data-focus]').focus();
    await page.keyboard.press('End');
    await expect.poll(focusRij).toEqual({ rij: totaal - 1, nummer: laatste });
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focusRij())?.rij).toBe(totaal - 2);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await focusRij())?.rij).toBe(0);

    // Typed key by key, as a user does: the rows follow the whole word.
    const zoekveld = page.getByRole('searchbox', { name: 'Zoeken' });
    const gevonden = (await api<{ totaal: number }>('signalen.lijst', { zoek: 'tuinbouwkas', limiet: 1 })).totaal;
    expect(gevonden).toBeGreaterThan(0);
    expect(gevonden).toBeLessThan(totaal);
    await zoekveld.pressSequentially('tuinbouwkas', { delay: 30 });
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe(gevonden === 1 ? '1 signaal' : `${gevonden} signalen`);
    await page.locator('[data-rij="0"][data-nummer]').waitFor();
    await scherm(page, '70-signalen-lang-gezocht');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    expect(await zoekveld.inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe(`${totaal} signalen`);

    // The date fields filter as well ("vanaf" a day, "tot en met" a day), and clearing empties them.
    const vanaf = (await api<{ totaal: number }>('signalen.lijst', { vanaf: '2026-10-01', limiet: 1 })).totaal;
    const tussen = (await api<{ totaal: number }>('signalen.lijst', { vanaf: '2026-10-01', tot: '2026-11-01', limiet: 1 })).totaal;
    expect(vanaf).toBeLessThan(totaal);
    await page.getByRole('textbox', { name: 'Datum vanaf' }).fill('01-10-2026');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe(`${vanaf} signalen`);
    await page.getByRole('textbox', { name: 'Datum tot en met' }).fill('31-10-2026');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe(tussen === 1 ? '1 signaal' : `${tussen} signalen`);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    expect(await page.getByRole('textbox', { name: 'Datum vanaf' }).inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe(`${totaal} signalen`);
    expect(s.fouten).toEqual([]);
  });

  it('dossierlijst: 50 per pagina, de volgende na de laatste rij, met de tellingen per processtap (art. 10.1)', async () => {
    const alle = await api<Dossier[]>('dossiers.lijst');
    expect(alle.length).toBeGreaterThanOrEqual(57);
    await nav(page, 'Dossiers').click();
    await h1(page, 'Dossiers').waitFor();
    const tabel = page.getByRole('table', { name: 'Dossiers' });
    const nummers = () => tabel.locator('tbody tr[data-nummer]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-nummer')));
    await expect.poll(nummers).toEqual(alle.slice(0, 50).map((d) => d.nummer));
    await expect.poll(() => page.getByTestId('dossiers-aantal').textContent()).toBe(`${alle.length} dossiers · 50 van ${alle.length} getoond`);
    await expect.poll(() => page.getByRole('button', { name: `Alle (${alle.length})` }).count()).toBe(1);
    await scherm(page, '71-dossiers-eerste-pagina');

    await page.getByRole('button', { name: 'Volgende 50 dossiers laden' }).click();
    await expect.poll(nummers).toEqual(alle.slice(0, 100).map((d) => d.nummer));
    // Focus goes to the first new row, so a keyboard user reads on where the page left off.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-nummer'))).toBe(alle[50]!.nummer);
    if (alle.length <= 100) expect(await page.getByRole('button', { name: 'Volgende 50 dossiers laden' }).count()).toBe(0);

    // A process step: the backend filters, the chip's count comes from the counts per step.
    const stap = alle[0]!.fase;
    const inStap = alle.filter((d) => d.fase === stap);
    const chip = page.getByRole('group', { name: 'Filter op processtap' }).getByRole('button', { name: new RegExp(`^(?!Alle).* \\(${inStap.length}\\)$`) }).first();
    await chip.click();
    await expect.poll(nummers).toEqual(inStap.slice(0, 50).map((d) => d.nummer));
    await scherm(page, '72-dossiers-processtap');
    expect(s.fouten).toEqual([]);
  });
});
