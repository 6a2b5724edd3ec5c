/**
 * The meetings story end to end through the real UI, bridge and SQLCipher file: the ketenregisseur
 * plans the year (proposal → review → vastleggen), moves a zorgoverleg so that art. 12.28 breaks and
 * confirms it, builds a casusoverleg agenda and sees it as the COA does (art. 18.2), records
 * attendance and an expert's confidentiality (art. 21.3), runs meeting mode from the keyboard
 * (interventions refused without a due date, then assigned; "geen actie"), closes the meeting, prints
 * the decision list for the politie, follows the interventions from the dashboard, evaluates and
 * closes a dossier (art. 22.5) and purges the "geen actie" dossier (art. 16.8).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { maandenErbij, nlDatum, vandaag } from '@shared/datum';
import { ARTEFACTEN, browserStarten, brugStarten, gegevensrij, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';
import { pdfLezen } from '../fixtures/pdf-lezen';

const REGISSEUR = { naam: 'k.devries', weergavenaam: 'Kees de Vries', wachtwoord: 'overleg met lange zin 2026' };
const JAAR = Number(vandaag().slice(0, 4)) + 1;

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
let pdfMap = '';
const pid: Record<string, number> = {};
const dossier = { a: { id: 0, nummer: '' }, b: { id: 0, nummer: '' } };
let casusId = 0;
let zorgId = 0;
let losSignaal = '';
let vorming = '';

const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });
const dagenErbij = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function api<T>(kanaal: string, invoer: unknown = {}): Promise<T> {
  const r = await brug.api(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
  return r.waarde as T;
}

/** A MUI select: open it by its label and pick the option. */
async function kies(binnen: Page | Locator, veld: string | RegExp, optie: string | RegExp): Promise<void> {
  await binnen.getByRole('combobox', { name: typeof veld === 'string' ? label(veld) : veld }).click();
  await page.getByRole('listbox').getByRole('option', typeof optie === 'string' ? { name: optie, exact: true } : { name: optie }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

const signaal = (bron: string, samenvatting: string, dagenGeleden: number) => ({
  formulier: {
    datumTijd: `${dagenErbij(vandaag(), -dagenGeleden)}T10:00`,
    melder: { contactpersoon: 'Synthetische Melder', partnerId: pid[bron] },
    bron: { naam: 'Synthetische Bron', partnerId: pid[bron] },
    slachtoffer: { naam: `Synthetisch Slachtoffer ${bron}`, geboortedatum: '1995-03-03', geslacht: 'vrouw', nationaliteit: 'Roemeense' },
    samenvatting,
    vermoedens: ['sociaal-economische-uitbuiting'],
    indicatoren: [1, 2],
    fase: 3,
    delen: 'geanonimiseerd',
  },
  indienen: true,
});

describe('verhaal: overleggen, besluiten, interventies en opschonen', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    browser = await browserStarten();
    await api('bestand.maken', { map: 'overleg', naam: 'Ketensamenwerking Havendorp', penvoerder: 'B&W Havendorp', profiel: 'centraal', gebruiker: REGISSEUR.naam, weergavenaam: REGISSEUR.weergavenaam, wachtwoord: REGISSEUR.wachtwoord });
    for (const p of await api<Array<{ id: number; code: string }>>('partners.lijst')) pid[p.code] = p.id;
    // Two dossiers ready for weighing: one on signals of the Belastingdienst and the Arbeidsinspectie, one on the Arbeidsinspectie's alone.
    const bd = await api<{ id: number }>('signalen.opslaan', signaal('BD', 'Fiscale aanwijzingen bij een uitzendbureau.', 20));
    const ai = await api<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Lange werkdagen in een distributiecentrum.\nLoon ingehouden, huisvesting via de werkgever.', 10));
    const ai2 = await api<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Werkdruk in een autowasstraat; geen aanwijzingen voor dwang.', 5));
    const a = await api<{ id: number }>('dossiers.maken', { signaalIds: [bd.id, ai.id], titel: 'Distributiecentrum Havendorp' });
    const b = await api<{ id: number }>('dossiers.maken', { signaalIds: [ai2.id], titel: 'Autowasstraat Nieuwe Sluis' });
    for (const d of [a, b]) await api('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    // A third dossier still in dossiervorming: not decidable in the casusoverleg (ADR 0033).
    const ai3 = await api<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Kapsalon met wisselend personeel.', 4));
    const c = await api<{ id: number }>('dossiers.maken', { signaalIds: [ai3.id], titel: 'Kapsalon Oosthaven' });
    // And a five-phase signal for the zorgoverleg (art. 14.4), not in any dossier.
    losSignaal = (await api<{ nummer: string }>('signalen.opslaan', { ...signaal('ZORGCOORD', 'Jonge vrouw in een nagelstudio; houdt haar paspoort niet zelf.', 3), indienen: true })).nummer;
    const rijen = await api<Array<{ id: number; nummer: string }>>('dossiers.lijst');
    dossier.a = { id: a.id, nummer: rijen.find((r) => r.id === a.id)!.nummer };
    dossier.b = { id: b.id, nummer: rijen.find((r) => r.id === b.id)!.nummer };
    vorming = rijen.find((r) => r.id === c.id)!.nummer;
    pdfMap = await fs.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-pdf-'));
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
    await h1(page, 'Overzicht').waitFor();
  });

  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
    await brug?.stoppen();
    if (pdfMap) await fs.rm(pdfMap, { recursive: true, force: true });
  });

  it('het overzicht toont de dossiers die op weging wachten', async () => {
    const weging = page.getByTestId('dossiers-voor-weging');
    await weging.getByText(`${dossier.a.nummer} Distributiecentrum Havendorp`).waitFor();
    expect(await weging.getByText(`${dossier.b.nummer} Autowasstraat Nieuwe Sluis`).count()).toBe(1);
    expect(await page.getByTestId('volgende-overleggen').getByText('Er is geen overleg gepland.').count()).toBe(1);
    await scherm(page, '50-overzicht-voor-planning');
  });

  it('jaarplanning: voorstel bekijken, dan vastleggen (art. 11.4, 11.7, 12.8, 12.28)', async () => {
    await nav(page, 'Overleggen').click();
    await h1(page, 'Overleggen').waitFor();
    await page.getByRole('button', { name: 'Volgend jaar' }).click();
    await page.getByText(`Voor ${JAAR} is nog geen overleg gepland.`).first().waitFor();
    await page.getByRole('button', { name: 'Jaarplanning voorstellen' }).click();
    const dialoog = page.getByRole('dialog', { name: `Jaarplanning ${JAAR} voorstellen` });
    await dialoog.getByLabel(label('Locatie')).fill('Stadhuis Havendorp');
    await dialoog.getByRole('button', { name: 'Voorstel maken' }).click();
    await dialoog.getByText('Het voorstel voldoet aan alle planningsregels van het convenant.').waitFor();
    const tabel = dialoog.getByRole('table', { name: `Voorgestelde overleggen voor ${JAAR}` });
    const aantal = await tabel.locator('tr[data-datum]').count();
    // January's zorgoverleg may fall in December of the year before (art. 12.28); the calendar shows this year.
    const inJaar = await tabel.locator(`tr[data-datum^="${JAAR}-"]`).count();
    expect(inJaar).toBeGreaterThanOrEqual(28);
    expect(await tabel.getByText('Casusoverleg').count()).toBe(12);
    await scherm(page, '51-jaarplan-voorstel');
    await dialoog.getByRole('button', { name: `${aantal} overleggen vastleggen` }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(`${aantal} overleggen voor ${JAAR} zijn vastgelegd.`).waitFor();
    const kalender = page.getByRole('list', { name: `Overleggen in ${JAAR} per maand` });
    await expect.poll(() => kalender.locator('[data-overleg]').count()).toBe(inJaar);
    // Kind as colour and label: every meeting names its kind in text.
    expect(await kalender.locator('[data-maand="1"] [data-soort="zorgoverleg"]').count()).toBeGreaterThan(0);
    await scherm(page, '52a-jaarkalender');
  });

  it('een zorgoverleg te laat verplaatsen: waarschuwing met art. 12.28, toch verplaatsen, de waarschuwing blijft', async () => {
    const lijst = await api<Array<{ id: number; soort: string; datum: string }>>('overleg.lijst', { jaar: JAAR });
    const [januari, casus] = lijst.filter((o) => o.soort === 'casusoverleg') as [(typeof lijst)[number], (typeof lijst)[number]];
    // February's: its zorgoverleg lies in this year's February, whatever the holidays do to January.
    const zorg = lijst.filter((o) => o.soort === 'zorgoverleg' && o.datum < casus.datum).at(-1)!;
    casusId = januari.id;
    zorgId = zorg.id;
    const nieuw = dagenErbij(casus.datum, -7);

    await page.getByRole('button', { name: 'Lijst' }).click();
    const tabel = page.getByRole('table', { name: `Overleggen in ${JAAR}` });
    await tabel.locator(`[data-overleg="${zorg.id}"]`).getByRole('button', { name: /^Verplaatsen/ }).click();
    const dialoog = page.getByRole('dialog', { name: `Zorgoverleg van ${nlDatum(zorg.datum)} verplaatsen` });
    await dialoog.getByLabel(label('Nieuwe datum')).fill(nlDatum(nieuw));
    await dialoog.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    const waarschuwing = dialoog.getByTestId('planwaarschuwing');
    await waarschuwing.waitFor();
    expect(await waarschuwing.getAttribute('data-artikel')).toBe('art. 12.28');
    expect(await waarschuwing.textContent()).toContain(`Het zorgoverleg van ${nlDatum(nieuw)} valt maar 7 dagen vóór het casusoverleg van ${nlDatum(casus.datum)}`);
    await scherm(page, '52b-verplaatsen-waarschuwing-art-12-28');
    await dialoog.getByRole('button', { name: 'Toch verplaatsen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(`Het overleg is verplaatst naar ${nlDatum(nieuw)}. De waarschuwing (art. 12.28) blijft bij het overleg staan.`).waitFor();
    await expect.poll(() => tabel.locator(`[data-overleg="${zorg.id}"]`).textContent()).toContain('(art. 12.28)');

    await page.getByRole('button', { name: 'Planning controleren' }).click();
    const controle = page.getByTestId('controle');
    await controle.getByText(`De planning van ${JAAR} breekt 1 regel van het convenant`).waitFor();
    expect(await controle.textContent()).toContain('art. 12.28 (Zorgoverleg)');
    await page.getByRole('button', { name: 'Jaarkalender' }).click();
    const kaart = page.locator(`[data-overleg="${zorg.id}"]`);
    expect((await kaart.getByTestId('waarschuwing').textContent())?.trim()).toBe('Waarschuwing: art. 12.28');
    await scherm(page, '52c-planning-gecontroleerd');
  });

  it('casusoverleg: agenda samenstellen, ordenen met het toetsenbord, en bekijken als het COA (art. 18.2)', async () => {
    await page.locator(`[data-overleg="${casusId}"]`).click();
    await h1(page, /^Casusoverleg \d{2}-\d{2}-\d{4}$/).waitFor();
    expect(await page.getByTestId('voorzitter').textContent()).toBe('Voorzitter: de ketenregisseur (art. 13.1)');
    await page.getByRole('button', { name: 'Agenda samenstellen' }).click();
    await page.getByText('2 punten toegevoegd aan de agenda.').waitFor();
    // ADR 0033: what was not added is listed with its reason and article.
    const overwogen = page.getByTestId('overwegingen');
    expect(await overwogen.locator('li').filter({ hasText: vorming }).textContent()).toBe(
      `${vorming} Kapsalon Oosthaven — Dossier ${vorming} is in de stap "dossiervorming"; het casusoverleg weegt alleen dossiers in weging en kwalificatie (art. 10.1, 13.1).`,
    );
    await scherm(page, '53-agenda-samengesteld-met-redenen');
    // By hand: the dossier in dossiervorming is not choosable; the dialog says why.
    await page.getByRole('button', { name: 'Dossier of signaal agenderen' }).click();
    const handmatig = page.getByRole('dialog', { name: 'Dossier of signaal agenderen' });
    await handmatig.getByRole('heading', { name: '1 kandidaat kan niet op deze agenda' }).waitFor();
    expect(await handmatig.locator('li').filter({ hasText: vorming }).count()).toBe(1);
    await handmatig.getByRole('combobox').click();
    expect(await page.getByRole('listbox').getByRole('option').filter({ hasText: vorming }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await scherm(page, '53-agenderen-alleen-besluitbaar');
    await page.keyboard.press('Escape');
    await handmatig.waitFor({ state: 'detached' });
    const agenda = page.getByRole('list', { name: 'Agenda' });
    const titels = () => agenda.getByRole('heading', { level: 3 }).allTextContents();
    await expect.poll(titels).toEqual([`1. ${dossier.a.nummer} Distributiecentrum Havendorp`, `2. ${dossier.b.nummer} Autowasstraat Nieuwe Sluis`]);
    const eerste = agenda.locator(`[data-punt]`).first();
    expect(await eerste.getByTestId('aantal-signalen').textContent()).toBe('2');
    expect(await eerste.getByTestId('bronnen').textContent()).toContain('Belastingdienst');

    // Keyboard: Enter on "Omlaag" moves the item; the focus stays with it, on a button that still works.
    await eerste.getByRole('button', { name: /^Omlaag/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(titels).toEqual([`1. ${dossier.b.nummer} Autowasstraat Nieuwe Sluis`, `2. ${dossier.a.nummer} Distributiecentrum Havendorp`]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(`Omhoog ${dossier.a.nummer} Distributiecentrum Havendorp`);
    await scherm(page, '53a-agenda');

    await kies(page, 'Bekijk als deelnemer', 'Centraal Orgaan opvang Asielzoekers (COA)');
    await page.getByTestId('weergave-voor').getByText('U ziet de agenda zoals Centraal Orgaan opvang Asielzoekers (COA) hem krijgt').waitFor();
    const voorCoa = agenda.locator('[data-punt]').nth(1);
    await voorCoa.getByTestId('afgeschermd').waitFor();
    expect(await voorCoa.getByTestId('afgeschermd').textContent()).toBe('Niet in deze versie: 1 signaal van Belastingdienst (regio invullen) (art. 18.2)');
    expect(await voorCoa.getByTestId('aantal-signalen').textContent()).toBe('1');
    expect(await voorCoa.getByTestId('bronnen').textContent()).not.toContain('Belastingdienst');
    expect(await page.getByRole('button', { name: 'Agenda samenstellen' }).count()).toBe(0);
    await voorCoa.scrollIntoViewIfNeeded();
    await scherm(page, '53b-agenda-als-coa-art-18-2');
    await kies(page, 'Bekijk als deelnemer', 'Volledige versie (voorzitter)');
    await page.getByTestId('weergave-voor').waitFor({ state: 'detached' });
  });

  it('deelnemers: aanwezigheid, en een deskundige pas aanwezig na de geheimhoudingsverklaring (art. 21.3)', async () => {
    const deelnemers = page.getByRole('region', { name: 'Deelnemers' });
    for (const naam of ['Politie (regio invullen)', 'Arbeidsinspectie', 'Centraal Orgaan opvang Asielzoekers (COA)']) {
      const vak = deelnemers.getByRole('checkbox', { name: `Aanwezig: ${naam}` });
      // The box follows the backend's answer, not the click.
      await vak.click();
      await expect.poll(() => vak.isChecked()).toBe(true);
    }
    await deelnemers.getByTestId('aanwezigheid').getByText('3 van 13 deelnemers aanwezig').waitFor();

    await page.getByRole('button', { name: 'Deskundige uitnodigen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Deskundige uitnodigen' });
    await dialoog.getByLabel(label('Naam')).fill('Dr. A. Synthetica');
    await dialoog.getByLabel(label('Organisatie')).fill('Universiteit Havendorp');
    await dialoog.getByRole('button', { name: 'Uitnodigen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    const expert = 'Dr. A. Synthetica (Universiteit Havendorp)';
    await deelnemers.getByRole('rowheader', { name: expert }).waitFor();
    await deelnemers.getByRole('checkbox', { name: `Aanwezig: ${expert}` }).click();
    const weigering = deelnemers.getByRole('alert').filter({ hasText: 'Een uitgenodigde deskundige neemt pas deel na ondertekening van de geheimhoudingsverklaring.' });
    await weigering.waitFor();
    expect(await weigering.textContent()).toContain('(art. 21.3)');
    expect(await deelnemers.getByRole('checkbox', { name: `Aanwezig: ${expert}` }).isChecked()).toBe(false);
    await weigering.scrollIntoViewIfNeeded();
    await scherm(page, '54a-deskundige-geweigerd-art-21-3');

    await deelnemers.getByRole('button', { name: `Geheimhouding vastleggen ${expert}` }).click();
    const teken = page.getByRole('dialog', { name: `Geheimhoudingsverklaring van ${expert}` });
    expect(await teken.getByLabel(label('Ondertekend op')).inputValue()).toBe(nlDatum(vandaag()));
    await teken.getByLabel(label('Ondertekend op')).press('Enter');
    await teken.waitFor({ state: 'detached' });
    await deelnemers.getByRole('row', { name: new RegExp(expert.replace(/[.()]/g, '\\$&')) }).getByText(`Getekend op ${nlDatum(vandaag())}`).waitFor();
    await deelnemers.getByRole('checkbox', { name: `Aanwezig: ${expert}` }).click();
    await deelnemers.getByTestId('aanwezigheid').getByText('4 van 14 deelnemers aanwezig').waitFor();
    expect(await weigering.count()).toBe(0);
    await scherm(page, '54b-deelnemers');
  });

  it('vergadermodus met het toetsenbord: geen actie, en interventies pas met uiterste datum', async () => {
    await page.getByRole('button', { name: 'Agenda vaststellen' }).click();
    await page.getByText('De agenda is vastgesteld. In de vergadermodus legt u de besluiten vast.').waitFor();
    await page.getByRole('button', { name: 'Vergadermodus' }).click();
    await h1(page, /^Vergadermodus: Casusoverleg/).waitFor();
    const voortgang = page.getByTestId('voortgang');
    expect(await voortgang.textContent()).toBe('Punt 1 van 2 · 0 besloten');
    const kop = page.getByRole('heading', { level: 2, name: `Punt 1: ${dossier.b.nummer} Autowasstraat Nieuwe Sluis` });
    await kop.waitFor();
    // The item's heading has the focus; Alt+→ and Alt+← go between items.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('heading', { level: 2, name: `Punt 2: ${dossier.a.nummer} Distributiecentrum Havendorp` }).waitFor();
    expect(await voortgang.textContent()).toBe('Punt 2 van 2 · 0 besloten');
    await page.keyboard.press('Alt+ArrowLeft');
    await kop.waitFor();

    // Item 1: qualification and notes save themselves; "geen actie" with Ctrl+Enter.
    await kies(page, 'Kwalificatie', 'geen mensenhandel');
    await page.getByLabel(label('Notities')).fill('Geen aanwijzingen voor dwang; werkgever wordt gewezen op de regels.');
    const opslag = page.getByTestId('opslag');
    await expect.poll(() => opslag.getAttribute('data-staat'), { timeout: 10_000 }).toBe('opgeslagen');
    const bewaard = await api<{ punten: Array<{ dossierId: number; notities: string; kwalificatie: string }> }>('overleg.detail', { id: casusId });
    expect(bewaard.punten.find((p) => p.dossierId === dossier.b.id)).toMatchObject({ kwalificatie: 'geen mensenhandel', notities: 'Geen aanwijzingen voor dwang; werkgever wordt gewezen op de regels.' });
    await page.getByRole('radio', { name: 'Geen actie (opschonen, art. 16.8)' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
    await page.getByText(`Het besluit over ${dossier.b.nummer} Autowasstraat Nieuwe Sluis is vastgelegd: Geen actie (opschonen, art. 16.8).`).waitFor();
    await expect.poll(() => voortgang.textContent()).toBe('Punt 1 van 2 · 1 besloten');

    // Item 2: interventions; the first without due date is refused under its row.
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('heading', { level: 2, name: `Punt 2: ${dossier.a.nummer} Distributiecentrum Havendorp` }).waitFor();
    await kies(page, 'Kwalificatie', 'arbeidsuitbuiting');
    await page.getByRole('radio', { name: 'Interventies toewijzen aan partners' }).check();
    const rij1 = page.getByRole('group', { name: 'Interventie 1' });
    await kies(rij1, 'Partner', /^Politie \(regio invullen\)/);
    await rij1.getByLabel(label('Omschrijving')).fill('Gesprek met betrokkene en controle op het adres');
    await page.getByLabel(label('Notities')).fill('Besproken: politie en Arbeidsinspectie pakken het samen op.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await rij1.getByText('Kies een uiterste datum').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Interventie 1: De interventie is niet compleet.' }).count()).toBe(1);
    await rij1.scrollIntoViewIfNeeded();
    await scherm(page, '55a-vergadering-interventie-zonder-datum');

    const deadline = nlDatum(dagenErbij(vandaag(), 14));
    await rij1.getByLabel(label('Uiterste datum')).fill(deadline);
    await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
    const rij2 = page.getByRole('group', { name: 'Interventie 2' });
    await kies(rij2, 'Partner', /^Arbeidsinspectie/);
    await rij2.getByLabel(label('Omschrijving')).fill('Inspectie bij het distributiecentrum');
    await rij2.getByLabel(label('Uiterste datum')).fill(nlDatum(dagenErbij(vandaag(), 18)));
    await scherm(page, '55b-vergadering-interventies');
    // Art. 21.6: the signals are not from care partners and no weighing is recorded yet: the decision to act is
    // refused, saying why, until the chair records the weighing here.
    const afweging = page.getByLabel(label('Afweging'));
    expect(await afweging.inputValue()).toBe('');
    await rij2.getByLabel(label('Omschrijving')).focus();
    await page.keyboard.press('Control+Enter');
    const geweigerd = page.getByRole('alert').filter({ hasText: 'art. 21.6' });
    await geweigerd.waitFor();
    expect(await geweigerd.textContent()).toContain(`Dossier ${dossier.a.nummer} bevat informatie uit een signaal dat niet van een zorgpartner komt.`);
    await page.getByText('Beschrijf de afweging (ten minste twintig tekens)').waitFor();
    expect(await voortgang.textContent()).toBe('Punt 2 van 2 · 1 besloten');
    await afweging.scrollIntoViewIfNeeded();
    await scherm(page, '55d-vergadering-zonder-afweging');
    await afweging.fill('Synthetische afweging: het slachtoffer is in de opvang; gesprek en inspectie brengen haar niet in gevaar.');
    await afweging.focus();
    await page.keyboard.press('Control+Enter');
    await page.getByText(`Het besluit over ${dossier.a.nummer} Distributiecentrum Havendorp is vastgelegd: Interventies toewijzen aan partners.`).waitFor();
    await expect.poll(() => voortgang.textContent()).toBe('Punt 2 van 2 · 2 besloten');
    const besluit = page.getByTestId('besluit');
    expect(await besluit.textContent()).toContain(`Politie (regio invullen): Gesprek met betrokkene en controle op het adres (uiterlijk ${deadline})`);

    await page.getByRole('button', { name: 'Overleg afsluiten' }).click();
    const afsluiten = page.getByRole('dialog', { name: 'Overleg als gehouden vastleggen?' });
    await afsluiten.getByText('Over alle punten is besloten.').waitFor();
    await afsluiten.getByRole('button', { name: 'Overleg gehouden' }).click();
    await page.getByTestId('afgesloten').getByText('Het overleg is als gehouden vastgelegd.').waitFor();
    await scherm(page, '55c-vergadering-afgesloten');
  });

  it('de besluitenlijst als PDF voor de politie, in een map naar keuze', async () => {
    await page.getByRole('button', { name: 'Terug naar het overleg' }).click();
    await h1(page, /^Casusoverleg \d{2}-\d{2}-\d{4}$/).waitFor();
    await page.locator('main [data-status="gehouden"]').first().waitFor();
    const stukken = page.getByRole('region', { name: 'Stukken' });
    expect(await stukken.getByRole('radio', { name: 'Besluitenlijst' }).isChecked()).toBe(true);
    await kies(stukken, 'Voor', 'Politie (regio invullen)');
    await stukken.getByLabel(label('Map (volledig pad)')).fill(pdfMap);
    await stukken.getByRole('button', { name: 'PDF maken' }).click();
    const pad = (await stukken.getByTestId('pdf-gemaakt').getByTestId('pad').textContent()) ?? '';
    expect(path.dirname(pad)).toBe(pdfMap);
    expect(path.basename(pad)).toMatch(/^besluitenlijst-casusoverleg-\d{4}-\d{2}-\d{2}-politie\.pdf$/);
    expect((await fs.stat(pad)).size).toBeGreaterThan(1000);
    const { tekst } = await pdfLezen(pad, { afbeeldingen: { map: ARTEFACTEN, naam: '56b-besluitenlijst-politie', schaal: 0.7 } });
    expect(tekst).toContain('Gesprek met betrokkene');
    // The recipient by name, never the register code (ADR 0037).
    expect(tekst).toContain('Versie voor: Politie (regio invullen)');
    expect(tekst).not.toContain('POLITIE');
    expect(tekst).not.toContain('auditkop');
    await stukken.scrollIntoViewIfNeeded();
    await scherm(page, '56a-besluitenlijst-pdf');
  });

  it('het overzicht: interventies binnenkort en de geplande opschoning; voortgang vastleggen en evalueren (art. 22.5)', async () => {
    await nav(page, 'Overzicht').click();
    await h1(page, 'Overzicht').waitFor();
    const binnenkort = page.getByTestId('interventies-binnenkort');
    await binnenkort.getByText(/Gesprek met betrokkene/).waitFor();
    expect(await binnenkort.getByText(/Inspectie bij het distributiecentrum/).count()).toBe(1);
    await page.getByTestId('opschonen').getByRole('button', { name: `${dossier.b.nummer} Autowasstraat Nieuwe Sluis` }).waitFor();
    expect(await page.getByTestId('dossiers-voor-weging').getByText('Geen dossiers wachten op weging en kwalificatie.').count()).toBe(1);
    await scherm(page, '57-overzicht-na-overleg');

    await binnenkort.getByRole('button', { name: 'Naar de interventies' }).click();
    await page.getByRole('tab', { name: 'Interventies', selected: true }).waitFor();
    const tabel = page.getByRole('table', { name: 'Interventies' });
    const politie = tabel.getByRole('row').filter({ hasText: 'Politie (regio invullen)' });
    await politie.getByRole('button', { name: /^Voortgang vastleggen/ }).click();
    const dialoog = page.getByRole('dialog', { name: `Voortgang van ${dossier.a.nummer} — Politie (regio invullen)` });
    await kies(dialoog, 'Status', 'Uitgevoerd');
    await dialoog.getByLabel(label('Uitkomst (terugmelding van de partner)')).fill('Gesprek gevoerd; betrokkene is naar de opvang begeleid.');
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(`Interventie ${dossier.a.nummer} (Politie (regio invullen)): Uitgevoerd.`).waitFor();

    const inspectie = tabel.getByRole('row').filter({ hasText: 'Arbeidsinspectie' });
    await inspectie.getByRole('button', { name: /^Voortgang vastleggen/ }).click();
    const tweede = page.getByRole('dialog', { name: `Voortgang van ${dossier.a.nummer} — Arbeidsinspectie` });
    await kies(tweede, 'Status', 'Niet uitgevoerd');
    await tweede.getByRole('button', { name: 'Opslaan' }).click();
    await tweede.getByText('Geef aan waarom de interventie niet is uitgevoerd').first().waitFor();
    await tweede.getByLabel(label('Reden waarom niet uitgevoerd')).fill('Bedrijf is gesloten voordat de inspectie plaatsvond.');
    await tweede.getByRole('button', { name: 'Opslaan' }).click();
    await tweede.waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: 'Alleen open interventies' }).uncheck();
    await expect.poll(() => tabel.locator('[data-ivstatus="uitgevoerd"]').count()).toBe(1);
    expect(await tabel.locator('[data-ivstatus="niet-uitgevoerd"]').count()).toBe(1);

    // All interventions done: the dossier is in evaluation; closing starts the five years of art. 22.5.
    const evaluatie = page.getByRole('region', { name: 'Evaluatie' });
    await evaluatie.getByRole('button', { name: `Evalueren en sluiten ${dossier.a.nummer}` }).click();
    const evalueren = page.getByRole('dialog', { name: `Dossier ${dossier.a.nummer} evalueren en sluiten` });
    await evalueren.getByLabel(label('Evaluatie')).fill('Betrokkene opgevangen; bedrijf gesloten. Geen verdere actie nodig.');
    await evalueren.getByRole('button', { name: 'Evalueren en sluiten' }).click();
    const gesloten = evaluatie.getByTestId('gesloten');
    await gesloten.waitFor();
    const tot = nlDatum(maandenErbij(vandaag(), 60));
    expect(await gesloten.textContent()).toBe(`Dossier ${dossier.a.nummer} is gesloten op ${nlDatum(vandaag())}. De bewaartermijn van vijf jaar is begonnen: wat over is, wordt uiterlijk op ${tot} verwijderd (art. 22.5).`);
    await scherm(page, '58-interventies-en-evaluatie');
  });

  it('opschonen na "geen actie": voorbeeld, onomkeerbare bevestiging, alleen analysegegevens blijven (art. 16.8)', async () => {
    await nav(page, 'Overzicht').click();
    await page.getByTestId('opschonen').getByRole('button', { name: `${dossier.b.nummer} Autowasstraat Nieuwe Sluis` }).click();
    await page.getByRole('tab', { name: 'Opschonen', selected: true }).waitFor();
    const voorbeeld = page.getByRole('region', { name: `Voorbeeld: opschonen van ${dossier.b.nummer}` });
    await voorbeeld.waitFor();
    expect(await voorbeeld.getByTestId('verdwijnt').textContent()).toContain('1 signaal met formulier en indicatoren');
    expect(await voorbeeld.getByText('Geen interventies; er blijft niets te volgen.').count()).toBe(1);
    const analyse = voorbeeld.getByRole('table', { name: 'Geanonimiseerde analysegegevens' });
    expect(await analyse.getByRole('row').count()).toBe(2);
    expect(await gegevensrij(analyse, 0).textContent()).toContain('geen actie');
    await scherm(page, '59a-opschonen-voorbeeld');

    await voorbeeld.getByRole('button', { name: `Opschonen ${dossier.b.nummer}` }).click();
    const bevestiging = page.getByRole('dialog', { name: `Dossier ${dossier.b.nummer} definitief opschonen?` });
    await bevestiging.getByText('Dit dossier wordt onherroepelijk verwijderd (art. 16.8). Alleen 1 geanonimiseerd analysegegeven blijft.').waitFor();
    await scherm(page, '59b-opschonen-bevestigen');
    await page.keyboard.press('Enter');
    await bevestiging.waitFor({ state: 'detached' });
    await page.getByTestId('opgeschoond').getByText(`Dossier ${dossier.b.nummer} is opgeschoond; 1 geanonimiseerd analysegegeven is bewaard.`).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Dossiers om op te schonen' }).locator(`[data-dossier="${dossier.b.nummer}"]`).count()).toBe(0);
    const detail = await api<{ titel: string; signalen: unknown[] }>('dossiers.detail', { id: dossier.b.id });
    expect(detail).toMatchObject({ titel: '(opgeschoond)', signalen: [] });
    expect((await api<Array<{ uitkomst: string }>>('analyse.overzicht')).some((r) => r.uitkomst === 'geen actie')).toBe(true);
    await scherm(page, '59c-opgeschoond');
  });

  it('een zorgoverleg sluiten met een onbesloten punt: het schuift door, en de waarschuwing van art. 12.28 staat er nog', async () => {
    await page.getByRole('tab', { name: 'Planning' }).click();
    await page.locator(`[data-overleg="${zorgId}"]`).click();
    await h1(page, /^Zorgoverleg \d{2}-\d{2}-\d{4}$/).waitFor();
    expect(await page.getByTestId('voorzitter').textContent()).toBe('Voorzitter: de zorgcoördinator (art. 14.3)');
    expect(await page.getByTestId('overleg-waarschuwingen').textContent()).toContain('art. 12.28');
    await page.getByRole('button', { name: 'Agenda samenstellen' }).click();
    // ADR 0033: a zorgoverleg is composed by choosing; the new, undiscussed five-phase signal is ticked.
    const kiezen = page.getByRole('dialog', { name: 'Agenda van het zorgoverleg samenstellen' });
    await kiezen.getByRole('checkbox', { name: new RegExp(losSignaal) }).waitFor();
    expect(await kiezen.getByRole('checkbox', { name: new RegExp(losSignaal) }).isChecked()).toBe(true);
    await scherm(page, '59c-zorgoverleg-samenstellen');
    await kiezen.getByRole('button', { name: '1 signaal toevoegen' }).click();
    await kiezen.waitFor({ state: 'detached' });
    await page.getByText('1 punt toegevoegd aan de agenda.').waitFor();
    await page.getByRole('list', { name: 'Agenda' }).getByRole('heading', { level: 3, name: `1. Signaal ${losSignaal}` }).waitFor();
    await page.getByRole('button', { name: 'Agenda vaststellen' }).click();
    await page.getByRole('button', { name: 'Overleg gehouden' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Overleg als gehouden vastleggen?' });
    expect(await dialoog.getByTestId('door-te-schuiven').textContent()).toBe(`Signaal ${losSignaal}`);
    await scherm(page, '59d-zorgoverleg-doorschuiven');
    await page.keyboard.press('Enter');
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(`Het overleg is als gehouden vastgelegd. Doorgeschoven naar het volgende overleg: Signaal ${losSignaal}.`).waitFor();
    await page.locator('main [data-puntstatus="doorgeschoven"]').waitFor();
    expect(s.fouten).toEqual([]);
  });
});
