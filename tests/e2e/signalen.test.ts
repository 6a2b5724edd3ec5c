/**
 * The story of signals and dossiers, end to end through the real UI, bridge and SQLCipher file: the
 * politie and a zorgpartner reported a victim earlier (names spelled differently); a ketenregisseur
 * records a signal from the Arbeidsinspectie on the complete Format casus → the app proposes the two
 * earlier signals as "mogelijk dezelfde persoon" (art. 7.2) → she combines them into a dossier →
 * inquiry at the IND and its answer (art. 16.2) → the politie's consent for the RIEC (art. 14.6) →
 * the matrix for Belastingdienst, RIEC and Arbeidsinspectie with the article per item → a spoed
 * decision the zorgcoördinator confirms with their own passphrase (art. 12.21). And a form with a
 * too long summary, organ trade and a future date of birth is refused field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { nlDatum, vandaag } from '@shared/datum';
import { axeControleren, browserStarten, brugStarten, gegevensrij, h1, label, paginaOpenen, scherm, type Brug, type Scherm } from './hulp';

const REGISSEUR = { naam: 'm.jansen', weergavenaam: 'Marieke Jansen', wachtwoord: 'lange zin als wachtwoord 2026' };
const ZORG = { naam: 'r.bakker', weergavenaam: 'Ruud Bakker', wachtwoord: 'zorgcoordinatie voorbeeldstad' };

let brug: Brug;
let browser: Browser;
let s: Scherm;
let page: Page;
let pid: (code: string) => number;
const nummers: Record<'politie' | 'zorg' | 'jeugdzorg' | 'inspectie', string> = { politie: '', zorg: '', jeugdzorg: '', inspectie: '' };

/** A field by its label; MUI adds " *" to required ones, identifying fields say "(identificerend)". */
/** Fields of the signal form may carry the mark " (identificerend)". */
const veldnaam = (tekst: string) => label(tekst, { identificerend: true });
const nav = (p: Page, naam: string) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: naam, exact: true });
const sectie = (p: Page | Locator, naam: string) => p.getByRole('region', { name: naam, exact: true });

async function kies(p: Page, binnen: Page | Locator, veld: string | RegExp, optie: string): Promise<void> {
  await binnen.getByRole('combobox', { name: typeof veld === 'string' ? veldnaam(veld) : veld }).click();
  await p.getByRole('listbox').getByRole('option', { name: optie, exact: true }).click();
}

/** A signal as a partner reported it earlier, straight through the API (setup, not the story). */
function eerderSignaal(bron: string, naam: string, extra: Record<string, unknown> = {}) {
  return {
    formulier: {
      datumTijd: '2026-09-14T10:30',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: pid(bron) },
      bron: { naam: 'Synthetische Bron', partnerId: pid(bron), telefoon: '088 000 00 00' },
      slachtoffer: { naam, geboortedatum: '1999-04-12', geslacht: 'vrouw', woonplaats: 'Voorbeeldstad', nationaliteit: 'Roemeense' },
      samenvatting: 'Jonge vrouw werkt lange dagen in een tuinbouwkas.\nLoon wordt ingehouden voor huisvesting.',
      vermoedens: ['sociaal-economische-uitbuiting'],
      fase: 2,
      indicatoren: [1],
      delen: 'identificeerbaar',
      ...extra,
    },
    indienen: true,
  };
}

