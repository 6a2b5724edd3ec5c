/**
 * The handover story across two installations, each its own bridge, bestand and browser tab: a
 * centraal bestand and the politie (partner profile). They exchange public keys through the Sleutels
 * screens (export to a "USB" folder, import on the other side, confirm the fingerprint); the
 * ketenregisseur sees in the handover wizard what the politie will and will not get (with the
 * articles), writes the bundle and purges the dossier; the politie reads the bundle in (preview,
 * receipt), sees the received dossier with its retention date and writes a terugmelding; back at
 * centraal the receipt and the terugmelding are read in and the intervention shows "Uitgevoerd".
 * A replayed and a tampered bundle are refused with a Dutch message naming the failed check.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { maandenErbij, nlDatum, vandaag } from '@shared/datum';
import { allesStoppen, browserStarten, brugStarten, gegevensrij, h1, label, paginaOpenen, rustigeWeergave, scherm, type Brug, type Scherm } from './hulp';

const WACHTWOORD = 'synthetisch wachtwoord overdracht 2026';
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });
const navNamen = async (p: Page) => (await p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button').allTextContents()).map((t) => t.trim());

/** A date `dagen` days from today, as JJJJ-MM-DD (the backend refuses signals dated in the future). */
function dag(dagen: number): string {
  const d = new Date(`${vandaag()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

let browser: Browser;
let brugC: Brug;
let brugP: Brug;
let c: Scherm;
let p: Scherm;
let usb: string;
const ids: Record<string, number> = {};
let dossierNummer = '';
let overdrachtPad = '';
let bevestigingPad = '';
let terugmeldingPad = '';
let sleutelPadPolitie = '';
let sleutelPadCentraal = '';

async function api(brug: Brug, kanaal: string, invoer: unknown = {}): Promise<unknown> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde;
}

/** Chooses an option in a MUI select by the select's label. */
async function kies(page: Page, veld: RegExp | string, optie: string | RegExp, binnen: Page | ReturnType<Page['getByRole']> = page): Promise<void> {
  await binnen.getByRole('combobox', { name: veld }).click();
  await page.getByRole('option', typeof optie === 'string' ? { name: optie, exact: true } : { name: optie }).click();
}

describe('overdracht: centraal → politie → centraal', () => {
  beforeAll(async () => {
    [brugC, brugP] = await Promise.all([brugStarten(), brugStarten()]);
    usb = await fs.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-usb-'));
    await api(brugC, 'bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: WACHTWOORD });
    await api(brugP, 'bestand.maken', { map: 'politie', naam: 'Politie Eenheid Proefregio', penvoerder: 'Politie', profiel: 'partner', gebruiker: 'a.bakker', weergavenaam: 'Agent Bakker', wachtwoord: WACHTWOORD });
    for (const partner of (await api(brugC, 'partners.lijst')) as Array<{ id: number; code: string }>) ids[partner.code] = partner.id;

    // A dossier of three signals, weighed in a casusoverleg that assigns the politie an intervention.
    const signaal = (bron: string, naam: string, extra: Record<string, unknown> = {}) => ({
      formulier: {
        datumTijd: `${dag(-20)}T10:00`,
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids[bron] },
        bron: { naam: 'Synthetische Bron', partnerId: ids[bron] },
        slachtoffer: { naam, geboortedatum: '1998-02-02', woonplaats: 'Proefdorp', nationaliteit: 'Synthetisch' },
        samenvatting: 'Mogelijke uitbuiting in een nagelstudio.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 3,
        delen: 'identificeerbaar',
        ...extra,
      },
      indienen: true,
    });
    const vanPolitie = (await api(brugC, 'signalen.opslaan', signaal('POLITIE', 'Synthetische Overdrachtnaam', { handhaving: { strafbareFeiten: 'ja' } }))) as { id: number };
    const vanBd = (await api(brugC, 'signalen.opslaan', signaal('BD', 'Synthetische Fiscaalnaam'))) as { id: number };
    const vanGgd = (await api(brugC, 'signalen.opslaan', signaal('GEM-GGD', 'Synthetische Zorgnaam'))) as { id: number };
    const d = (await api(brugC, 'dossiers.maken', { signaalIds: [vanPolitie.id, vanBd.id, vanGgd.id], titel: 'Nagelstudio Proefdorp' })) as { id: number };
    dossierNummer = ((await api(brugC, 'dossiers.lijst', {})) as Array<{ id: number; nummer: string }>).find((x) => x.id === d.id)!.nummer;
    await api(brugC, 'dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = (await api(brugC, 'overleg.plannen', { soort: 'casusoverleg', datum: dag(3), waarschuwingenBevestigd: true })) as { id: number };
    await api(brugC, 'overleg.agendaSamenstellen', { id: overlegId });
    await api(brugC, 'overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = ((await api(brugC, 'overleg.detail', { id: overlegId })) as { punten: Array<{ id: number }> }).punten[0]!;
    await api(brugC, 'overleg.besluiten', {
      puntId: punt.id,
      kwalificatie: 'arbeidsuitbuiting',
      besluit: 'interventies',
      belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).',
      interventies: [{ partnerId: ids.POLITIE, omschrijving: 'Verhoor van de exploitant', deadline: dag(60) }],
    });

    browser = await browserStarten();
    [c, p] = await Promise.all([paginaOpenen(browser, brugC.adres), paginaOpenen(browser, brugP.adres)]);
  });

  afterAll(() => allesStoppen([c, p], browser, [brugC, brugP], [usb]));

  it('politie: de start is Ontvangen dossiers, met de oproep de eigen organisatie in te stellen', async () => {
    const page = p.page;
    await h1(page, 'Ontvangen dossiers').waitFor();
    // The partner profile's navigation: no Signalen, Dossiers, Overleggen or Overdrachten; no Landelijk beeld
    // before a statistics bundle was read (ADR 0041, addendum).
    expect(await navNamen(page)).toEqual(['Ontvangen dossiers', 'Inlezen', 'Sleutels', 'Partners', 'Gebruikers', 'Audit', 'Bewaartermijnen', 'Backup & sleutel', 'Instellingen']);
    const oproep = page.getByTestId('identiteit-oproep');
    await oproep.getByText('Eigen organisatie nog niet ingesteld').waitFor();
    await page.getByText('Er zijn nog geen dossiers ontvangen.', { exact: false }).waitFor();
    await scherm(page, '60a-partner-start-identiteit');

    await oproep.getByRole('button', { name: 'Nu instellen' }).click();
    await h1(page, 'Sleutels').waitFor();
    await page.getByRole('button', { name: 'Instellen', exact: true }).click();
    await page.getByText('Kies een partner').waitFor();
    await kies(page, /^Deze installatie is/, 'Politie (regio invullen) (POLITIE)');
    await page.getByRole('button', { name: 'Instellen', exact: true }).click();
    await page.getByText('Deze installatie is nu Politie (regio invullen) (POLITIE).').waitFor();
    expect(await page.getByTestId('identiteit').textContent()).toBe('Deze installatie is Politie (regio invullen) (POLITIE)');

    // Export the own public key to the stick.
    await page.getByLabel(label('Map (volledig pad)')).fill(path.join(usb, 'bestaat-niet'));
    await page.getByRole('button', { name: 'Exporteren' }).click();
    await page.getByText('Deze map bestaat niet').waitFor();
    await page.getByLabel(label('Map (volledig pad)')).fill(usb);
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const export_ = page.getByTestId('sleutel-geexporteerd');
    await export_.waitFor();
    sleutelPadPolitie = (await export_.getByTestId('pad').textContent()) ?? '';
    expect(path.dirname(sleutelPadPolitie)).toBe(usb);
    expect(await fs.readFile(sleutelPadPolitie, 'utf8')).toContain('-----BEGIN PGP PUBLIC KEY BLOCK-----');
    await scherm(page, '60b-sleutels-politie');
  });

  it('centraal: de wizard blokkeert zonder bevestigde sleutel en wijst naar Sleutels', async () => {
    const page = c.page;
    await h1(page, 'Overzicht').waitFor();
    const namen = await navNamen(page);
    for (const n of ['Overdrachten', 'Inlezen', 'Sleutels']) expect(namen).toContain(n);
    expect(namen).not.toContain('Ontvangen dossiers');
    expect(namen).not.toContain('Terugsturen');

    await nav(page, 'Overdrachten').click();
    await h1(page, 'Overdrachten').waitFor();
    // Updated deliberately (issue 11 §5, ADR 0035): a dossier that cannot be handed over is no longer
    // offered; it is listed with what is missing and a button to the place where that is fixed.
    const rij = page.getByRole('table', { name: 'Dossiers die nog niet kunnen worden overgedragen' }).locator(`[data-dossier="${dossierNummer}"]`);
    await rij.getByText(/Geen bevestigde sleutel van Politie/).waitFor();
    expect(await rij.textContent()).toContain('(art. 21.9)');
    expect(await page.getByRole('button', { name: 'Overdracht voorbereiden' }).count()).toBe(0);
    await scherm(page, '61-overdracht-niet-klaar');
    await rij.getByRole('button', { name: /^Naar Sleutels/ }).click();
    await h1(page, 'Sleutels').waitFor();
  });

  it('centraal: eigen sleutel exporteren, die van de politie importeren en de vingerafdruk bevestigen', async () => {
    const page = c.page;
    expect(await page.getByTestId('identiteit').textContent()).toBe('Deze installatie is Gemeente — Directie Veiligheid (GEM-VEILIGHEID)');
    await page.getByLabel(label('Map (volledig pad)')).fill(usb);
    await page.getByRole('button', { name: 'Exporteren' }).click();
    sleutelPadCentraal = (await page.getByTestId('sleutel-geexporteerd').getByTestId('pad').textContent()) ?? '';
    expect(path.dirname(sleutelPadCentraal)).toBe(usb);

    await page.getByRole('button', { name: 'Partnersleutel importeren' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Partnersleutel importeren' });
    await kies(page, /^Sleutel van/, 'Politie (regio invullen) (POLITIE)', dialoog);
    await dialoog.getByLabel(label('Sleutelbestand (volledig pad)')).fill(sleutelPadPolitie);
    await dialoog.getByRole('button', { name: 'Importeren' }).click();

    // Straight on to the confirmation, with the fingerprint the politie reads out from its own screen.
    const bevestig = page.getByRole('dialog', { name: 'Vingerafdruk bevestigen: Politie (regio invullen)' });
    await bevestig.waitFor();
    const voorgelezen = ((await p.page.getByTestId('eigen-vingerafdruk').textContent()) ?? '').trim();
    expect(voorgelezen).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    expect((await bevestig.getByTestId('te-bevestigen-vingerafdruk').textContent())?.trim()).toBe(voorgelezen);
    await bevestig.getByLabel(label('Hoe bevestigd')).fill('telefonisch met de politie');
    // A misheard group is refused: the key stays untrusted.
    const fout = voorgelezen.slice(0, -4) + (voorgelezen.endsWith('0000') ? '1111' : '0000');
    await bevestig.getByLabel(label('Vingerafdruk zoals voorgelezen')).fill(fout);
    await bevestig.getByRole('button', { name: 'Bevestigen en vertrouwen' }).click();
    await bevestig.getByText(/komt niet overeen met deze sleutel van POLITIE/).waitFor();
    await scherm(page, '62a-vingerafdruk-komt-niet-overeen');
    await bevestig.getByLabel(label('Vingerafdruk zoals voorgelezen')).fill(voorgelezen.toLowerCase());
    await bevestig.getByRole('button', { name: 'Bevestigen en vertrouwen' }).click();
    await bevestig.waitFor({ state: 'detached' });
    await page.getByText('De sleutel van Politie (regio invullen) is bevestigd en wordt nu vertrouwd.').waitFor();
    const rij = page.locator('tr[data-partner="POLITIE"]');
    await expect.poll(() => rij.getAttribute('data-status')).toBe('vertrouwd');
    expect(await rij.textContent()).toContain('telefonisch met de politie');
    await scherm(page, '62b-sleutels-centraal');
  });

  it('politie: de sleutel van het centrale bestand plakken en bevestigen', async () => {
    const page = p.page;
    await page.getByRole('button', { name: 'Partnersleutel importeren' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Partnersleutel importeren' });
    await kies(page, /^Sleutel van/, 'Gemeente — Directie Veiligheid (GEM-VEILIGHEID)', dialoog);
    await dialoog.getByRole('radio', { name: 'als tekst (plakken)' }).check();
    await dialoog.getByLabel(label('Publieke sleutel')).fill(await fs.readFile(sleutelPadCentraal, 'utf8'));
    await dialoog.getByRole('button', { name: 'Importeren' }).click();
    const bevestig = page.getByRole('dialog', { name: /^Vingerafdruk bevestigen: Gemeente/ });
    await bevestig.waitFor();
    const voorgelezen = ((await c.page.getByTestId('eigen-vingerafdruk').textContent()) ?? '').trim();
    expect((await bevestig.getByTestId('te-bevestigen-vingerafdruk').textContent())?.trim()).toBe(voorgelezen);
    await bevestig.getByLabel(label('Hoe bevestigd')).fill('telefonisch met de ketenregisseur');
    await bevestig.getByLabel(label('Vingerafdruk zoals voorgelezen')).fill(voorgelezen);
    await scherm(page, '63-vingerafdruk-bevestigen');
    await bevestig.getByLabel(label('Hoe bevestigd')).press('Enter');
    await bevestig.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('tr[data-partner="GEM-VEILIGHEID"]').getAttribute('data-status')).toBe('vertrouwd');
  });

  it('centraal: wat de politie wel en niet krijgt, de bundel naar de stick, en opschonen', async () => {
    const page = c.page;
    await nav(page, 'Overdrachten').click();
    await h1(page, 'Overdrachten').waitFor();
    await kies(page, /^Klaar om over te dragen/, new RegExp(`^${dossierNummer} — `));
    await page.getByRole('button', { name: 'Overdracht voorbereiden' }).click();
    await h1(page, `Overdracht van dossier ${dossierNummer}`).waitFor();
    const politie = page.locator('[data-ontvanger="POLITIE"]');
    await politie.getByRole('heading', { name: 'Politie (regio invullen) (POLITIE)' }).waitFor();
    expect(await page.getByTestId('blokkades').count()).toBe(0);
    const wel = politie.getByTestId('krijgt-wel');
    const niet = politie.getByTestId('krijgt-niet');
    // Its own signal, identifiable; every decision names its article.
    const eigen = wel.getByRole('row', { name: /\(Politie \(regio invullen\)\)/ });
    expect(await eigen.locator('[data-vorm]').getAttribute('data-vorm')).toBe('identificeerbaar');
    expect(await eigen.textContent()).toMatch(/art\. \d/);
    // The GGD's care data is not for criminal action without the zorgcoördinator's consent (art. 21.5).
    const ggd = niet.getByRole('row', { name: /GGD/ });
    expect(await ggd.locator('[data-vorm]').getAttribute('data-vorm')).toBe('geweigerd');
    expect(await ggd.textContent()).toContain('art. 21.5');
    // The missing consent is recorded in place; the ketenregisseur may not give it (only the zorgcoördinator).
    await ggd.getByText('Toestemming ontbreekt').waitFor();
    await ggd.getByRole('button', { name: /^Toestemming vastleggen/ }).click();
    const toestemming = page.getByRole('dialog', { name: 'Toestemming vastleggen' });
    await toestemming.getByRole('checkbox', { name: /verenigbaar/ }).check();
    await toestemming.getByRole('button', { name: 'Toestemming vastleggen', exact: true }).click();
    await toestemming.getByText(/Alleen de zorgcoördinator kan instemmen/).waitFor();
    expect(await toestemming.textContent()).toContain('art. 21.5');
    await scherm(page, '6z-toestemming-in-wizard');
    await toestemming.getByRole('button', { name: 'Annuleren' }).click();
    await toestemming.waitFor({ state: 'detached' });
    await politie.getByText('Verhoor van de exploitant').waitFor();
    await scherm(page, '64a-wizard-wat-gaat-naar-wie');

    await page.getByRole('button', { name: 'Verder: bundels schrijven' }).click();
    await page.getByRole('heading', { name: 'Bundels schrijven', level: 2 }).waitFor();
    // The stick's path typed on the Sleutels screen is offered again.
    expect(await page.getByLabel(label('Map (volledig pad)')).inputValue()).toBe(usb);
    await page.getByRole('button', { name: 'Bundel schrijven' }).click();
    const geschreven = page.getByTestId('bundels-geschreven');
    await geschreven.waitFor();
    const naam = (await geschreven.getByTestId('bestandsnaam').textContent()) ?? '';
    expect(naam).toMatch(/^\d{8}-overdracht-POLITIE-[0-9a-f]{8}\.ketenbundel$/);
    overdrachtPad = (await geschreven.getByTestId('pad').textContent()) ?? '';
    expect(overdrachtPad).toBe(path.join(usb, naam));
    expect(await fs.readFile(overdrachtPad, 'latin1')).not.toContain('Overdrachtnaam');
    await scherm(page, '64b-wizard-bundel-geschreven');

    await page.getByRole('button', { name: 'Verder: opschonen' }).click();
    await page.getByRole('heading', { name: 'Wat blijft: de interventies (art. 16.6)' }).waitFor();
    expect(await page.getByTestId('blijft').textContent()).toContain('Verhoor van de exploitant');
    const verdwijnt = (await page.getByTestId('verdwijnt').textContent()) ?? '';
    expect(verdwijnt).toContain('Signalen3');
    expect(await page.getByTestId('analyse').getByRole('row').count()).toBeGreaterThan(1);
    await scherm(page, '64c-wizard-opschonen-voorbeeld');

    await page.getByRole('button', { name: 'Definitief opschonen' }).click();
    const bevestiging = page.getByRole('dialog', { name: `Dossier ${dossierNummer} opschonen?` });
    await bevestiging.getByText(/Dit kan niet ongedaan worden gemaakt\. Definitief verwijderd worden: 3 signaal/).waitFor();
    await scherm(page, '64d-opschonen-bevestigen');
    await bevestiging.getByRole('button', { name: 'Definitief opschonen' }).click();
    await page.getByTestId('opgeschoond').getByText(`Dossier ${dossierNummer} is opgeschoond.`).waitFor();
    expect(((await api(brugC, 'signalen.lijst', { zoek: 'Overdrachtnaam' })) as { totaal: number }).totaal).toBe(0);
    await page.getByRole('button', { name: 'Klaar, terug naar overdrachten' }).click();
    await h1(page, 'Overdrachten').waitFor();
    const uit = page.getByTestId('uitgaande-bundels').locator('tr[data-soort="overdracht"]');
    expect(await uit.locator('[data-status]').getAttribute('data-status')).toBe('verzonden');
    expect(await uit.textContent()).toContain('POLITIE: nog geen bevestiging');
  });

  it('politie: de bundel controleren, inlezen, en de ontvangstbevestiging op de stick', async () => {
    const page = p.page;
    await nav(page, 'Inlezen').click();
    await h1(page, 'Bundel inlezen').waitFor();
    await page.getByLabel(label('Bundelbestand (volledig pad)')).fill(overdrachtPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const voorbeeld = page.getByTestId('voorbeeld');
    await voorbeeld.waitFor();
    const tekst = (await voorbeeld.textContent()) ?? '';
    expect(tekst).toContain('SoortOverdracht');
    expect(tekst).toContain('VanGemeente — Directie Veiligheid (GEM-VEILIGHEID)');
    expect(tekst).toMatch(/Aangemaakt op\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    expect(await page.getByTestId('samenvatting').textContent()).toContain(`Dossier ${dossierNummer}`);
    expect(await page.getByTestId('controles').locator('[data-staat="geslaagd"]').count()).toBe(7);
    // The receipt goes to the folder the bundle came from, unless the user chooses another.
    expect(await page.getByLabel(label('Map voor de ontvangstbevestiging (volledig pad)')).inputValue()).toBe(usb);
    await scherm(page, '65a-inlezen-voorbeeld');

    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    const bevestiging = page.getByTestId('bevestiging-geschreven');
    await bevestiging.waitFor();
    bevestigingPad = (await bevestiging.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(bevestigingPad)).toMatch(/^\d{8}-ontvangstbevestiging-GEM-VEILIGHEID-[0-9a-f]{8}\.ketenbundel$/);
    expect(path.dirname(bevestigingPad)).toBe(usb);
    await scherm(page, '65b-ingelezen-ontvangstbevestiging');
  });

  it('politie: het ontvangen dossier met bewaartermijn, het uittreksel en een terugmelding', async () => {
    const page = p.page;
    await page.getByRole('button', { name: 'Naar ontvangen dossiers' }).click();
    await h1(page, 'Ontvangen dossiers').waitFor();
    const rij = page.getByTestId('ontvangen-dossiers').locator(`tr[data-dossier="${dossierNummer}"]`);
    await rij.waitFor();
    // Art. 22.1: at most five years from receipt.
    expect(await rij.getByTestId('bewaren-tot').textContent()).toBe(nlDatum(maandenErbij(vandaag(), 60)));
    expect(await rij.textContent()).toContain('Gemeente — Directie Veiligheid (GEM-VEILIGHEID)');
    expect(await page.getByTestId('identiteit-oproep').count()).toBe(0);
    await scherm(page, '66a-ontvangen-dossiers');

    await rij.getByRole('button', { name: dossierNummer }).click();
    await h1(page, `Dossier ${dossierNummer}`).waitFor();
    await page.getByText(`Bewaren tot ${nlDatum(maandenErbij(vandaag(), 60))} (art. 22.1).`, { exact: false }).waitFor();
    // The politie's own signal identifiable, with its name; the GGD's care signal is not there.
    const item = page.locator('article[data-vorm="identificeerbaar"]').filter({ hasText: 'Synthetische Overdrachtnaam' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Grond: art\. \d/);
    expect(await page.getByText('Synthetische Zorgnaam').count()).toBe(0);
    await scherm(page, '66b-ontvangen-uittreksel');

    await page.getByRole('button', { name: /^Terugmelding/ }).click();
    const dialoog = page.getByRole('dialog', { name: 'Terugmelding' });
    await dialoog.getByText(/Interventie: Verhoor van de exploitant/).waitFor();
    await kies(page, /^Status/, 'Uitgevoerd', dialoog);
    await dialoog.getByLabel(label('Datum')).fill('31-02-2026');
    await dialoog.getByLabel(label('Kort verslag')).fill('Verhoor afgenomen, proces-verbaal opgemaakt.');
    expect(await dialoog.getByLabel(label('Map (volledig pad)')).inputValue()).toBe(usb);
    await dialoog.getByRole('button', { name: 'Terugmelding schrijven' }).click();
    await dialoog.getByText('Gebruik een datum als dd-mm-jjjj').waitFor();
    await dialoog.getByLabel(label('Datum')).fill(nlDatum(vandaag()));
    await scherm(page, '66c-terugmelding');
    await dialoog.getByRole('button', { name: 'Terugmelding schrijven' }).click();
    await dialoog.waitFor({ state: 'detached' });
    const geschreven = page.getByTestId('geschreven');
    await geschreven.getByText('De terugmelding is geschreven.').waitFor();
    terugmeldingPad = (await geschreven.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(terugmeldingPad)).toMatch(/^\d{8}-terugmelding-GEM-VEILIGHEID-[0-9a-f]{8}\.ketenbundel$/);
    const iv = gegevensrij(page.getByTestId('ontvangen-interventies'), 0);
    await expect.poll(() => iv.locator('[data-status]').getAttribute('data-status')).toBe('uitgevoerd');
    expect(await iv.textContent()).toContain(nlDatum(vandaag()));
    await scherm(page, '66d-terugmelding-geschreven');

    // Art. 22.2: a deletion request for a signal the politie supplied, chosen from the extract.
    await page.getByRole('button', { name: 'Verwijderverzoek opstellen' }).click();
    const verzoek = page.getByRole('dialog', { name: 'Verwijderverzoek (art. 22.2)' });
    // The sender of the extract is proposed as the addressee once the register has loaded.
    await expect.poll(() => verzoek.getByRole('combobox', { name: /^Aan/ }).textContent()).toContain('GEM-VEILIGHEID');
    await verzoek.getByRole('button', { name: 'Verwijderverzoek schrijven' }).click();
    await verzoek.getByText('Noem ten minste één signaalnummer').waitFor();
    const nummer = (await verzoek.getByRole('checkbox').first().evaluate((e) => e.closest('label')?.textContent ?? '')).trim();
    expect(nummer).toMatch(/^S-\d{4}-\d{5}$/);
    await verzoek.getByRole('checkbox', { name: nummer }).check();
    await verzoek.getByLabel(label('Bronregistratie')).fill('BVH (synthetisch)');
    await scherm(page, '66e-verwijderverzoek');
    await verzoek.getByRole('button', { name: 'Verwijderverzoek schrijven' }).click();
    await verzoek.waitFor({ state: 'detached' });
    await page.getByTestId('geschreven').getByText('Het verwijderverzoek is geschreven.').waitFor();
    expect(path.basename((await page.getByTestId('geschreven').getByTestId('pad').textContent()) ?? '')).toMatch(/^\d{8}-verwijderverzoek-GEM-VEILIGHEID-[0-9a-f]{8}\.ketenbundel$/);
  });

  it('politie: een herhaalde en een gewijzigde bundel worden geweigerd', async () => {
    const page = p.page;
    await nav(page, 'Inlezen').click();
    await h1(page, 'Bundel inlezen').waitFor();
    await page.getByLabel(label('Bundelbestand (volledig pad)')).fill(overdrachtPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const weigering = page.getByTestId('weigering');
    await weigering.waitFor();
    expect(await weigering.getAttribute('data-foutcode')).toBe('BUNDEL_AL_INGELEZEN');
    expect(await weigering.textContent()).toMatch(new RegExp(`Geweigerd bij controle 6 van 7: Niet eerder ingelezen.*al ingelezen op ${nlDatum(vandaag())} om \\d{2}:\\d{2} door a\\.bakker`));
    expect(await page.getByTestId('controles').locator('[data-staat="geslaagd"]').count()).toBe(5);
    expect(await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).count()).toBe(0);
    await scherm(page, '67a-inlezen-herhaling-geweigerd');

    // One byte changed on the way: the message no longer opens (MDC), nothing is read in.
    const bytes = await fs.readFile(overdrachtPad);
    const midden = Math.floor(bytes.length / 2);
    bytes[midden] = bytes[midden]! ^ 0x01;
    const gewijzigd = path.join(usb, 'gewijzigd.ketenbundel');
    await fs.writeFile(gewijzigd, bytes);
    await page.getByLabel(label('Bundelbestand (volledig pad)')).fill(gewijzigd);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(async () => (await page.getByTestId('weigering').getAttribute('data-foutcode')) ?? '').toMatch(/^BUNDEL_(ONLEESBAAR|NIET_ONTSLEUTELBAAR|NIET_ONDERTEKEND)$/);
    expect(await page.getByTestId('weigering').textContent()).toMatch(/Geweigerd bij controle [1-3] van 7/);
    await scherm(page, '67b-inlezen-gewijzigd-geweigerd');
  });

  it('centraal: ontvangstbevestiging en terugmelding inlezen; de interventie is uitgevoerd', async () => {
    const page = c.page;
    await nav(page, 'Inlezen').click();
    await h1(page, 'Bundel inlezen').waitFor();
    await page.getByLabel(label('Bundelbestand (volledig pad)')).fill(bevestigingPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('voorbeeld').getByText('Ontvangstbevestiging').waitFor();
    await page.getByText('Op een ontvangstbevestiging wordt geen bevestiging teruggestuurd.').waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByTestId('ingelezen').waitFor();

    await page.getByRole('button', { name: 'Nog een bundel inlezen' }).click();
    await page.getByLabel(label('Bundelbestand (volledig pad)')).fill(terugmeldingPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('samenvatting').getByText(/Status: uitgevoerd/).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByTestId('bevestiging-geschreven').waitFor();
    const inkomend = page.getByTestId('inkomende-bundels');
    await inkomend.locator('tr[data-soort="terugmelding"]').waitFor();
    await scherm(page, '68a-centraal-terugmelding-ingelezen');

    await page.getByRole('button', { name: 'Naar overdrachten' }).click();
    await h1(page, 'Overdrachten').waitFor();
    const iv = page.getByTestId('interventies').getByRole('row').filter({ hasText: 'Verhoor van de exploitant' });
    expect(await iv.locator('[data-status]').getAttribute('data-status')).toBe('uitgevoerd');
    expect(await iv.textContent()).toContain('proces-verbaal');
    const uit = page.getByTestId('uitgaande-bundels').locator('tr[data-soort="overdracht"]');
    expect(await uit.locator('[data-status]').getAttribute('data-status')).toBe('bevestigd');
    expect(await uit.textContent()).toMatch(/POLITIE: ingelezen op \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    await scherm(page, '68b-overdrachten-uitgevoerd');
  });

  it('zorgcoördinatie: agendapakket van centraal, inlezen op de laptop, uitkomsten en signalen terug', async () => {
    // The second bridge now hosts the zorgcoördinator's laptop: a new bestand of that profile, with
    // identity and keys set up through the API (the Sleutels screens were covered above).
    await api(brugP, 'sessie.sluiten');
    await api(brugP, 'bestand.maken', { map: 'zorg', naam: 'Zorgcoördinatie Proefregio', penvoerder: 'Zorgpartner', profiel: 'zorgcoordinatie', gebruiker: 'r.vermeulen', weergavenaam: 'Rosa Vermeulen', wachtwoord: WACHTWOORD });
    const zIds: Record<string, number> = {};
    for (const partner of (await api(brugP, 'partners.lijst')) as Array<{ id: number; code: string }>) zIds[partner.code] = partner.id;
    await api(brugP, 'identiteit.instellen', { partnerId: zIds.ZORGCOORD });
    const sleutelC = (await api(brugC, 'sleutels.eigen')) as { publiek: string; vingerafdrukGroepen: string };
    const sleutelZ = (await api(brugP, 'sleutels.eigen')) as { publiek: string; vingerafdrukGroepen: string };
    const inZ = (await api(brugP, 'sleutels.partnerImporteren', { partnerId: zIds['GEM-VEILIGHEID'], armored: sleutelC.publiek })) as { id: number };
    await api(brugP, 'sleutels.bevestigen', { sleutelId: inZ.id, hoe: 'telefonisch met de ketenregisseur', vingerafdruk: sleutelC.vingerafdrukGroepen });
    const inC = (await api(brugC, 'sleutels.partnerImporteren', { partnerId: ids.ZORGCOORD, armored: sleutelZ.publiek })) as { id: number };
    await api(brugC, 'sleutels.bevestigen', { sleutelId: inC.id, hoe: 'telefonisch met de zorgcoördinator', vingerafdruk: sleutelZ.vingerafdrukGroepen });
    // Two five-phase signals for the zorgoverleg's agenda.
    for (const [bron, naam] of [['ZORGCOORD', 'Synthetische Zorgeen'], ['GEM-GGD', 'Synthetische Zorgtwee']] as const) {
      await api(brugC, 'signalen.opslaan', {
        formulier: {
          datumTijd: `${dag(-5)}T09:00`,
          melder: { contactpersoon: 'Synthetische Melder', partnerId: ids[bron] },
          bron: { naam: 'Synthetische Bron', partnerId: ids[bron] },
          slachtoffer: { naam, geboortedatum: '2007-07-07' },
          samenvatting: 'Jongere mogelijk in de prostitutie.',
          vermoedens: ['seksuele-uitbuiting'],
          seksueleVormen: ['jeugdprostitutie'],
          fase: 2,
          delen: 'identificeerbaar',
        },
        indienen: true,
      });
    }
    const { id: overlegId } = (await api(brugC, 'overleg.plannen', { soort: 'zorgoverleg', datum: dag(5), waarschuwingenBevestigd: true })) as { id: number };
    expect(((await api(brugC, 'overleg.agendaSamenstellen', { id: overlegId })) as { toegevoegd: number }).toegevoegd).toBe(2);

    // Centraal: the agenda pack from the Overdrachten screen.
    const page = c.page;
    await nav(page, 'Overzicht').click();
    await nav(page, 'Overdrachten').click();
    await h1(page, 'Overdrachten').waitFor();
    const sectie = page.getByRole('region', { name: 'Agendapakket voor de zorgcoördinator' });
    await kies(page, /^Zorgoverleg/, new RegExp(`^${nlDatum(dag(5))} 10:00 — 2 agendapunt`), sectie);
    expect(await sectie.getByLabel(label('Map (volledig pad)')).inputValue()).toBe(usb);
    await sectie.getByRole('button', { name: 'Agendapakket schrijven' }).click();
    const pakket = sectie.getByTestId('agendapakket-geschreven');
    await pakket.waitFor();
    const pakketPad = (await pakket.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(pakketPad)).toMatch(/^\d{8}-agendapakket-ZORGCOORD-[0-9a-f]{8}\.ketenbundel$/);
    await sectie.scrollIntoViewIfNeeded();
    await scherm(page, '69a-agendapakket-geschreven');

    // The laptop: its start page is Terugsturen; the agenda pack becomes a zorgoverleg.
    const z = p.page;
    await z.reload();
    await rustigeWeergave(z); // a reload drops the style that switches transitions off
    await h1(z, 'Terugsturen').waitFor();
    expect(await navNamen(z)).toEqual(['Signalen', 'Overleggen', 'Inlezen', 'Terugsturen', 'Sleutels', 'Partners', 'Gebruikers', 'Audit', 'Bewaartermijnen', 'Backup & sleutel', 'Instellingen']);
    await z.getByText('Er is nog geen agendapakket ingelezen.').waitFor();
    await z.getByRole('main').getByRole('button', { name: 'Agendapakket inlezen' }).click();
    await h1(z, 'Bundel inlezen').waitFor();
    await z.getByLabel(label('Bundelbestand (volledig pad)')).fill(pakketPad);
    await z.getByRole('button', { name: 'Controleren' }).click();
    await z.getByTestId('samenvatting').getByText(/Agendapakket zorgoverleg van/).waitFor();
    await z.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await z.getByTestId('bevestiging-geschreven').waitFor();
    await z.getByRole('button', { name: 'Naar overleggen' }).waitFor();
    await nav(z, 'Terugsturen').click();
    const lokaal = gegevensrij(z.getByTestId('zorgoverleggen'), 0);
    await lokaal.waitFor();
    expect(await lokaal.textContent()).toContain(nlDatum(dag(5)));
    expect(await lokaal.textContent()).toContain('Agenda vastgesteld');
    expect(await lokaal.textContent()).toContain('2 (2 open)');
    await scherm(z, '69b-zorgcoordinatie-start');

    // The meeting itself is chaired in Overleggen (another screen); its outcome is recorded here through the API.
    const [overleg] = (await api(brugP, 'overleg.lijst', {})) as Array<{ id: number }>;
    const punten = ((await api(brugP, 'overleg.detail', { id: overleg!.id })) as { punten: Array<{ id: number }> }).punten;
    await api(brugP, 'overleg.besluiten', { puntId: punten[0]!.id, besluit: 'naar-voorbereidingsteam', kwalificatie: 'seksuele uitbuiting' });
    await api(brugP, 'overleg.besluiten', { puntId: punten[1]!.id, besluit: 'geen-vervolg' });
    await api(brugP, 'overleg.status', { id: overleg!.id, naar: 'gehouden' });
    await nav(z, 'Inlezen').click();
    await nav(z, 'Terugsturen').click();
    await h1(z, 'Terugsturen').waitFor();
    await z.getByTestId('zorgoverleggen').getByText('Gehouden').waitFor();
    await expect.poll(() => z.getByRole('combobox', { name: /^Zorgoverleg/ }).textContent()).toContain('(Gehouden)');
    // After a reload the stick's folder is known again from where the receipt was written.
    expect(await z.getByLabel(label('Map (volledig pad)')).inputValue()).toBe(usb);
    await z.getByRole('main').getByRole('button', { name: 'Terugsturen', exact: true }).click();
    const terug = z.getByTestId('teruggestuurd');
    await terug.waitFor();
    const terugPad = (await terug.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(terugPad)).toMatch(/^\d{8}-signalen-GEM-VEILIGHEID-[0-9a-f]{8}\.ketenbundel$/);
    await scherm(z, '69c-teruggestuurd');

    // Centraal reads the outcomes in.
    await nav(page, 'Inlezen').click();
    await h1(page, 'Bundel inlezen').waitFor();
    await page.getByLabel(label('Bundelbestand (volledig pad)')).fill(terugPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('voorbeeld').getByText('Signalen', { exact: true }).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByTestId('ingelezen').waitFor();
    const centraalOverleg = (await api(brugC, 'overleg.detail', { id: overlegId })) as { punten: Array<{ besluit: string | null }> };
    expect(centraalOverleg.punten.map((x) => x.besluit).sort()).toEqual(['geen-vervolg', 'naar-voorbereidingsteam']);
  });

  it('sleutels: eigen sleutel vernieuwen (met waarschuwing) en een partnersleutel intrekken', async () => {
    const z = p.page;
    await nav(z, 'Sleutels').click();
    await h1(z, 'Sleutels').waitFor();
    const oud = ((await z.getByTestId('eigen-vingerafdruk').textContent()) ?? '').trim();
    await z.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    const vernieuwen = z.getByRole('dialog', { name: 'Eigen sleutel vernieuwen?' });
    await vernieuwen.getByText(/moet elke partner uw nieuwe publieke sleutel importeren/).waitFor();
    await scherm(z, '69d-sleutel-vernieuwen');
    await z.keyboard.press('Enter');
    await z.getByText(/De eigen sleutel is vernieuwd\./).waitFor();
    await expect.poll(async () => ((await z.getByTestId('eigen-vingerafdruk').textContent()) ?? '').trim()).not.toBe(oud);
    await z.getByRole('heading', { name: 'Eerdere sleutels' }).waitFor();

    // Centraal no longer trusts the laptop's old key.
    const page = c.page;
    await nav(page, 'Sleutels').click();
    const rij = page.locator('tr[data-partner="ZORGCOORD"]');
    await rij.getByRole('button', { name: /^Intrekken/ }).click();
    const intrekken = page.getByRole('dialog', { name: /^Sleutel van Zorgpartner .* intrekken\?$/ });
    await intrekken.getByLabel(label('Reden')).fill('De zorgcoördinator gebruikt een nieuwe sleutel');
    await scherm(page, '69e-sleutel-intrekken');
    await intrekken.getByRole('button', { name: 'Intrekken' }).click();
    await intrekken.waitFor({ state: 'detached' });
    await expect.poll(() => rij.getAttribute('data-status')).toBe('ingetrokken');
    expect(await rij.getByRole('button', { name: /^Intrekken/ }).count()).toBe(0);
  });

  it('geen fouten in de console van beide vensters', () => {
    expect(c.fouten).toEqual([]);
    expect(p.fouten).toEqual([]);
  });
});
