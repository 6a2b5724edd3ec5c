/**
 * Need-to-know per partner and per item on the screen (issue 11 §1, docs/beslissingen/0031-…): the
 * dossier's "Wie mag wat ontvangen" tab shows the task of each partner from its interventions (no checkbox),
 * shows the weighing of the victim's interests the casusoverleg recorded (art. 21.6), lets the ketenregisseur choose
 * per acting partner which items it needs, and opens the reason of a cell beside that cell. axe and pictures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserStarten, brugStarten, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord nodig 2026';
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
let nummer = '';
const signalen: Record<'eerste' | 'tweede', number> = { eerste: 0, tweede: 0 };

async function api(kanaal: string, invoer: unknown = {}): Promise<unknown> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde;
}

describe('wat elke partner nodig heeft, in de matrix', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    await api('bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: WACHTWOORD });
    for (const partner of (await api('partners.lijst')) as Array<{ id: number; code: string }>) ids[partner.code] = partner.id;
    const signaal = async (bron: string, naam: string) =>
      ((await api('signalen.opslaan', {
        formulier: {
          datumTijd: `${dag(-20)}T10:00`,
          melder: { contactpersoon: 'Synthetische Melder', partnerId: ids[bron] },
          bron: { naam: 'Synthetische Bron', partnerId: ids[bron] },
          slachtoffer: { naam, geboortedatum: '1998-02-02', woonplaats: 'Proefdorp' },
          samenvatting: 'Mogelijke uitbuiting in een distributiecentrum.',
          vermoedens: ['sociaal-economische-uitbuiting'],
          fase: 3,
          delen: 'identificeerbaar',
        },
        indienen: true,
      })) as { id: number }).id;
    signalen.eerste = await signaal('SZW-AI', 'Synthetische Eerstenaam');
    signalen.tweede = await signaal('IND', 'Synthetische Tweedenaam');
    const d = (await api('dossiers.maken', { signaalIds: [signalen.eerste, signalen.tweede], titel: 'Distributiecentrum Proefdorp' })) as { id: number };
    nummer = ((await api('dossiers.lijst', {})) as Array<{ id: number; nummer: string }>).find((x) => x.id === d.id)!.nummer;
    await api('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = (await api('overleg.plannen', { soort: 'casusoverleg', datum: dag(-1), waarschuwingenBevestigd: true })) as { id: number };
    await api('overleg.agendaSamenstellen', { id: overlegId });
    await api('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = ((await api('overleg.detail', { id: overlegId })) as { punten: Array<{ id: number }> }).punten[0]!;
    await api('overleg.besluiten', {
      puntId: punt.id,
      kwalificatie: 'arbeidsuitbuiting',
      besluit: 'interventies',
      interventies: [
        { partnerId: ids.POLITIE, omschrijving: 'Verhoor van de exploitant', deadline: dag(60) },
        { partnerId: ids['SZW-AI'], omschrijving: 'Inspectie op de werkplek', deadline: dag(60) },
      ],
      // Art. 21.6: a decision to act on these non-care signals comes with the weighing.
      belangenafweging: 'Synthetische afweging uit het casusoverleg: verhoor en inspectie brengen het slachtoffer niet in gevaar.',
    });
    browser = await browserStarten();
    c = await paginaOpenen(browser, brug.adres);
  });

  afterAll(async () => {
    await c?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('de taak komt uit de interventies; de afweging van art. 21.6 uit het casusoverleg staat erbij', async () => {
    const page = c.page;
    await nav(page, 'Dossiers').click();
    await page.locator(`tr[data-nummer="${nummer}"]`).getByRole('button', { name: nummer }).click();
    await page.getByRole('tab', { name: 'Wie mag wat ontvangen' }).click();
    const matrix = page.getByTestId('matrix');
    await matrix.waitFor();
    expect(await page.getByTestId('taak-POLITIE').textContent()).toContain('1 interventie');
    expect(await page.getByTestId('taak-SZW-AI').textContent()).toContain('1 interventie');
    expect(await page.getByTestId('taak-IND').textContent()).toContain('Geen taak');
    const politieCel = matrix.locator('tr[data-ontvanger="POLITIE"] td[data-item]').first();
    // With a task and the weighing, the politie's cell is no refusal ("geen interventie" or art. 21.6).
    expect(await politieCel.getAttribute('data-vorm')).not.toBe('geen');
    expect(await politieCel.textContent()).not.toContain('art. 21.6');
    expect(await page.getByTestId('afweging').textContent()).toContain('Synthetische afweging uit het casusoverleg');
    await scherm(page, 'nodig-1-afweging-uit-overleg');
  });

  it('de ketenregisseur legt een nieuwe afweging vast en kiest wat de politie nodig heeft', async () => {
    const page = c.page;
    await page.getByRole('textbox', { name: 'Afweging' }).fill('Het slachtoffer is veilig ondergebracht; verhoor en inspectie brengen haar niet in gevaar.');
    await page.getByRole('button', { name: 'Afweging vastleggen' }).click();
    await page.getByTestId('afweging').waitFor();
    const kaart = page.locator('[data-nodig="POLITIE"]');
    expect(await page.getByTestId('nodig-status-POLITIE').textContent()).toContain('Voorstel');
    await kaart.getByRole('checkbox', { name: /Signaal .*IND/ }).uncheck();
    await kaart.getByRole('checkbox', { name: /moet de persoon kunnen identificeren/ }).uncheck();
    await kaart.getByRole('button', { name: /Keuze vastleggen/ }).click();
    await expect.poll(() => page.getByTestId('nodig-status-POLITIE').textContent()).toContain('Gekozen door Marieke Jansen');
    const matrix = page.getByTestId('matrix');
    const rij = matrix.locator('tr[data-ontvanger="POLITIE"]');
    await expect.poll(() => rij.locator(`td[data-item="signaal:${signalen.tweede}"]`).getAttribute('data-vorm')).toBe('geen');
    expect(await rij.locator(`td[data-item="signaal:${signalen.eerste}"]`).getAttribute('data-vorm')).toBe('geanonimiseerd');
    expect(await page.getByTestId('taak-POLITIE').textContent()).toContain('Keuze van Marieke Jansen');
    await scherm(page, 'nodig-2-keuze-politie');
  });

  it('de reden staat naast de gekozen cel, en Escape sluit haar', async () => {
    const page = c.page;
    const cel = page.getByTestId('matrix').locator(`tr[data-ontvanger="POLITIE"] td[data-item="signaal:${signalen.tweede}"] button`);
    await cel.click();
    const reden = page.getByTestId('matrix-reden');
    await reden.waitFor();
    expect(await reden.textContent()).toContain('niet gekozen als nodig');
    expect(await reden.textContent()).toContain('art. 16.5');
    expect(await reden.textContent()).toContain('Gekozen door Marieke Jansen');
    const a = (await cel.boundingBox())!;
    const b = (await reden.boundingBox())!;
    // Beside the cell: the panel starts within a cell's width to the side of it, at about the cell's height.
    const horizontaal = Math.min(Math.abs(b.x - (a.x + a.width)), Math.abs(a.x - (b.x + b.width)));
    expect(horizontaal).toBeLessThan(40);
    expect(Math.abs(b.y - a.y)).toBeLessThan(80);
    await scherm(page, 'nodig-3-reden-naast-cel');
    await cel.press('Escape');
    await reden.waitFor({ state: 'detached' });
    expect(c.fouten).toEqual([]);
  });
});
