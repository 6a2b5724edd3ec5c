/**
 * The new-signal form and the signals list at a common office screen, 1440×900 (issue 11 §7): the form's
 * save bar stays in view while the long Format casus scrolls, a section index leads to each section and
 * says which hold errors, and the error summary counts what it lists; the list shows the start of each
 * signal's summary, anonymised as the list is (art. 6.2), in rows dense enough to see more at once.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTEFACTEN, axeControleren, h1, label, opstelling, scherm } from './hulp';

/** Before this step the list showed 5 whole rows in a 1440×900 window (44 px rows under full-height filters, the list running off the window). */
const RIJEN_VOOR = 5;

const WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';
let page: Page;

const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

/** Rows wholly inside the list's scroll area, as the user sees them without scrolling. */
async function zichtbareRijen(p: Page): Promise<number> {
  return p.getByTestId('signalen-scroll').evaluate((el) => {
    const kader = el.getBoundingClientRect();
    const kop = el.querySelector('[role="rowgroup"]')!.getBoundingClientRect();
    return [...el.querySelectorAll('[data-nummer]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= kop.bottom - 1 && b.bottom <= Math.min(kader.bottom, window.innerHeight) + 1;
    }).length;
  });
}

describe('signaalformulier en signalenlijst op 1440×900', () => {
  const o = opstelling();
  beforeAll(async () => {
    page = o.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Demobestand gebruiken' }).click();
    await h1(page, 'Aanmelden').waitFor({ timeout: 90_000 });
    await page.getByLabel(label('Gebruikersnaam')).fill('demo.bewerker');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord')).press('Enter');
    await h1(page, 'Overzicht').waitFor();
  });

  it('de lijst: meer rijen in beeld, met het begin van de geanonimiseerde samenvatting', async () => {
    await nav(page, 'Signalen').click();
    await h1(page, 'Signalen').waitFor();
    const tabel = page.getByRole('table', { name: 'Signalen' });
    await tabel.locator('[data-nummer]').first().waitFor();
    await page.screenshot({ path: path.join(ARTEFACTEN, '95a-signalenlijst-1440-venster.png') });
    const n = await zichtbareRijen(page);
    console.log(`zichtbare rijen bij 1440×900: ${n} (was ${RIJEN_VOOR})`);
    expect(n).toBeGreaterThanOrEqual(RIJEN_VOOR + 4);
    // The list ends inside the window: nothing of it is below the fold.
    const kader = await page.getByTestId('signalen-scroll').boundingBox();
    expect(kader!.y + kader!.height).toBeLessThanOrEqual(900);

    await expect.poll(() => tabel.getByRole('columnheader').allTextContents()).toContain('Samenvatting');
    const eerste = tabel.locator('[data-nummer]').first();
    const nummer = (await eerste.getAttribute('data-nummer'))!;
    const cel = eerste.getByRole('cell').nth(4);
    const kort = (await cel.textContent())!;
    expect(kort.length).toBeGreaterThan(10);
    expect(kort.length).toBeLessThanOrEqual(80);
    // The same words as the signal's anonymised detail, never the identifying one's.
    const lijst = (await o.brug.api('signalen.lijst', { limiet: 1 })).waarde as { rijen: Array<{ id: number; nummer: string }> };
    const id = lijst.rijen.find((r) => r.nummer === nummer)!.id;
    const detail = (await o.brug.api('signalen.detail', { id, vorm: 'geanonimiseerd' })).waarde as { formulier: { samenvatting: string } };
    expect(detail.formulier.samenvatting.replace(/\s+/g, ' ').startsWith(kort.replace(/…$/, ''))).toBe(true);
    await scherm(page, '95-signalenlijst-1440');
  });

  it('het formulier: een index naar elk onderdeel, een opslaanbalk die blijft staan, en een foutsamenvatting die klopt', async () => {
    await page.getByRole('button', { name: 'Nieuw signaal' }).click();
    await h1(page, 'Nieuw signaal').waitFor();
    const index = page.getByRole('navigation', { name: 'Onderdelen van het formulier' });
    await expect.poll(() => index.getByRole('button').count()).toBeGreaterThanOrEqual(10);
    const balk = page.getByTestId('opslaanbalk');

    // Halfway down the long form the save bar is still in the window, and so is the index.
    await page.getByRole('heading', { level: 2, name: 'Dwang, dreiging, uitbuiting' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    for (const deel of [balk, index]) {
      const b = (await deel.boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(900);
    }
    await page.screenshot({ path: path.join(ARTEFACTEN, '95b-signaalformulier-halverwege.png') });

    // Submitting the empty form: the summary's count, its links, the index's counts and the bar agree.
    await balk.getByRole('button', { name: 'Indienen' }).click();
    const samenvatting = page.locator('#formulier-fouten');
    await samenvatting.getByText(/(veld|velden) (vraagt|vragen) aandacht/).waitFor();
    const kop = (await samenvatting.getByText(/(veld|velden) (vraagt|vragen) aandacht/).textContent())!;
    const geteld = Number(/^(\d+)/.exec(kop)?.[1] ?? (kop.startsWith('Eén') ? 1 : NaN));
    expect(geteld).toBeGreaterThan(1);
    expect(await samenvatting.getByRole('listitem').count()).toBe(geteld);
    const perOnderdeel = await index.locator('[data-fouten]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-fouten'))));
    expect(perOnderdeel.reduce((a, b) => a + b, 0)).toBe(geteld);
    expect(await balk.getByRole('button', { name: `${geteld} velden vragen aandacht` }).count()).toBe(1);
    // Fields marked in error on the form: as many as the summary counts.
    const gemarkeerd = await page.locator('form [data-pad]').evaluateAll((els) =>
      els.filter((e) => e.querySelector(':scope > .Mui-error, :scope.Mui-error, :scope > * > .Mui-error, :scope > * > * > .Mui-error, [aria-invalid="true"]')).map((e) => e.getAttribute('data-pad')),
    );
    expect(new Set(gemarkeerd).size).toBe(geteld);

    // Keyboard: from the index to a section in error; its heading takes the focus, Tab goes into its fields.
    const metFout = index.locator('[data-fouten]:not([data-fouten="0"])').first();
    const titel = (await metFout.locator('span').first().textContent())!;
    await metFout.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(titel);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.querySelector('h2')?.textContent)).toBe(titel);
    await page.screenshot({ path: path.join(ARTEFACTEN, '95c-signaalformulier-naar-onderdeel.png') });

    // The bar's link leads back to the summary.
    await balk.getByRole('button', { name: `${geteld} velden vragen aandacht` }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('formulier-fouten');
    await axeControleren(page, '95d-signaalformulier-fouten');
    await scherm(page, '95d-signaalformulier-fouten');
    expect(o.s.fouten).toEqual([]);
  });
});
