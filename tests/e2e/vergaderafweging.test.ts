/**
 * Meeting mode and art. 21.6 (issue 11 §1): when the chair decides to act on a dossier with a signal not from
 * a care partner, the weighing of the victim's interests is offered with the decision, prefilled with the one
 * the dossier already has; left as it is, the decision is recorded and the dossier keeps that weighing. The
 * refusal without any weighing is walked in tests/e2e/overleg.test.ts. axe and pictures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { nlDatum } from '@shared/datum';
import { axeControleren, browserStarten, brugStarten, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord afweging 2026';
const AFWEGING = 'Synthetische afweging: het slachtoffer is in de opvang; een verhoor van de werkgever brengt haar niet in gevaar.';
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });

function dag(dagen: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

let browser: Browser;
let brug: Brug;
let c: Scherm;
const ids: Record<string, number> = {};
let dossierId = 0;
let overleg = { id: 0, datum: '' };

async function api<T = unknown>(kanaal: string, invoer: unknown = {}): Promise<T> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde as T;
}

async function kies(page: Page, binnen: Page | Locator, veld: string, optie: RegExp): Promise<void> {
  await binnen.getByRole('combobox', { name: label(veld) }).click();
  await page.getByRole('listbox').getByRole('option', { name: optie }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

describe('vergadermodus: de afweging van art. 21.6 bij een besluit tot inzet', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    await api('bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: WACHTWOORD });
    for (const p of await api<Array<{ id: number; code: string }>>('partners.lijst')) ids[p.code] = p.id;
    const s = await api<{ id: number }>('signalen.opslaan', {
      formulier: {
        datumTijd: `${dag(-10)}T10:00`,
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids['SZW-AI'] },
        bron: { naam: 'Synthetische Bron', partnerId: ids['SZW-AI'] },
        slachtoffer: { naam: 'Synthetische Afwegingnaam', geboortedatum: '1997-05-05' },
        samenvatting: 'Mogelijke uitbuiting in een bakkerij.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 3,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    dossierId = (await api<{ id: number }>('dossiers.maken', { signaalIds: [s.id], titel: 'Uitbuiting in een bakkerij' })).id;
    await api('dossiers.faseWijzigen', { id: dossierId, naar: 'weging-en-kwalificatie' });
    // Recorded before the meeting, on the dossier's "Wie mag wat ontvangen" tab.
    await api('nodig.belangenafweging', { dossierId, afweging: AFWEGING });
    const datum = dag(2);
    const { id } = await api<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum, waarschuwingenBevestigd: true });
    overleg = { id, datum };
    await api('overleg.agendaSamenstellen', { id });
    await api('overleg.status', { id, naar: 'agenda-vastgesteld' });
    browser = await browserStarten();
    c = await paginaOpenen(browser, brug.adres);
  });

  afterAll(async () => {
    await c?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('het veld staat bij het besluit, gevuld met de afweging van het dossier; ongewijzigd wordt het besluit vastgelegd', async () => {
    const page = c.page;
    await nav(page, 'Overleggen').click();
    await h1(page, 'Overleggen').waitFor();
    const kalender = page.getByRole('list', { name: /^Overleggen in \d{4} per maand$/ });
    const jaar = Number(overleg.datum.slice(0, 4));
    const getoond = Number(/\d{4}/.exec((await kalender.getAttribute('aria-label')) ?? '')![0]);
    if (getoond !== jaar) await page.getByRole('button', { name: getoond < jaar ? 'Volgend jaar' : 'Vorig jaar' }).click();
    await page.locator(`[data-overleg="${overleg.id}"]`).click();
    await page.getByRole('button', { name: 'Vergadermodus' }).click();
    await h1(page, /^Vergadermodus: Casusoverleg/).waitFor();
    await page.getByRole('heading', { level: 2, name: /Uitbuiting in een bakkerij$/ }).waitFor();

    // Not for a decision without action.
    await page.getByRole('radio', { name: 'Geen actie (opschonen, art. 16.8)' }).check();
    expect(await page.getByTestId('vergader-afweging').count()).toBe(0);

    await page.getByRole('radio', { name: 'Interventies toewijzen aan partners' }).check();
    const rij = page.getByRole('group', { name: 'Interventie 1' });
    await kies(page, rij, 'Partner', /^Politie \(regio invullen\)/);
    await rij.getByLabel(label('Omschrijving')).fill('Verhoor van de werkgever');
    await rij.getByLabel(label('Uiterste datum')).fill(nlDatum(dag(30)));
    const afweging = page.getByTestId('vergader-afweging');
    await afweging.waitFor();
    const veld = afweging.getByLabel('Afweging');
    expect(await veld.inputValue()).toBe(AFWEGING);
    expect(await afweging.textContent()).toContain('Vastgelegd door Marieke Jansen');
    await afweging.scrollIntoViewIfNeeded();
    await axeControleren(page, 'vergadermodus-afweging');
    await scherm(page, 'vergaderafweging-1-gevuld');

    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(/is vastgelegd: Interventies toewijzen aan partners\.$/).waitFor();
    // The dossier keeps the one weighing it had: nothing new was sent.
    const overzicht = await api<{ belangenafweging: { afweging: string; door: string } | null }>('nodig.overzicht', { dossierId });
    expect(overzicht.belangenafweging).toMatchObject({ afweging: AFWEGING, door: 'Marieke Jansen' });
    const audit = await api<{ regels: Array<{ actie: string }> }>('audit.lijst', {});
    expect(audit.regels.filter((r) => r.actie === 'belangenafweging.vastgelegd')).toHaveLength(1);
    expect(c.fouten).toEqual([]);
  });
});
