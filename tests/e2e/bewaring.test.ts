/**
 * Issue 10 §1 in the browser: the overview's tile names the next deletion date, and the Bewaartermijnen
 * screen lists what goes when under which article (counts only) and the rules of this profile; the
 * ketenregisseur can run the sweep now. Axe-clean, with pictures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dagenErbij, nlDatum, vandaag } from '@shared/datum';
import { browserStarten, brugStarten, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;

const WACHTWOORD = 'synthetisch-wachtwoord-e2e-bewaring';

describe('Bewaartermijnen', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
  });

  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('de tegel noemt de volgende verwijdering; het scherm toont wat wanneer gaat, per artikel', async () => {
    await page.getByRole('button', { name: 'Nieuw bestand maken' }).click();
    await page.getByLabel(label('Mapnaam')).fill('bewaarstad');
    await page.getByLabel(label('Naam van het bestand')).fill('Gemeente Bewaarstad (synthetisch)');
    await page.getByLabel(label('Penvoerder')).fill('College van B&W van Bewaarstad');
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Weergavenaam')).fill('Regisseur Bewaar');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord herhalen')).fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Bestand maken' }).click();
    await h1(page, 'Uw herstelsleutel').waitFor({ timeout: 60_000 });

    // A signal decided "geen dossier" today: it goes in 14 days (art. 16.3, ADR 0020).
    const partners = (await brug.api('partners.lijst')).waarde as Array<{ id: number; code: string }>;
    const politie = partners.find((p) => p.code === 'POLITIE')!.id;
    const opgeslagen = await brug.api('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-11-05T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
        bron: { naam: 'Synthetische Bron', partnerId: politie },
        slachtoffer: { naam: 'Synthetische Bewaar' },
        samenvatting: 'Synthetisch signaal.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 1,
      },
      indienen: true,
    });
    expect(opgeslagen.ok).toBe(true);
    expect((await brug.api('signalen.besluit', { id: (opgeslagen.waarde as { id: number }).id, besluit: 'geen-dossier' })).ok).toBe(true);
    expect((await brug.api('sessie.vergrendelen')).ok).toBe(true);
    await page.reload();
    await h1(page, 'Aanmelden').waitFor();
    await page.getByLabel(label('Gebruikersnaam')).fill('regisseur');
    await page.getByLabel(label('Wachtwoord')).fill(WACHTWOORD);
    await page.getByLabel(label('Wachtwoord')).press('Enter');
    await h1(page, 'Overzicht').waitFor({ timeout: 60_000 });

    const datum = nlDatum(dagenErbij(vandaag(), 14));
    const tegel = page.getByTestId('bewaar-tegel');
    await tegel.getByText(`Volgende verwijdering: ${datum}`, { exact: false }).waitFor();
    expect(await tegel.textContent()).toContain('art. 16.3, 22.4');
    await scherm(page, 'bewaring-01-overzicht-tegel');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Bewaartermijnen', exact: true }).click();
    await h1(page, 'Bewaartermijnen').waitFor();
    const gepland = page.getByTestId('bewaring-gepland');
    await gepland.getByRole('rowheader', { name: datum }).waitFor();
    expect(await gepland.textContent()).toContain('Signalen met het besluit "geen dossier"');
    await page.getByTestId('bewaring-historie').getByText('Er is nog niets verwijderd door een bewaartermijn.').waitFor();
    expect(await page.getByTestId('bewaring-regels').textContent()).toContain('Vijf jaar na sluiting van het ketendossier');
    await scherm(page, 'bewaring-02-scherm');

    // Running it now deletes nothing yet: the decision is not final.
    await page.getByRole('button', { name: 'Nu verwijderen wat verlopen is' }).click();
    await page.getByText('Er had niets zijn bewaartermijn bereikt; er is niets verwijderd.').waitFor();
    await scherm(page, 'bewaring-03-nu-uitgevoerd');
    expect(s.fouten).toEqual([]);
  });
});
