/**
 * A whole day on a fresh demo (issue 11 §5), through the UI as the demo's ketenregisseur: a new signal
 * about DEMO_DAG's person → the match proposal with the politie's earlier signal accepted (art. 7.2) →
 * the zorgoverleg sends the new signal to the voorbereidingsteam (art. 14.4, 14.5) → a dossier of both
 * signals, on to weging en kwalificatie → the next casusoverleg decides interventions for the politie
 * (art. 13.1) → the handover bundle → the politie's own installation (profile partner, a second bridge)
 * reads it, sees the dossier and writes a terugmelding → centraal reads the receipt and the terugmelding
 * in → the dossier is purged after its handover (art. 16.6). The zorgoverleg comes before the dossier:
 * it discusses signals outside a dossier (ADR 0033). Keys are exchanged through the API here; the
 * Sleutels screens are walked in overdracht.test.ts.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { nlDatum, vandaag } from '@shared/datum';
import { DEMO_DAG, DEMO_WACHTWOORD } from '../../electron/backend/demo';
import { allesStoppen, browserStarten, brugStarten, gegevensrij, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const POLITIE_WACHTWOORD = 'synthetisch wachtwoord politie demodag';
const AFWEGING = 'Synthetisch: betrokkene is in de opvang en wil aangifte doen; een verhoor van de eigenaar brengt haar niet in gevaar (art. 21.6).';
/** Fields of the signal form may carry the mark " (identificerend)". */
const veldnaam = (tekst: string) => label(tekst, { identificerend: true });
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });
const sectie = (p: Page | Locator, naam: string) => p.getByRole('region', { name: naam, exact: true });
const dagenErbij = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let browser: Browser;
let brugC: Brug;
let brugP: Brug;
let c: Scherm;
let p: Scherm;
let usb: string;
const nummer = { nieuw: '', eerder: '', dossier: '' };
let overdrachtPad = '';
let bevestigingPad = '';
let terugmeldingPad = '';

async function api<T>(brug: Brug, kanaal: string, invoer: unknown = {}): Promise<T> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde as T;
}