describe('verhaal: signalen en dossiers', () => {
  beforeAll(async () => {
    brug = await brugStarten();
    const api = async <T,>(kanaal: string, invoer: unknown = {}): Promise<T> => {
      const r = await brug.api(kanaal, invoer);
      if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.code} ${r.fout?.melding}`);
      return r.waarde as T;
    };
    await api('bestand.maken', { map: 'voorbeeldstad', naam: 'Gemeente Voorbeeldstad', penvoerder: 'College van B&W van Voorbeeldstad', profiel: 'centraal', gebruiker: REGISSEUR.naam, weergavenaam: REGISSEUR.weergavenaam, wachtwoord: REGISSEUR.wachtwoord });
    await api('gebruikers.toevoegen', { naam: ZORG.naam, weergavenaam: ZORG.weergavenaam, rol: 'zorgcoordinator', wachtwoord: ZORG.wachtwoord });
    const partners = await api<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
    nummers.politie = (await api<{ nummer: string }>('signalen.opslaan', eerderSignaal('POLITIE', 'Ioana Popescu', { handhaving: { strafbareFeiten: 'ja', welkeEnDoorWie: 'Mogelijk mensenhandel door de werkgever' } }))).nummer;
    nummers.zorg = (await api<{ nummer: string }>('signalen.opslaan', eerderSignaal('ZORGCOORD', 'Popesku, Ioanna', { datumTijd: '2026-09-20T15:00' }))).nummer;
    // Someone else: a minor in youth prostitution (art. 5.4, 8.4; footnote 13).
    nummers.jeugdzorg = (
      await api<{ nummer: string }>(
        'signalen.opslaan',
        eerderSignaal('BJZ', 'Sanne de Wit', {
          datumTijd: '2026-09-25T11:00',
          slachtoffer: { naam: 'Sanne de Wit', geboortedatum: '2010-05-01', geslacht: 'vrouw', woonplaats: 'Voorbeeldstad' },
          samenvatting: 'Meisje van 16 wordt door een oudere vriend naar hotels gebracht.',
          vermoedens: ['seksuele-uitbuiting'],
          seksueleVormen: ['jeugdprostitutie'],
          fase: 1,
          delen: 'geanonimiseerd',
        }),
      )
    ).nummer;
    browser = await browserStarten();
    s = await paginaOpenen(browser, brug.adres);
    page = s.page;
    await h1(page, 'Overzicht').waitFor();
  });

  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
    await brug?.stoppen();
  });

  it('de signalenlijst: drie eerdere signalen, zonder namen, met kenmerken en filters', async () => {
    await nav(page, 'Signalen').click();
    await h1(page, 'Signalen').waitFor();
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('3 signalen');
    const tabel = page.getByRole('table', { name: 'Signalen' });
    await tabel.locator(`[data-nummer="${nummers.politie}"]`).waitFor();
    expect(await tabel.textContent()).not.toMatch(/Popes|Sanne/);
    // The minor is flagged in the list (art. 5.4, 8.4; footnote 13).
    const jeugd = tabel.locator(`[data-nummer="${nummers.jeugdzorg}"]`);
    expect(await jeugd.locator('[data-kenmerk]').allTextContents()).toEqual(['Minderjarig', 'Jeugdprostitutie']);
    await scherm(page, '40-signalen-lijst');
    // Search by a name part: the backend finds both spellings' signals, still without showing names.
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('popescu');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('1 signaal');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('3 signalen');
    await kies(page, page, 'Bron', 'Politie (regio invullen)');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('1 signaal');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await kies(page, page, 'Vermoeden', 'Seksuele uitbuiting (jeugdprostitutie, gedwongen prostitutie, overige)');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('1 signaal');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('3 signalen');
  });

  it('art. 7.2, bijlage: een te lange samenvatting, handel in organen en een geboortedatum in de toekomst worden per veld geweigerd', async () => {
    await page.getByRole('button', { name: 'Nieuw signaal' }).click();
    await h1(page, 'Nieuw signaal').waitFor();
    await sectie(page, 'Ingevuld door').getByLabel(veldnaam('Contactpersoon')).fill('Marieke Jansen');
    const bron = sectie(page, 'Signaal: datum, tijd en bron');
    await kies(page, bron, 'Organisatie van de bron', 'Arbeidsinspectie');
    await bron.getByLabel(veldnaam('Naam van de bron')).fill('Inspecteur De Vries');
    const volgendJaar = nlDatum(`${Number(vandaag().slice(0, 4)) + 1}${vandaag().slice(4)}`);
    await sectie(page, 'Personalia slachtoffer').getByLabel(veldnaam('Geboortedatum')).fill(volgendJaar);
    await page.getByLabel(veldnaam('Samenvatting')).fill('Regel een\nRegel twee\nRegel drie\nRegel vier\nRegel vijf\nRegel zes');
    await expect.poll(() => page.getByTestId('regelteller').textContent()).toMatch(/^6 van 5 regels/);
    await page.getByRole('checkbox', { name: 'Handel in organen' }).check();
    await sectie(page, 'Fase en delen').getByRole('radio', { name: /^2 · / }).check();
    await page.getByRole('button', { name: 'Indienen' }).click();

    await page.getByText('Een geboortedatum kan niet in de toekomst liggen').first().waitFor();
    const slachtoffer = sectie(page, 'Personalia slachtoffer');
    expect(await slachtoffer.getByText('Een geboortedatum kan niet in de toekomst liggen').count()).toBe(1);
    expect(await sectie(page, 'Korte samenvatting van de casus').getByText('De samenvatting heeft 6 regels; maximaal 5 (bijlage)').count()).toBe(1);
    expect(await sectie(page, 'Het betreft een vermoeden van').getByText(/Handel in organen valt buiten dit convenant/).count()).toBe(1);
    // The first field in error has the focus.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('slachtoffer.geboortedatum');
    // Nothing was saved.
    const lijst = await brug.api('signalen.lijst', {});
    expect((lijst.waarde as { totaal: number }).totaal).toBe(3);
    await scherm(page, '42-signaal-veldfouten');
  });

  it('de ketenregisseur legt een signaal van de Arbeidsinspectie vast op het volledige formulier', async () => {
    await nav(page, 'Signalen').click();
    await page.getByRole('button', { name: 'Nieuw signaal' }).click();
    await h1(page, 'Nieuw signaal').waitFor();
    // Identifying fields carry their marker (art. 6.2, 9.5).
    expect(await page.locator('[data-identificerend]').count()).toBeGreaterThan(20);

    const melder = sectie(page, 'Ingevuld door');
    await melder.getByLabel(veldnaam('Contactpersoon')).fill('Marieke Jansen');
    await kies(page, melder, 'Organisatie', 'Gemeente — Directie Veiligheid');
    await melder.getByLabel(veldnaam('Telefoonnummer')).fill('14 020');

    const bron = sectie(page, 'Signaal: datum, tijd en bron');
    await bron.getByLabel(veldnaam('Datum van het signaal')).fill('02-10-2026');
    await bron.getByLabel(veldnaam('Tijd')).fill('09:15');
    await kies(page, bron, 'Organisatie van de bron', 'Arbeidsinspectie');
    await bron.getByLabel(veldnaam('Naam van de bron')).fill('Inspecteur De Vries');
    await bron.getByLabel(veldnaam('Telefoonnummer')).fill('088 555 12 34');

    const slachtoffer = sectie(page, 'Personalia slachtoffer');
    await slachtoffer.getByLabel(veldnaam('Naam')).fill('Ioana Popesco');
    await slachtoffer.getByLabel(veldnaam('Geboortedatum')).fill('12-04-1999');
    await kies(page, slachtoffer, 'Geslacht', 'Vrouw');
    await slachtoffer.getByLabel(veldnaam('Woon- of verblijfplaats')).fill('Voorbeeldstad');
    await slachtoffer.getByLabel(veldnaam('Nationaliteit')).fill('Roemeense');
    await slachtoffer.getByLabel(veldnaam('Verblijfstatus')).fill('EU-burger');
    await slachtoffer.getByLabel(veldnaam('Woonsituatie')).fill('Woont met acht anderen in een container bij de kas');

    const pleger = sectie(page, 'Personalia uitbuiter/pleger');
    await pleger.getByLabel(veldnaam('Naam')).fill('Kees van Dalen');
    await kies(page, pleger, 'Geslacht', 'Man');
    await pleger.getByLabel(veldnaam('Woon- of verblijfplaats')).fill('Westland');

    const faciliteerder = sectie(page, 'Personalia faciliteerder');
    await kies(page, faciliteerder, 'Soort faciliteerder', 'Huisvesting');
    await faciliteerder.getByLabel(veldnaam('Naam')).fill('Uitzendbureau Snelwerk');

    await sectie(page, 'Sociale omgeving en achtergrond slachtoffer').getByLabel(veldnaam('Familie')).fill('Moeder en zus in Roemenië');
    await sectie(page, 'Sociale omgeving en achtergrond pleger').getByLabel(veldnaam('Werk en opleiding')).fill('Eigenaar van twee kassen');

    await page.getByLabel(veldnaam('Samenvatting')).fill('Inspectie trof zes arbeiders aan die 14 uur per dag werken.\nPaspoorten liggen bij de werkgever.\nLoon wordt ingehouden voor huisvesting en vervoer.');
    await expect.poll(() => page.getByTestId('regelteller').textContent()).toMatch(/^3 van 5 regels/);

    await page.getByRole('checkbox', { name: /^Sociaal-economische uitbuiting/ }).check();
    const vraag2 = sectie(page, 'Vraag 2: situatieschets economische uitbuiting');
    await vraag2.getByLabel(veldnaam('Hoe wordt het slachtoffer uitgebuit')).fill('Onbetaald overwerk, schuld bij de werkgever');
    await vraag2.getByLabel(veldnaam('Wat voor werk moet hij/zij verrichten')).fill('Oogsten en inpakken in de kas');
    // Question 1 only shows for sexual exploitation.
    expect(await sectie(page, 'Vraag 1: situatieschets seksuele uitbuiting').count()).toBe(0);

    const dwang = sectie(page, 'Dwang, dreiging, uitbuiting');
    await dwang.getByRole('radiogroup', { name: 'Is er sprake van dwang, dreiging of uitbuiting?' }).getByRole('radio', { name: 'Ja' }).check();
    await dwang.getByLabel(veldnaam('Waaruit blijkt de dwang, dreiging of uitbuiting')).fill('Paspoorten ingenomen, dreiging met ontslag');
    await dwang.getByRole('radiogroup', { name: 'Gaat die uit van één persoon of meerdere?' }).getByRole('radio', { name: 'Meerdere' }).check();
    const handhaving = sectie(page, 'Handhaving');
    await handhaving.getByRole('radiogroup', { name: 'Zijn er strafbare feiten gepleegd?' }).getByRole('radio', { name: 'Onbekend' }).check();
    const hulp = sectie(page, 'Hulpverlening');
    await hulp.getByRole('radiogroup', { name: 'Wordt er al hulp geboden?' }).getByRole('radio', { name: 'Nee' }).check();
    await hulp.getByLabel(veldnaam('Welke vervolgacties worden of moeten worden uitgezet')).fill('Opvang regelen via de zorgcoördinator');

    const indicatoren = sectie(page, 'Indicatoren');
    for (const tekst of ['Heeft geen beschikking over het eigen paspoort of identiteitsbewijs', 'Zeer lange werkdagen, geen vrije dagen', 'Heeft geen zeggenschap over het eigen loon of de eigen verdiensten']) {
      await indicatoren.getByRole('checkbox', { name: tekst }).check();
    }
    await indicatoren.getByText('3 indicatoren gekozen').waitFor();
    const fase = sectie(page, 'Fase en delen');
    await fase.getByRole('radio', { name: /^2 · / }).check();
    await fase.getByRole('radio', { name: 'Identificeerbaar delen waar nodig' }).check();
    await scherm(page, '41-signaal-formulier');

    await page.getByRole('button', { name: 'Indienen' }).click();
    await h1(page, /^Signaal S-\d{4}-\d+ ingediend$/).waitFor();
    nummers.inspectie = /S-\d{4}-\d+/.exec((await h1(page, /ingediend/).textContent()) ?? '')![0];
  });

  it('art. 7.2: mogelijk dezelfde persoon, zonder namen; één voorstel per persoon; zij combineert de signalen tot een dossier', async () => {
    // ADR 0034: the two overlapping pairs about one person are one proposal (it used to be two cards
    // that both showed this signal), with each comparison inside to decide on.
    const kaarten = page.getByTestId('matchkaart');
    await expect.poll(() => kaarten.count()).toBe(1);
    const kaart = kaarten.first();
    expect(await kaart.getAttribute('data-personen')).toBe('3');
    await expect.poll(() => kaart.getByTestId('matchpaar').count()).toBe(2);
    const tekst = (await page.getByRole('main').textContent()) ?? '';
    expect(tekst).not.toMatch(/Popes|Ioan/);
    expect(tekst).toContain('geboortedatum gelijk');
    expect(tekst).not.toContain('100%');
    for (const n of [nummers.politie, nummers.zorg, nummers.inspectie]) expect(tekst).toContain(n);
    expect(await page.getByRole('button', { name: 'Alle signalen combineren tot dossier' }).count()).toBe(0);
    await scherm(page, '43-mogelijk-dezelfde-persoon');

    for (let i = 0; i < 2; i++) {
      await kaart.getByTestId('matchpaar').nth(i).getByRole('button', { name: /^Zelfde persoon/ }).click();
      await kaart.getByTestId('matchpaar').nth(i).getByText('Vastgelegd: dezelfde persoon.').waitFor();
    }
    await kaart.getByRole('button', { name: 'Combineren tot dossier' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Dossier maken' });
    await dialoog.getByText('3 signalen gekozen').waitFor();
    await dialoog.getByText(/gebruik geen namen/).waitFor();
    await dialoog.getByLabel(veldnaam('Titel van het dossier')).fill('Tuinbouwkas Westland');
    await axeControleren(page, 'dossier maken');
    await dialoog.getByRole('button', { name: 'Dossier maken' }).click();
    await h1(page, /^Dossier D-\d{4}-\d+ · Tuinbouwkas Westland$/).waitFor();
    expect(await page.getByRole('table', { name: 'Signalen in dit dossier' }).getByRole('row').count()).toBe(4);
  });

  it('navraag bij de IND en het antwoord (art. 16.2)', async () => {
    await page.getByRole('tab', { name: /^Navraag/ }).click();
    await page.getByRole('button', { name: 'Nieuwe navraag' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Navraag vastleggen' });
    await kies(page, dialoog, 'Partner', 'Immigratie- en Naturalisatiedienst (IND)');
    await dialoog.getByLabel(veldnaam('Vraag')).fill('Is betrokkene bij de IND bekend, en met welke verblijfstatus?');
    await dialoog.getByRole('button', { name: 'Navraag vastleggen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    await page.getByText(/De navraag is vastgelegd/).waitFor();

    await page.getByRole('button', { name: /^Antwoord vastleggen/ }).click();
    const antwoord = page.getByRole('dialog', { name: /^Antwoord van/ });
    await antwoord.getByLabel(veldnaam('Antwoord')).fill('Betrokkene heeft een lopende verblijfsaanvraag.');
    await antwoord.getByRole('radio', { name: /^Relevant/ }).check();
    await antwoord.getByRole('checkbox', { name: 'Er is een concrete verdenking van een strafbaar feit' }).check();
    await axeControleren(page, 'antwoord op navraag');
    await antwoord.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await antwoord.waitFor({ state: 'detached' });
    const kaart = page.getByRole('article', { name: 'Navraag bij Immigratie- en Naturalisatiedienst (IND)' });
    await kaart.getByText('Betrokkene heeft een lopende verblijfsaanvraag.').waitFor();
    await kaart.getByText('Concrete verdenking').waitFor();
    await scherm(page, '44-dossier-navraag');
  });

  it('toestemming van de politie om haar signaal met het RIEC te delen (art. 14.6); het OM kan dat niet', async () => {
    await page.getByRole('tab', { name: /^Toestemmingen/ }).click();
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Toestemming vastleggen' });
    await dialoog.getByRole('radio', { name: /^RIEC\/EMM/ }).check();
    await kies(page, dialoog, 'Over', `Signaal ${nummers.politie} (Politie (regio invullen))`);
    // The supplier is proposed; choosing the OM instead is refused with the article.
    await kies(page, dialoog, 'Gegeven door', 'Openbaar Ministerie — Arrondissementsparket (invullen)');
    // Art. 14.8: the supplier judged the further processing compatible with the purpose of collection.
    await dialoog.getByRole('checkbox', { name: /verenigbaar/ }).check();
    await dialoog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const weigering = dialoog.getByRole('alert').filter({ hasText: 'Alleen de leverende partner' });
    await weigering.waitFor();
    expect(await weigering.textContent()).toContain('(art. 14.6)');
    await axeControleren(page, 'toestemming geweigerd');
    await kies(page, dialoog, 'Gegeven door', 'Politie (regio invullen)');
    await dialoog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await dialoog.waitFor({ state: 'detached' });
    const rij = gegevensrij(page.getByRole('table', { name: 'Toestemmingen bij dit dossier' }), 0);
    expect(await rij.textContent()).toContain('Politie (regio invullen)');
    expect(await rij.textContent()).toContain('Geldig');
  });

  it('wie mag wat ontvangen: Belastingdienst, RIEC en Arbeidsinspectie, per item met het artikel', async () => {
    await page.getByRole('tab', { name: 'Wie mag wat ontvangen' }).click();
    const matrix = page.getByTestId('matrix');
    await matrix.waitFor();
    await page.getByRole('combobox', { name: 'Ontvangers tonen' }).click();
    for (const naam of ['Belastingdienst (regio invullen)', 'Regionaal Informatie- en Expertisecentrum (RIEC)', 'Arbeidsinspectie']) {
      await page.getByRole('listbox').getByRole('option', { name: naam }).click();
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => matrix.getByRole('row').count()).toBe(4);
    // The task comes from interventions (art. 16.5), never from a checkbox: here nobody has one yet
    // (tests/e2e/nodig.test.ts walks the choice once the casusoverleg assigned them).
    expect(await page.getByTestId('taak-SZW-AI').textContent()).toContain('Geen taak');

    const vorm = async (code: string, nummer: string) => {
      const id = await signaalId(nummer);
      return matrix.locator(`[data-ontvanger="${code}"] [data-item="signaal:${id}"]`);
    };
    // Without an intervention the Arbeidsinspectie gets nothing, not even its own signal (art. 16.5).
    await expect.poll(async () => (await vorm('SZW-AI', nummers.inspectie)).getAttribute('data-vorm')).toBe('geen');
    expect(await (await vorm('SZW-AI', nummers.inspectie)).textContent()).toContain('art. 16.5');
    // The RIEC without a task in a handover (art. 16.5).
    const riec = await vorm('RIEC', nummers.politie);
    expect(await riec.getAttribute('data-vorm')).toBe('geen');
    await riec.getByRole('button').focus();
    const reden = page.getByTestId('matrix-reden');
    await expect.poll(() => reden.textContent()).toMatch(/Geweigerd: .*\(art\. 16\.5\)/);
    await scherm(page, '45-matrix');

    // For the RIEC's advice the politie's consent lifts art. 14.6, but criminal data still needs the OvJ (art. 21.8).
    await kies(page, page, 'Doel van de verstrekking', 'Advies van het RIEC');
    await expect.poll(async () => (await vorm('RIEC', nummers.politie)).textContent()).toContain('art. 21.8');
    expect(await (await vorm('RIEC', nummers.inspectie)).textContent()).toContain('art. 12.17');
  });

  it('spoed: de zorgcoördinator bevestigt met het eigen wachtwoord (art. 12.21)', async () => {
    // Art. 21.6: before immediate action on a signal not from a care partner, the weighing of the victim's interests.
    await page.getByRole('tab', { name: 'Wie mag wat ontvangen' }).click();
    await page.getByRole('textbox', { name: 'Afweging' }).fill('Synthetische afweging: een controle op het adres brengt het slachtoffer niet in gevaar.');
    await page.getByRole('button', { name: 'Afweging vastleggen' }).click();
    await page.getByTestId('afweging').waitFor();
    await page.getByRole('tab', { name: /^Spoed/ }).click();
    const form = page.getByRole('form', { name: 'Spoedbesluit nemen' });
    await form.getByRole('combobox', { name: veldnaam('Partners die onmiddellijk moeten handelen') }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Politie (regio invullen)' }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel(veldnaam('Wat moet er onmiddellijk gebeuren?')).fill('Vandaag controle op de huisvesting bij de kas; slachtoffers naar opvang.');
    await form.getByLabel(veldnaam('Gebruikersnaam van de zorgcoördinator')).fill(ZORG.naam);
    await form.getByLabel(veldnaam('Wachtwoord van de zorgcoördinator')).fill('niet het wachtwoord');
    await form.getByRole('button', { name: 'Spoedbesluit vastleggen' }).click();
    await form.getByText('Het wachtwoord van de medebeslisser klopt niet; er is niets vastgelegd.').waitFor();
    await form.getByText('Onjuist wachtwoord').waitFor();
    await form.getByLabel(veldnaam('Wachtwoord van de zorgcoördinator')).fill(ZORG.wachtwoord);
    await form.getByRole('button', { name: 'Spoedbesluit vastleggen' }).click();
    await page.getByText('Het spoedbesluit is vastgelegd en wacht op bevestiging in het casusoverleg.').waitFor();
    const status = page.getByTestId('spoed-status');
    expect(await status.textContent()).toBe('Wacht op bevestiging in het casusoverleg');
    expect(await page.getByRole('article', { name: /^Spoedbesluit/ }).textContent()).toContain(`${ZORG.naam} (zorgcoördinator)`);
    await scherm(page, '46-spoed');

    // The provisions log has the spoed provision to the politie (art. 12.21, 25.3); a provision by
    // telephone to the RIEC is checked item by item and refused with the article.
    await page.getByRole('tab', { name: /^Verstrekkingen/ }).click();
    const log = page.getByRole('table', { name: 'Verstrekkingenlog van dit dossier' });
    await log.getByRole('row').filter({ hasText: 'Politie (regio invullen)' }).filter({ hasText: 'Spoed' }).first().waitFor();
    await page.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Verstrekking vastleggen' });
    await kies(page, dialoog, 'Ontvanger', 'Regionaal Informatie- en Expertisecentrum (RIEC)');
    await kies(page, dialoog, 'Doel', 'Advies van het RIEC');
    await dialoog.getByRole('button', { name: 'Vastleggen' }).click();
    const geweigerd = dialoog.getByRole('alert').filter({ hasText: 'Niet verstrekt aan Regionaal Informatie- en Expertisecentrum (RIEC)' });
    await geweigerd.waitFor();
    expect(await geweigerd.textContent()).toContain('(art. 21.8)');
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();
    await dialoog.waitFor({ state: 'detached' });

    // The next step of art. 10.1, with its reason in the timeline.
    await page.getByRole('button', { name: 'Naar weging en kwalificatie' }).click();
    const stap = page.getByRole('dialog', { name: 'Naar weging en kwalificatie' });
    await stap.getByLabel(veldnaam('Toelichting')).fill('Dossier compleet na navraag');
    await stap.getByRole('button', { name: 'Stap zetten' }).click();
    await stap.waitFor({ state: 'detached' });
    await page.getByText('Het dossier is nu in de stap weging en kwalificatie.').waitFor();
    await page.getByRole('tab', { name: 'Tijdlijn' }).click();
    await page.getByRole('list', { name: 'Tijdlijn' }).getByText('Dossier compleet na navraag').waitFor();
    expect(await page.getByRole('button', { name: 'Terug naar dossiervorming' }).count()).toBe(1);
  });

  it('een signaal bekijken: eerst geanonimiseerd, identificerend alleen op verzoek en gelogd (art. 6.2, 9.5); het besluit van art. 16.3', async () => {
    await nav(page, 'Signalen').click();
    await page.getByRole('table', { name: 'Signalen' }).getByRole('button', { name: nummers.jeugdzorg }).click();
    await h1(page, `Signaal ${nummers.jeugdzorg}`).waitFor();
    const vorm = page.getByTestId('vorm-melding');
    await vorm.getByText(/Afgeschermd: .*Naam \(slachtoffer\)/).waitFor();
    await page.getByText('Minderjarig slachtoffer (16 jaar)').first().waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Sanne');
    await scherm(page, '47-signaal-detail');

    await vorm.getByRole('button', { name: 'Toon identificerende gegevens' }).click();
    await page.getByText('U ziet de identificerende gegevens. Deze inzage is vastgelegd in het auditlog (art. 6.2, 9.5).').waitFor();
    await page.locator('[data-veld="slachtoffer.naam"]').getByText('Sanne de Wit').waitFor();
    const audit = await brug.api('audit.lijst', { actie: 'signaal.ingezien' });
    expect((audit.waarde as { regels: Array<{ onderwerp: string }> }).regels.map((r) => r.onderwerp)).toContain(`signaal:${nummers.jeugdzorg}`);
    await page.getByRole('button', { name: 'Weer afschermen' }).click();
    await vorm.getByText(/Afgeschermd:/).waitFor();

    const besluit = page.getByRole('form', { name: 'Besluit over dossiervorming' });
    await besluit.getByRole('radio', { name: 'Leidt tot een dossier' }).check();
    await besluit.getByLabel(veldnaam('Toelichting')).fill('Bespreken in het eerstvolgende zorgoverleg');
    await besluit.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Het besluit is vastgelegd: leidt tot een dossier.').waitFor();

    // Editing a submitted signal shows the identifying data (logged) and checks the whole form again.
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await h1(page, `Signaal ${nummers.jeugdzorg} bewerken`).waitFor();
    const slachtoffer = sectie(page, 'Personalia slachtoffer');
    expect(await slachtoffer.getByLabel(veldnaam('Naam')).inputValue()).toBe('Sanne de Wit');
    await slachtoffer.getByLabel(veldnaam('Nationaliteit')).fill('Nederlandse');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await h1(page, `Signaal ${nummers.jeugdzorg} opgeslagen`).waitFor();

    // The matching page has no open proposals left: both were decided.
    await nav(page, 'Signalen').click();
    await page.getByRole('tab', { name: 'Mogelijk dezelfde persoon' }).click();
    await page.getByText('Er zijn geen open voorstellen.').waitFor();
  });

  it('de indicatorencatalogus: toevoegen, hernoemen, intrekken; en de namen van de vijf fasen (art. 14.4, 15.2)', async () => {
    await page.getByRole('tab', { name: 'Indicatoren en fasen beheren' }).click();
    const werk = sectie(page, 'Arbeidsomstandigheden');
    await werk.getByRole('button', { name: /^Indicator toevoegen/ }).click();
    let dialoog = page.getByRole('dialog', { name: 'Indicator toevoegen aan Arbeidsomstandigheden' });
    await dialoog.getByLabel(veldnaam('Omschrijving')).fill('Moet boetes betalen bij ziekte of te langzaam werken');
    await dialoog.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await page.getByText('De indicator is toegevoegd.').waitFor();
    const nieuw = werk.getByRole('row').filter({ hasText: 'Moet boetes betalen bij ziekte of te langzaam werken' });
    expect(await nieuw.getAttribute('data-code')).toBe('WERK-06');

    await werk.getByRole('button', { name: 'Hernoemen WERK-06' }).click();
    dialoog = page.getByRole('dialog', { name: 'Indicator WERK-06 hernoemen' });
    await dialoog.getByLabel(veldnaam('Omschrijving')).fill('Krijgt boetes bij ziekte of te langzaam werken');
    await dialoog.getByRole('button', { name: 'Hernoemen' }).click();
    await page.getByText('Indicator WERK-06 is hernoemd.').waitFor();

    await werk.getByRole('button', { name: 'Intrekken WERK-05' }).click();
    dialoog = page.getByRole('dialog', { name: 'Indicator WERK-05 intrekken?' });
    await dialoog.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('Indicator WERK-05 is ingetrokken.').waitFor();
    const ingetrokken = werk.locator('[data-code="WERK-05"]');
    expect(await ingetrokken.getAttribute('data-actief')).toBe('false');
    expect(await ingetrokken.textContent()).toContain(`Ingetrokken per ${nlDatum(vandaag())}`);

    const fasen = page.getByRole('form', { name: 'Fasen van het vijffasenmodel' });
    await fasen.getByLabel(veldnaam('Fase 5')).fill('Afgesloten');
    await fasen.getByRole('button', { name: 'Fasen opslaan' }).click();
    await page.getByText('De namen van de fasen zijn opgeslagen.').waitFor();
    await scherm(page, '48-indicatoren-en-fasen');

    // A retired indicator is not offered for a new signal; the new one and the new phase name are.
    await page.getByRole('button', { name: 'Nieuw signaal' }).click();
    await h1(page, 'Nieuw signaal').waitFor();
    const indicatoren = sectie(page, 'Indicatoren');
    await indicatoren.getByRole('checkbox', { name: 'Krijgt boetes bij ziekte of te langzaam werken' }).waitFor();
    expect(await indicatoren.getByRole('checkbox', { name: 'Moet werk doen dat anders is dan beloofd bij de werving' }).count()).toBe(0);
    await sectie(page, 'Fase en delen').getByRole('radio', { name: '5 · Afgesloten' }).waitFor();
    // A draft needs no complete form, and only its author sees it.
    await page.getByLabel(veldnaam('Samenvatting')).fill('Half ingevuld: melding volgt nog');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText(/^Concept S-\d{4}-\d+ is opgeslagen\.$/).waitFor();
    await h1(page, /^Signaal S-\d{4}-\d+ bewerken$/).waitFor();
    await nav(page, 'Signalen').click();
    await kies(page, page, 'Status', 'Concept');
    await expect.poll(() => page.getByTestId('signalen-totaal').textContent()).toBe('1 signaal');
    await page.getByRole('button', { name: 'Filters wissen' }).click();

  });

  it('het dossier: betrokkenen afgeschermd, een signaal eruit en terug, afsplitsen, een toestemming intrekken', async () => {
    await nav(page, 'Dossiers').click();
    await page.getByRole('table', { name: 'Dossiers' }).getByRole('button', { name: /^D-\d{4}-\d+$/ }).click();
    await h1(page, /Tuinbouwkas Westland$/).waitFor();

    await page.getByRole('tab', { name: /^Betrokkenen/ }).click();
    const betrokkenen = page.getByRole('table', { name: /^Betrokkenen/ });
    expect(await betrokkenen.textContent()).not.toMatch(/Popes|Dalen/);
    expect(await betrokkenen.getByText('afgeschermd').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Toon identificerende gegevens' }).click();
    await page.getByText('U ziet de identificerende gegevens. Deze inzage is vastgelegd in het auditlog (art. 6.2, 9.5).').waitFor();
    await betrokkenen.getByText('Ioana Popesco').waitFor();
    await page.getByRole('button', { name: 'Weer afschermen' }).click();
    await expect.poll(() => betrokkenen.getByText('Ioana Popesco').count()).toBe(0);

    await page.getByRole('tab', { name: /^Signalen/ }).click();
    const signalen = page.getByRole('table', { name: 'Signalen in dit dossier' });
    await signalen.getByRole('button', { name: `Uit dossier halen ${nummers.zorg}` }).click();
    await page.getByRole('dialog', { name: 'Signaal uit het dossier halen?' }).getByRole('button', { name: 'Uit dossier halen' }).click();
    await page.getByText(`Signaal ${nummers.zorg} is uit het dossier gehaald.`).waitFor();
    await expect.poll(() => signalen.getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Signalen toevoegen' }).click();
    const toevoegen = page.getByRole('dialog', { name: 'Signalen toevoegen aan het dossier' });
    await toevoegen.getByRole('checkbox', { name: new RegExp(`^${nummers.zorg}`) }).check();
    await toevoegen.getByRole('button', { name: 'Signalen toevoegen' }).click();
    await page.getByText('1 signaal is toegevoegd.').waitFor();
    await expect.poll(() => signalen.getByRole('row').count()).toBe(4);

    await page.getByRole('tab', { name: /^Toestemmingen/ }).click();
    await page.getByRole('button', { name: /^Intrekken/ }).click();
    const intrekken = page.getByRole('dialog', { name: 'Toestemming intrekken?' });
    await intrekken.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('De toestemming is ingetrokken.').waitFor();
    expect(await page.getByRole('table', { name: 'Toestemmingen bij dit dossier' }).textContent()).toContain(`Ingetrokken per ${nlDatum(vandaag())}`);

    await page.getByRole('tab', { name: /^Signalen/ }).click();
    await page.getByRole('button', { name: 'Dossier splitsen' }).click();
    const splitsen = page.getByRole('dialog', { name: /^Dossier D-\d{4}-\d+ splitsen$/ });
    await splitsen.getByRole('checkbox', { name: new RegExp(`^${nummers.zorg}`) }).check();
    await splitsen.getByLabel(veldnaam('Titel van het dossier')).fill('Zorgtraject Westland');
    await splitsen.getByRole('button', { name: 'Dossier splitsen' }).click();
    await h1(page, /Zorgtraject Westland$/).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Signalen in dit dossier' }).getByRole('row').count()).toBe(2);

    await nav(page, 'Dossiers').click();
    await h1(page, 'Dossiers').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Dossiers' }).getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Dossiervorming (0)' }).click();
    await page.getByText('Geen dossiers in deze processtap.').waitFor();
    await page.getByRole('button', { name: 'Weging en kwalificatie (2)' }).click();
    // The step filter reloads the list: wait for its rows rather than read the table mid-load.
    await expect.poll(() => page.getByRole('table', { name: 'Dossiers' }).getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Alle (2)' }).click();
    await scherm(page, '49-dossiers');
    expect(s.fouten).toEqual([]);
  });
});

async function signaalId(nummer: string): Promise<number> {
  const r = await brug.api('signalen.lijst', { limiet: 500 });
  return (r.waarde as { rijen: Array<{ id: number; nummer: string }> }).rijen.find((x) => x.nummer === nummer)!.id;
}
