/**
 * The screen kit (ADR 0017) in a real Chromium, for what plain Node cannot show: focus moving
 * through a table's rows and Enter opening one, a form dialog that starts clean each time it
 * opens and keeps the refusal's field messages, and a load whose late answer is dropped. The page
 * is the kit alone (tests/e2e/schermkit/harnas.tsx, bundled by esbuild), no bridge, no database.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserStarten, REPO, rustigeWeergave } from './hulp';

let browser: Browser;
let page: Page;
const fouten: string[] = [];

beforeAll(async () => {
  const bundel = await build({
    entryPoints: [path.join(REPO, 'tests/e2e/schermkit/harnas.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  browser = await browserStarten();
  page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1200, height: 800 } });
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.setContent('<!doctype html><html lang="nl"><body><div id="wortel"></div></body></html>');
  await rustigeWeergave(page);
  await page.addScriptTag({ content: bundel.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
});

const rijen = () => page.getByRole('table', { name: 'Rijen' }).locator('tbody tr');
const codes = () => rijen().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
const actieveCode = () => page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? document.activeElement?.tagName);
const antwoord = (filter: string, r: unknown) => page.evaluate(([f, x]) => (window as unknown as { kit: { antwoord(f: unknown, r: unknown): void } }).kit.antwoord(f, x), [filter, r] as const);
const kit = <T>(veld: 'verzonden' | 'geopend') => page.evaluate((v) => (window as unknown as { kit: Record<string, unknown> }).kit[v], veld) as Promise<T>;

describe('Tabel: rows as a keyboard list', () => {
  it('Tab reaches the rows, arrows and Home/End move, Enter opens, a row’s own button does not open it', async () => {
    await page.getByRole('button', { name: 'knop C' }).waitFor();
    await rijen().first().focus();
    expect(await actieveCode()).toBe('B');
    await page.keyboard.press('ArrowDown');
    expect(await actieveCode()).toBe('A');
    await page.keyboard.press('End');
    expect(await actieveCode()).toBe('C');
    await page.keyboard.press('ArrowDown');
    expect(await actieveCode()).toBe('C');
    await page.keyboard.press('Home');
    expect(await actieveCode()).toBe('B');
    // Tab leaves the row for its own button: the button is reachable, and pressing it does not open the row.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('knop B');
    await page.keyboard.press('Enter');
    expect(await kit<string[]>('geopend')).toEqual(['knop:B']);
    await page.getByRole('button', { name: 'knop A' }).click();
    expect(await kit<string[]>('geopend')).toEqual(['knop:B', 'knop:A']);
  });

  it('a header click sorts ascending, a second click descending, and aria-sort says so', async () => {
    const kop = page.getByRole('columnheader', { name: 'Code' });
    await kop.getByRole('button').click();
    expect(await codes()).toEqual(['A', 'B', 'C']);
    await expect.poll(() => kop.getAttribute('aria-sort')).toBe('ascending');
    await kop.getByRole('button').click();
    expect(await codes()).toEqual(['C', 'B', 'A']);
    expect(await kop.getAttribute('aria-sort')).toBe('descending');
  });
});

describe('useFormDialoog', () => {
  it('opens with the item’s values, checks locally before sending, shows the refusal at its field', async () => {
    await page.locator('tr[data-code="B"]').focus();
    await page.keyboard.press('Enter');
    const dialoog = page.getByRole('dialog', { name: 'Wijzig B' });
    await dialoog.waitFor();
    expect(await dialoog.getByLabel('Naam').inputValue()).toBe('Beta');
    // The local check stops the call: nothing is sent.
    await dialoog.getByLabel('Naam').fill('fout');
    await dialoog.getByLabel('Naam').press('Enter');
    await dialoog.getByText('Herhaal de naam.').waitFor();
    expect(await kit<unknown[]>('verzonden')).toEqual([]);
    await dialoog.getByLabel('Herhaling').fill('fout');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await dialoog.getByText('Naam geweigerd.').waitFor();
    await dialoog.getByText('Deze naam niet.').waitFor();
    expect(await kit<unknown[]>('verzonden')).toEqual([{ naam: 'fout', herhaling: 'fout' }]);
  });

  it('opening again, for another row, starts clean: its own values, no old refusal', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('tr[data-code="A"]').click();
    const dialoog = page.getByRole('dialog', { name: 'Wijzig A' });
    await dialoog.waitFor();
    expect(await dialoog.getByLabel('Naam').inputValue()).toBe('Alfa');
    expect(await dialoog.getByLabel('Herhaling').inputValue()).toBe('');
    expect(await dialoog.getByText('Naam geweigerd.').count()).toBe(0);
    await dialoog.getByLabel('Herhaling').fill('Alfa');
    await dialoog.getByLabel('Herhaling').press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('klaar').textContent()).toBe('ok:Alfa');
  });
});

describe('useLaden', () => {
  const geladen = () => page.getByTestId('geladen').textContent();

  it('shows the load as status, then drops an answer that arrives after a newer call', async () => {
    const laden = page.getByRole('region', { name: 'laden' });
    await laden.getByRole('status').getByText('Laden…').waitFor();
    await laden.getByRole('button', { name: 'filter tweede' }).click();
    await antwoord('tweede', { ok: true, waarde: ['nieuw'] });
    await expect.poll(geladen).toBe('nieuw');
    // The first filter's answer comes late: it must not overwrite the newer list.
    await antwoord('eerste', { ok: true, waarde: ['oud'] });
    await page.waitForTimeout(100);
    expect(await geladen()).toBe('nieuw');
  });

  it('a refused reload shows the backend’s message and keeps what was loaded', async () => {
    const laden = page.getByRole('region', { name: 'laden' });
    await laden.getByRole('button', { name: 'herladen' }).click();
    await antwoord('tweede', { ok: false, fout: { code: 'INTERNE_FOUT', melding: 'Het bestand is even weg.' } });
    await laden.getByText('Het bestand is even weg.').waitFor();
    expect(await geladen()).toBe('nieuw');
    await laden.getByRole('button', { name: 'herladen' }).click();
    await antwoord('tweede', { ok: true, waarde: ['weer', 'goed'] });
    await expect.poll(geladen).toBe('weer,goed');
    expect(await laden.getByText('Het bestand is even weg.').count()).toBe(0);
    expect(fouten).toEqual([]);
  });
});
