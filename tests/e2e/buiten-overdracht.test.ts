/**
 * Art. 16.5–16.7 on screen: a dossier whose interventions were assigned in the meeting shows on the
 * overview as "Zonder vastgelegde overdracht"; the ketenregisseur follows the link, records in the
 * dossier's Overdracht tab that the politie got the information by phone, and purges the dossier from
 * the purge list, which names that handover as the ground. A second dossier with interventions but no
 * recorded handover is not offered for purging at all (it used to be listed as "Na overdracht" and
 * refused only after the confirmation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { vandaag } from '@shared/datum';
import { browserStarten, brugStarten, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord buiten 2026';
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

function dag(dagen: number): string {
  const d = new Date(`${vandaag()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

let browser: Browser;
let brug: Brug;
let c: Scherm;
const ids: Record<string, number> = {};
const nummers: Record<'belwerk' | 'wacht', string> = { belwerk: '', wacht: '' };

async function api(kanaal: string, invoer: unknown = {}): Promise<unknown> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde;
}

describe('overdracht buiten de app, dan opschonen', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    await api('bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: WACHTWOORD });
    for (const partner of (await api('partners.lijst')) as Array<{ id: number; code: string }>) ids[partner.code] = partner.id;
    const dossier = async (naam: string, titel: string) => {
      const s = (await api('signalen.opslaan', {
        formulier: {
          datumTijd: `${dag(-20)}T10:00`,
          melder: { contactpersoon: 'Synthetische Melder', partnerId: ids.POLITIE },
          bron: { naam: 'Synthetische Bron', partnerId: ids.POLITIE },
          slachtoffer: { naam, geboortedatum: '1998-02-02', woonplaats: 'Proefdorp', nationaliteit: 'Synthetisch' },
          samenvatting: 'Mogelijke uitbuiting in een wasstraat.',
          vermoedens: ['sociaal-economische-uitbuiting'],
          fase: 3,
        },
        indienen: true,
      })) as { id: number };
      const d = (await api('dossiers.maken', { signaalIds: [s.id], titel })) as { id: number };
      await api('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
      return d.id;
    };
    const belwerk = await dossier('Synthetische Belnaam', 'Wasstraat Proefdorp');
    const wacht = await dossier('Synthetische Wachtnaam', 'Autobedrijf Proefdorp');
    const lijst = (await api('dossiers.lijst', {})) as Array<{ id: number; nummer: string }>;
    nummers.belwerk = lijst.find((x) => x.id === belwerk)!.nummer;
    nummers.wacht = lijst.find((x) => x.id === wacht)!.nummer;
    const { id: overlegId } = (await api('overleg.plannen', { soort: 'casusoverleg', datum: dag(-1), waarschuwingenBevestigd: true })) as { id: number };
    await api('overleg.agendaSamenstellen', { id: overlegId });
    await api('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld', gemarkeerdBekeken: true });
    for (const punt of ((await api('overleg.detail', { id: overlegId })) as { punten: Array<{ id: number }> }).punten) {
      await api('overleg.besluiten', {
        puntId: punt.id,
        kwalificatie: 'arbeidsuitbuiting',
        besluit: 'interventies',
        belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).',
        interventies: [{ partnerId: ids.POLITIE, omschrijving: 'Controle bij de werkgever', deadline: dag(60) }],
      });
    }
    browser = await browserStarten();
    c = await paginaOpenen(browser, brug.adres);
  });

  afterAll(async () => {
    await c?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('het overzicht noemt beide dossiers zonder vastgelegde overdracht, en de opschoonlijst geen van beide', async () => {
    const page = c.page;
    await nav(page, 'Overzicht').click();
    const tegel = page.getByTestId('zonder-overdracht');
    await tegel.getByRole('button', { name: `${nummers.belwerk} Wasstraat Proefdorp` }).waitFor();
    expect(await tegel.textContent()).toContain(`${nummers.wacht} Autobedrijf Proefdorp`);
    expect(await tegel.textContent()).toContain('1 interventie, geen overdracht vastgelegd');
    expect(await page.getByTestId('opschonen').textContent()).not.toContain(nummers.belwerk);
    await scherm(page, '90a-overzicht-zonder-overdracht');
  });

  it('vastleggen: telefonisch aan de politie, in het tabblad Overdracht van het dossier', async () => {
    const page = c.page;
    await page.getByTestId('zonder-overdracht').getByRole('button', { name: `${nummers.belwerk} Wasstraat Proefdorp` }).click();
    await page.getByRole('tab', { name: 'Overdracht', selected: true }).waitFor();
    await page.getByText('Er is nog geen overdracht buiten de app vastgelegd.').waitFor();
    await page.getByRole('button', { name: 'Overdracht buiten de app vastleggen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Overdracht buiten de app vastleggen' });
    await dialoog.getByRole('combobox', { name: /^Hoe/ }).click();
    await page.getByRole('option', { name: 'Telefonisch', exact: true }).click();
    expect(await dialoog.getByRole('checkbox', { name: /Controle bij de werkgever/ }).isChecked()).toBe(true);
    expect(await dialoog.getByRole('combobox', { name: /^Aan welke partner/ }).textContent()).toContain('Politie');
    await scherm(page, '90b-dialoog-overdracht-buiten-app');
    await dialoog.getByRole('button', { name: 'Overdracht buiten de app vastleggen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(/Overdracht aan .*Politie.* vastgelegd; het dossier kan nu worden opgeschoond/).waitFor();
    const rij = page.getByTestId('buiten-overdrachten').locator('tbody tr:not([data-toestand])');
    await rij.first().waitFor();
    const tekst = (await rij.first().textContent()) ?? '';
    expect(tekst).toContain('Telefonisch');
    expect(tekst).toContain('Controle bij de werkgever');
    expect(tekst).toContain('Marieke Jansen');
    await scherm(page, '90c-dossier-overdracht-vastgelegd');
  });

  it('opschonen: alleen het overgedragen dossier staat in de lijst, met de overdracht als grond', async () => {
    const page = c.page;
    await nav(page, 'Overzicht').click();
    const tegel = page.getByTestId('zonder-overdracht');
    await tegel.getByRole('button', { name: `${nummers.wacht} Autobedrijf Proefdorp` }).waitFor();
    expect(await tegel.textContent()).not.toContain(nummers.belwerk);
    await page.getByTestId('opschonen').getByRole('button', { name: `${nummers.belwerk} Wasstraat Proefdorp` }).click();
    const tabel = page.getByRole('table', { name: 'Dossiers om op te schonen' });
    await tabel.locator(`tr[data-dossier="${nummers.belwerk}"]`).waitFor();
    expect(await tabel.locator(`tr[data-dossier="${nummers.wacht}"]`).count()).toBe(0);
    expect(await tabel.locator(`tr[data-dossier="${nummers.belwerk}"]`).textContent()).toMatch(/Overdracht buiten de app aan .*Politie.* \(Telefonisch\)/);
    const gronden = page.getByTestId('gronden');
    await gronden.waitFor();
    expect(await gronden.textContent()).toContain('Telefonisch');
    await scherm(page, '90d-opschonen-na-overdracht-buiten-app');
    await page.getByRole('button', { name: new RegExp(`^Opschonen\\s*${nummers.belwerk}$`) }).click();
    const bevestiging = page.getByRole('dialog', { name: `Dossier ${nummers.belwerk} definitief opschonen?` });
    await bevestiging.getByRole('button', { name: 'Opschonen' }).click();
    await page.getByTestId('opgeschoond').waitFor();
    expect(((await api('signalen.lijst', { zoek: 'Belnaam' })) as { totaal: number }).totaal).toBe(0);
    expect(((await api('signalen.lijst', { zoek: 'Wachtnaam' })) as { totaal: number }).totaal).toBe(1);
    await scherm(page, '90e-opgeschoond');
    expect(c.fouten).toEqual([]);
  });
});