/** A MUI select: open it by its label and pick the option. */
async function kies(page: Page, binnen: Page | Locator, veld: string | RegExp, optie: string | RegExp): Promise<void> {
  await binnen.getByRole('combobox', { name: typeof veld === 'string' ? veldnaam(veld) : veld }).click();
  await page.getByRole('listbox').getByRole('option', typeof optie === 'string' ? { name: optie, exact: true } : { name: optie }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** Opens a meeting from the year calendar of the Overleggen screen. */
async function overlegOpenen(page: Page, o: { id: number; datum: string }): Promise<void> {
  await nav(page, 'Overleggen').click();
  await h1(page, 'Overleggen').waitFor();
  // The screen remembers the year last shown; go to the meeting's year from there.
  const kalender = page.getByRole('list', { name: /^Overleggen in \d{4} per maand$/ });
  const jaar = Number(o.datum.slice(0, 4));
  for (let i = 0; i < 3; i++) {
    const getoond = Number(/\d{4}/.exec((await kalender.getAttribute('aria-label')) ?? '')![0]);
    if (getoond === jaar) break;
    await page.getByRole('button', { name: getoond < jaar ? 'Volgend jaar' : 'Vorig jaar' }).click();
    await page.getByRole('list', { name: `Overleggen in ${getoond < jaar ? getoond + 1 : getoond - 1} per maand` }).waitFor();
  }
  await page.locator(`[data-overleg="${o.id}"]`).click();
}

describe('demodag: van signaal tot opschonen na overdracht, met de politie als tweede installatie', () => {
  beforeAll(async () => {
    [brugC, brugP] = await Promise.all([brugStarten(), brugStarten()]);
    usb = await fs.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-usb-'));
    browser = await browserStarten();
    c = await paginaOpenen(browser, brugC.adres);
  }, 120_000);

  afterAll(() => allesStoppen([c, p], browser, [brugC, brugP], [usb]));

  it('het demobestand kiezen en aanmelden als ketenregisseur', async () => {
    const page = c.page;
    await page.getByRole('button', { name: 'Demobestand gebruiken' }).click();
    await h1(page, 'Aanmelden').waitFor({ timeout: 120_000 });
    await page.getByLabel(veldnaam('Gebruikersnaam')).fill('demo.regisseur');
    await page.getByLabel(veldnaam('Wachtwoord')).fill(DEMO_WACHTWOORD);
    await page.getByLabel(veldnaam('Wachtwoord')).press('Enter');
    await h1(page, 'Overzicht').waitFor();
    await scherm(page, '90-demodag-overzicht');
  }, 180_000);

  it('een nieuw signaal van de Arbeidsinspectie, ingediend', async () => {
    const page = c.page;
    await nav(page, 'Signalen').click();
    await page.getByRole('button', { name: 'Nieuw signaal' }).click();
    await h1(page, 'Nieuw signaal').waitFor();
    const melder = sectie(page, 'Ingevuld door');
    await melder.getByLabel(veldnaam('Contactpersoon')).fill('Fenna de Wit');
    await kies(page, melder, 'Organisatie', 'Gemeente — Directie Veiligheid');
    const bron = sectie(page, 'Signaal: datum, tijd en bron');
    await bron.getByLabel(veldnaam('Datum van het signaal')).fill(nlDatum(vandaag()));
    await bron.getByLabel(veldnaam('Tijd')).fill('09:15');
    await kies(page, bron, 'Organisatie van de bron', 'Arbeidsinspectie');
    await bron.getByLabel(veldnaam('Naam van de bron')).fill('Inspecteur (synthetisch)');
    const slachtoffer = sectie(page, 'Personalia slachtoffer');
    await slachtoffer.getByLabel(veldnaam('Naam')).fill(DEMO_DAG.variant);
    await slachtoffer.getByLabel(veldnaam('Geboortedatum')).fill(nlDatum(DEMO_DAG.geboortedatum));
    await kies(page, slachtoffer, 'Geslacht', 'Vrouw');
    await page.getByLabel(veldnaam('Samenvatting')).fill('Inspectie trof een jonge vrouw aan die 14 uur per dag in een nachtwinkel werkt.\nHaar paspoort ligt bij de eigenaar.');
    await page.getByRole('checkbox', { name: /^Sociaal-economische uitbuiting/ }).check();
    const fase = sectie(page, 'Fase en delen');
    await fase.getByRole('radio', { name: /^2 · / }).check();
    await fase.getByRole('radio', { name: 'Identificeerbaar delen waar nodig' }).check();
    await scherm(page, '91-demodag-signaal');
    await page.getByRole('button', { name: 'Indienen' }).click();
    await h1(page, /^Signaal S-\d{4}-\d+ ingediend$/).waitFor();
    nummer.nieuw = /S-\d{4}-\d+/.exec((await h1(page, /ingediend/).textContent()) ?? '')![0];
  });

  it('het matchvoorstel: dezelfde persoon als in het eerdere signaal van de politie (art. 7.2)', async () => {
    const page = c.page;
    const kaart = page.getByTestId('matchkaart').first();
    await kaart.waitFor();
    const tekst = (await kaart.textContent()) ?? '';
    expect(tekst).toContain(nummer.nieuw);
    expect(tekst).not.toContain('Stanc');
    nummer.eerder = [...tekst.matchAll(/S-\d{4}-\d+/g)].map((m) => m[0]).find((n) => n !== nummer.nieuw)!;
    expect(nummer.eerder).toBeTruthy();
    await scherm(page, '92-demodag-match');
    const paren = kaart.getByTestId('matchpaar');
    for (let i = 0; i < (await paren.count()); i++) {
      await paren.nth(i).getByRole('button', { name: /^Zelfde persoon/ }).click();
      await paren.nth(i).getByText('Vastgelegd: dezelfde persoon.').waitFor();
    }
  });

  it('het zorgoverleg: agenda met het nieuwe signaal, besluit "naar het voorbereidingsteam" (art. 14.4, 14.5)', async () => {
    const page = c.page;
    const zorg = (await api<Array<{ id: number; soort: string; datum: string; status: string }>>(brugC, 'overleg.lijst')).find((o) => o.soort === 'zorgoverleg' && o.status === 'gepland' && o.datum >= vandaag())!;
    await overlegOpenen(page, zorg);
    await h1(page, /^Zorgoverleg \d{2}-\d{2}-\d{4}$/).waitFor();
    await page.getByRole('button', { name: 'Agenda samenstellen' }).click();
    const kiezen = page.getByRole('dialog', { name: 'Agenda van het zorgoverleg samenstellen' });
    const mijn = kiezen.getByRole('checkbox', { name: new RegExp(nummer.nieuw) });
    await mijn.waitFor();
    // Only what came in since the zorgoverleg the demo held four weeks ago is proposed (ADR 0033).
    expect(await mijn.isChecked()).toBe(true);
    await scherm(page, '93-demodag-zorgoverleg-samenstellen');
    await kiezen.getByRole('button', { name: 'Niets kiezen' }).click();
    await mijn.check();
    await kiezen.getByRole('button', { name: '1 signaal toevoegen' }).click();
    await kiezen.waitFor({ state: 'detached' });
    await page.getByText('1 punt toegevoegd aan de agenda.').waitFor();
    await page.getByRole('button', { name: 'Agenda vaststellen' }).click();
    const snel = page.getByRole('group', { name: `Snel besluit over Signaal ${nummer.nieuw}` });
    await snel.getByRole('button', { name: /^Naar het voorbereidingsteam/ }).click();
    await page.getByText(`Signaal ${nummer.nieuw}: Naar het voorbereidingsteam (art. 14.5).`).waitFor();
    await scherm(page, '94-demodag-zorgoverleg-besloten');
    await page.getByRole('button', { name: 'Overleg gehouden' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Overleg als gehouden vastleggen?' });
    await dialoog.getByRole('button', { name: 'Overleg gehouden' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(/^Het overleg is als gehouden vastgelegd\./).waitFor();
  });

  it('het voorbereidingsteam vormt het dossier uit beide signalen en zet het op weging en kwalificatie', async () => {
    const page = c.page;
    await nav(page, 'Dossiers').click();
    await page.getByRole('button', { name: 'Nieuw dossier' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Dossier maken' });
    await dialoog.getByLabel(veldnaam('Titel van het dossier')).fill('Nachtwinkel Havendorp');
    await dialoog.getByLabel(veldnaam('Zoek een open signaal')).fill(DEMO_DAG.naam.split(' ')[0]!);
    for (const n of [nummer.nieuw, nummer.eerder]) await dialoog.getByRole('checkbox', { name: new RegExp(n) }).check();
    await dialoog.getByText('2 signalen gekozen').waitFor();
    await scherm(page, '95-demodag-dossier-maken');
    await dialoog.getByRole('button', { name: 'Dossier maken' }).click();
    await h1(page, /^Dossier D-\d{4}-\d+ · Nachtwinkel Havendorp$/).waitFor();
    nummer.dossier = /D-\d{4}-\d+/.exec((await h1(page, /Nachtwinkel/).textContent()) ?? '')![0];
    await page.getByRole('button', { name: 'Naar weging en kwalificatie' }).click();
    const stap = page.getByRole('dialog', { name: 'Naar weging en kwalificatie' });
    await stap.getByLabel(veldnaam('Toelichting')).fill('Voorbereidingsteam: compleet voor het casusoverleg.');
    await stap.getByRole('button', { name: 'Stap zetten' }).click();
    await stap.waitFor({ state: 'detached' });
    await page.locator('[aria-current="step"]').getByText('Weging en kwalificatie').waitFor();
    await scherm(page, '96-demodag-dossier');
  });

  it('het casusoverleg: het dossier op de agenda, interventies voor de politie, overleg gehouden (art. 13.1)', async () => {
    const page = c.page;
    const casus = (await api<Array<{ id: number; soort: string; datum: string; status: string }>>(brugC, 'overleg.lijst')).find((o) => o.soort === 'casusoverleg' && o.status === 'gepland' && o.datum >= vandaag())!;
    await overlegOpenen(page, casus);
    await h1(page, /^Casusoverleg \d{2}-\d{2}-\d{4}$/).waitFor();
    await page.getByRole('button', { name: 'Agenda samenstellen' }).click();
    await page.getByText('1 punt toegevoegd aan de agenda.').waitFor();
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await agenda.getByRole('heading', { level: 3, name: new RegExp(`${nummer.dossier} Nachtwinkel Havendorp`) }).waitFor();
    await scherm(page, '97-demodag-casusoverleg-agenda');
    await page.getByRole('button', { name: 'Agenda vaststellen' }).click();
    // The review of the anonymised free text (art. 6.2, 21.4): the demo's dossier title names a shop.
    const vaststellen = page.getByRole('dialog', { name: 'Agenda vaststellen' });
    await vaststellen.getByTestId('vrijgave').waitFor();
    await scherm(page, '97b-demodag-agenda-vrijgave');
    const bekeken = vaststellen.getByRole('checkbox', { name: /Ik heb de fragmenten die nog identificerend lijken bekeken/ });
    if (await bekeken.count()) await bekeken.check();
    await vaststellen.getByRole('button', { name: 'Agenda vaststellen' }).click();
    await vaststellen.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Vergadermodus' }).click();
    await h1(page, /^Vergadermodus: Casusoverleg/).waitFor();
    const kop = page.getByRole('heading', { level: 2, name: new RegExp(`^Punt \\d+: ${nummer.dossier} Nachtwinkel Havendorp$`) });
    for (let i = 0; i < 5 && (await kop.count()) === 0; i++) await page.keyboard.press('Alt+ArrowRight');
    await kop.waitFor();
    await kies(page, page, 'Kwalificatie', 'arbeidsuitbuiting');
    await page.getByRole('radio', { name: 'Interventies toewijzen aan partners' }).check();
    const rij = page.getByRole('group', { name: 'Interventie 1' });
    await kies(page, rij, 'Partner', /^Politie \(regio invullen\)/);
    await rij.getByLabel(veldnaam('Omschrijving')).fill('Verhoor van de eigenaar van de nachtwinkel');
    await rij.getByLabel(veldnaam('Uiterste datum')).fill(nlDatum(dagenErbij(vandaag(), 30)));
    await page.getByLabel(veldnaam('Notities')).fill('Politie pakt het op; de Arbeidsinspectie levert haar bevindingen aan.');
    // Art. 21.6: the signals are not from care partners, so the decision to act comes with the weighing.
    await page.getByLabel(veldnaam('Afweging')).fill(AFWEGING);
    await scherm(page, '98-demodag-vergadering');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(`Het besluit over ${nummer.dossier} Nachtwinkel Havendorp is vastgelegd: Interventies toewijzen aan partners.`).waitFor();
    await page.getByRole('button', { name: 'Overleg afsluiten' }).click();
    const afsluiten = page.getByRole('dialog', { name: 'Overleg als gehouden vastleggen?' });
    await afsluiten.getByRole('button', { name: 'Overleg gehouden' }).click();
    await page.getByTestId('afgesloten').getByText(/^Het overleg is als gehouden vastgelegd\./).waitFor();
  });

  it('de politie-installatie (profiel partner) en de sleutels over en weer', async () => {
    await api(brugP, 'bestand.maken', { map: 'politie', naam: 'Politie Eenheid Voorbeeld (demo)', penvoerder: 'Politie', profiel: 'partner', gebruiker: 'k.benali', weergavenaam: 'Karim Benali (demo)', wachtwoord: POLITIE_WACHTWOORD });
    const ids: Record<string, number> = {};
    for (const x of await api<Array<{ id: number; code: string }>>(brugP, 'partners.lijst')) ids[x.code] = x.id;
    await api(brugP, 'identiteit.instellen', { partnerId: ids.POLITIE });
    const centraalIds: Record<string, number> = {};
    for (const x of await api<Array<{ id: number; code: string }>>(brugC, 'partners.lijst')) centraalIds[x.code] = x.id;
    const sleutelC = await api<{ publiek: string; vingerafdrukGroepen: string }>(brugC, 'sleutels.eigen');
    const sleutelP = await api<{ publiek: string; vingerafdrukGroepen: string }>(brugP, 'sleutels.eigen');
    const inP = await api<{ id: number }>(brugP, 'sleutels.partnerImporteren', { partnerId: ids['GEM-VEILIGHEID'], armored: sleutelC.publiek });
    await api(brugP, 'sleutels.bevestigen', { sleutelId: inP.id, hoe: 'telefonisch met de ketenregisseur', vingerafdruk: sleutelC.vingerafdrukGroepen });
    const inC = await api<{ id: number }>(brugC, 'sleutels.partnerImporteren', { partnerId: centraalIds.POLITIE, armored: sleutelP.publiek });
    await api(brugC, 'sleutels.bevestigen', { sleutelId: inC.id, hoe: 'telefonisch met de politie', vingerafdruk: sleutelP.vingerafdrukGroepen });
    p = await paginaOpenen(browser, brugP.adres);
    await h1(p.page, 'Ontvangen dossiers').waitFor();
  });

  it('de overdracht: de afweging van art. 21.6 uit het casusoverleg staat er; keuze vastleggen; wat de politie krijgt, en de bundel naar de stick', async () => {
    const page = c.page;
    const wizard = async () => {
      await nav(page, 'Overdrachten').click();
      await h1(page, 'Overdrachten').waitFor();
      await kies(page, page, /^Klaar om over te dragen/, new RegExp(`^${nummer.dossier} — `));
      await page.getByRole('button', { name: 'Overdracht voorbereiden' }).click();
      await h1(page, `Overdracht van dossier ${nummer.dossier}`).waitFor();
    };
    await wizard();
    const politie = page.locator('[data-ontvanger="POLITIE"]');
    await politie.getByText('Verhoor van de eigenaar van de nachtwinkel').waitFor();
    expect(await page.getByTestId('blokkades').count()).toBe(0);
    // The casusoverleg recorded the weighing of the victim's interests with its decision (art. 21.6): nothing is held back for it.
    expect(await politie.getByTestId('krijgt-niet').getByText('art. 21.6', { exact: true }).count()).toBe(0);
    await scherm(page, '99a-demodag-wizard-na-afweging');

    await politie.getByRole('button', { name: /^Kiezen wat nodig is/ }).click();
    await h1(page, /^Dossier D-\d{4}-\d+ · Nachtwinkel Havendorp$/).waitFor();
    expect(await page.getByTestId('afweging').textContent()).toContain(AFWEGING);
    const keuze = page.locator('[data-nodig="POLITIE"]');
    await keuze.getByRole('button', { name: /^Keuze vastleggen/ }).click();
    await expect.poll(() => page.getByTestId('nodig-status-POLITIE').textContent()).toMatch(/^Gekozen door Fenna de Wit \(demo\) op /);
    await scherm(page, '99b-demodag-nodig-en-afweging');

    // Back from the dossier to the wizard it was opened from, not to the dossier list.
    await page.getByRole('button', { name: 'Terug naar de overdracht' }).click();
    await h1(page, `Overdracht van dossier ${nummer.dossier}`).waitFor();
    await expect.poll(() => politie.getByTestId('krijgt-wel').locator('[data-vorm]').count()).toBeGreaterThan(0);
    const eigen = politie.getByTestId('krijgt-wel').getByRole('row', { name: new RegExp(`${nummer.eerder} \\(Politie`) });
    expect(await eigen.locator('[data-vorm]').getAttribute('data-vorm')).toBe('identificeerbaar');
    await scherm(page, '99c-demodag-wizard');
    await page.getByRole('button', { name: 'Verder: bundels schrijven' }).click();
    await page.getByRole('heading', { name: 'Bundels schrijven', level: 2 }).waitFor();
    await page.getByLabel(veldnaam('Map (volledig pad)')).fill(usb);
    await page.getByRole('button', { name: 'Bundel schrijven' }).click();
    const geschreven = page.getByTestId('bundels-geschreven');
    await geschreven.waitFor();
    overdrachtPad = (await geschreven.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(overdrachtPad)).toMatch(/^\d{8}-overdracht-POLITIE-[0-9a-f]{8}\.ketenbundel$/);
    expect(await fs.readFile(overdrachtPad, 'latin1')).not.toContain('Stanc');
    await scherm(page, '99d-demodag-bundel-geschreven');
  });

  it('politie: de bundel inlezen, het ontvangen dossier en een terugmelding', async () => {
    const page = p.page;
    await nav(page, 'Inlezen').click();
    await h1(page, 'Bundel inlezen').waitFor();
    await page.getByLabel(veldnaam('Bundelbestand (volledig pad)')).fill(overdrachtPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('voorbeeld').waitFor();
    expect(await page.getByTestId('samenvatting').textContent()).toContain(`Dossier ${nummer.dossier}`);
    expect(await page.getByTestId('controles').locator('[data-staat="geslaagd"]').count()).toBe(7);
    await scherm(page, '99e-demodag-politie-inlezen');
    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    const bevestiging = page.getByTestId('bevestiging-geschreven');
    await bevestiging.waitFor();
    bevestigingPad = (await bevestiging.getByTestId('pad').textContent()) ?? '';

    await page.getByRole('button', { name: 'Naar ontvangen dossiers' }).click();
    await h1(page, 'Ontvangen dossiers').waitFor();
    const rij = page.getByTestId('ontvangen-dossiers').locator(`tr[data-dossier="${nummer.dossier}"]`);
    await rij.getByRole('button', { name: nummer.dossier }).click();
    await h1(page, `Dossier ${nummer.dossier}`).waitFor();
    // The politie's own signal, identifiable: the name it reported itself.
    await page.locator('article[data-vorm="identificeerbaar"]').filter({ hasText: DEMO_DAG.naam }).waitFor();
    await scherm(page, '99f-demodag-politie-dossier');
    await page.getByRole('button', { name: /^Terugmelding/ }).click();
    const dialoog = page.getByRole('dialog', { name: 'Terugmelding' });
    await dialoog.getByText(/Interventie: Verhoor van de eigenaar van de nachtwinkel/).waitFor();
    await kies(page, dialoog, /^Status/, 'Uitgevoerd');
    await dialoog.getByLabel(veldnaam('Datum')).fill(nlDatum(vandaag()));
    await dialoog.getByLabel(veldnaam('Kort verslag')).fill('Eigenaar verhoord, proces-verbaal opgemaakt (synthetisch).');
    await dialoog.getByRole('button', { name: 'Terugmelding schrijven' }).click();
    await dialoog.waitFor({ state: 'detached' });
    const geschreven = page.getByTestId('geschreven');
    await geschreven.getByText('De terugmelding is geschreven.').waitFor();
    terugmeldingPad = (await geschreven.getByTestId('pad').textContent()) ?? '';
    expect(path.basename(terugmeldingPad)).toMatch(/^\d{8}-terugmelding-GEM-VEILIGHEID-[0-9a-f]{8}\.ketenbundel$/);
    const iv = gegevensrij(page.getByTestId('ontvangen-interventies'), 0);
    await expect.poll(() => iv.locator('[data-status]').getAttribute('data-status')).toBe('uitgevoerd');
    await scherm(page, '99g-demodag-politie-terugmelding');
  });

  it('centraal: ontvangstbevestiging en terugmelding inlezen; de interventie is uitgevoerd', async () => {
    const page = c.page;
    await nav(page, 'Inlezen').click();
    await h1(page, 'Bundel inlezen').waitFor();
    await page.getByLabel(veldnaam('Bundelbestand (volledig pad)')).fill(bevestigingPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('voorbeeld').getByText('Ontvangstbevestiging').waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByTestId('ingelezen').waitFor();
    await page.getByRole('button', { name: 'Nog een bundel inlezen' }).click();
    await page.getByLabel(veldnaam('Bundelbestand (volledig pad)')).fill(terugmeldingPad);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('samenvatting').getByText(/Status: uitgevoerd/).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByTestId('bevestiging-geschreven').waitFor();
    await scherm(page, '99h-demodag-terugmelding-ingelezen');
    await page.getByRole('button', { name: 'Naar overdrachten' }).click();
    await h1(page, 'Overdrachten').waitFor();
    const iv = page.getByTestId('interventies').getByRole('row').filter({ hasText: 'Verhoor van de eigenaar van de nachtwinkel' });
    await expect.poll(() => iv.locator('[data-status]').getAttribute('data-status')).toBe('uitgevoerd');
  });

  it('opschonen na de overdracht: het dossier verdwijnt, de interventie blijft (art. 16.6)', async () => {
    const page = c.page;
    await nav(page, 'Overzicht').click();
    await h1(page, 'Overzicht').waitFor();
    await page.getByTestId('opschonen').getByRole('button', { name: `${nummer.dossier} Nachtwinkel Havendorp` }).click();
    await page.getByRole('tab', { name: 'Opschonen', selected: true }).waitFor();
    const voorbeeld = page.getByRole('region', { name: `Voorbeeld: opschonen van ${nummer.dossier}` });
    await voorbeeld.waitFor();
    expect(await voorbeeld.getByTestId('blijft').textContent()).toContain('Verhoor van de eigenaar van de nachtwinkel');
    await scherm(page, '99i-demodag-opschonen-voorbeeld');
    await voorbeeld.getByRole('button', { name: `Opschonen ${nummer.dossier}` }).click();
    const bevestiging = page.getByRole('dialog', { name: `Dossier ${nummer.dossier} definitief opschonen?` });
    await bevestiging.waitFor();
    await page.keyboard.press('Enter');
    await bevestiging.waitFor({ state: 'detached' });
    await page.getByTestId('opgeschoond').getByText(new RegExp(`^Dossier ${nummer.dossier} is opgeschoond`)).waitFor();
    expect((await api<{ totaal: number }>(brugC, 'signalen.lijst', { zoek: DEMO_DAG.naam.split(' ')[0] })).totaal).toBe(0);
    await scherm(page, '99j-demodag-opgeschoond');
  });

  it('geen fouten in de console van beide vensters', () => {
    expect(c.fouten).toEqual([]);
    expect(p.fouten).toEqual([]);
  });
});
