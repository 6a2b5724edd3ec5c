/**
 * Issue 11 §2 (art. 6.2, 21.4; ADR 0032) through the real UI: fixing an agenda sends it to every
 * attendee, so the ketenregisseur first sees what its free text lost and what still looks identifying.
 * The spoed request on the agenda names the victim (known to the bestand: redacted) and someone the
 * bestand does not know (only flagged). Fixing without ticking the confirmation is refused by the
 * backend with the article; with it the agenda is fixed and the review is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allesStoppen, browserStarten, brugStarten, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const REGISSEUR = { naam: 'r.bakker', weergavenaam: 'Roos Bakker', wachtwoord: 'vrijgave met lange zin 2026' };
const ZORG = { naam: 'z.smit', wachtwoord: 'zorg met een lange zin 2026' };
const SPOED = 'Direct naar het adres: POPESCU, I. (geb. 12-04-1999) belt vanaf 06-12345678. Samen met Kees de Groot.';

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
let overlegId = 0;

async function api<T>(kanaal: string, invoer: unknown = {}): Promise<T> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde as T;
}

describe('controle vóór verstrekking: de agenda vaststellen', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    await api('bestand.maken', { map: 'vrijgave', naam: 'Gemeente Voorbeeldstad', penvoerder: 'College van B&W van Voorbeeldstad', profiel: 'centraal', gebruiker: REGISSEUR.naam, weergavenaam: REGISSEUR.weergavenaam, wachtwoord: REGISSEUR.wachtwoord });
    await api('gebruikers.toevoegen', { naam: ZORG.naam, weergavenaam: 'Zeger Smit', rol: 'zorgcoordinator', wachtwoord: ZORG.wachtwoord });
    const partners = await api<Array<{ id: number; code: string }>>('partners.lijst');
    const pid = (code: string) => partners.find((p) => p.code === code)!.id;
    const { id: signaalId } = await api<{ id: number }>('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-11-14T10:30',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: pid('SZW-AI') },
        bron: { naam: 'Synthetische Bron', partnerId: pid('SZW-AI') },
        slachtoffer: { naam: 'Ioana Popescu', geboortedatum: '1999-04-12', geslacht: 'vrouw', nationaliteit: 'Roemeense' },
        samenvatting: 'Lange werkdagen in een kas; loon ingehouden.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        indicatoren: [1],
        fase: 4,
        delen: 'geanonimiseerd',
      },
      indienen: true,
    });
    const { id: dossierId } = await api<{ id: number }>('dossiers.maken', { signaalIds: [signaalId], titel: 'Kas aan de rand van de stad' });
    await api('spoed.vastleggen', { dossierId, partnerIds: [pid('POLITIE')], verzoek: SPOED, medebeslisser: { gebruiker: ZORG.naam, wachtwoord: ZORG.wachtwoord } });
    await api('dossiers.faseWijzigen', { id: dossierId, naar: 'weging-en-kwalificatie' });
    ({ id: overlegId } = await api<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true }));
    await api('overleg.agendaSamenstellen', { id: overlegId });
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  });

  afterAll(async () => {
    await allesStoppen(s, browser, brug);
  });

  it('art. 6.2, 21.4: eerst zien wat is afgeschermd en wat nog identificerend lijkt; zonder bevestiging geweigerd', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Overleggen', exact: true }).click();
    await page.locator(`[data-overleg="${overlegId}"]`).first().click();
    await page.getByRole('heading', { level: 1, name: /^Casusoverleg/ }).waitFor();
    await page.getByRole('button', { name: 'Agenda vaststellen' }).click();

    const dialoog = page.getByRole('dialog', { name: 'Agenda vaststellen' });
    await dialoog.getByTestId('vrijgave').waitFor();
    const tekst = (await dialoog.textContent()) ?? '';
    for (const spoor of ['Popescu', 'POPESCU', '12-04-1999', '06-12345678']) expect(tekst).not.toContain(spoor);
    expect(await dialoog.getByTestId('redactie-aantallen').textContent()).toBe('Uit de vrije tekst afgeschermd: 1 naam, 1 geboortedatum, 1 telefoonnummer.');
    const rijen = await dialoog
      .getByRole('table', { name: 'Fragmenten die nog identificerend lijken' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(rijen).toEqual([[expect.stringMatching(/^Spoed — D-\d{4}-\d{4} — samenvatting$/), 'naam?', 'Kees de Groot']]);
    await scherm(page, '95-vrijgave-agenda-vaststellen');

    // Without the confirmation the backend refuses, with the article.
    await dialoog.getByRole('button', { name: 'Agenda vaststellen' }).click();
    const weigering = dialoog.getByRole('alert').filter({ hasText: 'voordat de agenda wordt vastgesteld' });
    await weigering.waitFor();
    expect(await weigering.textContent()).toContain('art. 6.2, 21.4');
    await scherm(page, '95b-vrijgave-geweigerd');

    await dialoog.getByRole('checkbox', { name: /Ik heb de fragmenten die nog identificerend lijken bekeken/ }).check();
    await dialoog.getByRole('button', { name: 'Agenda vaststellen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText('De agenda is vastgesteld. In de vergadermodus legt u de besluiten vast.').waitFor();
    const { regels } = await api<{ regels: Array<{ actie: string; details: Record<string, unknown> }> }>('audit.lijst', { limiet: 20 });
    expect(regels.find((r) => r.actie === 'vrijgave.gecontroleerd')).toMatchObject({ details: { waarvoor: 'agenda-vaststellen', bekeken: true, gemarkeerd: 1 } });
  });
});
