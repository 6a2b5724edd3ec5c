/**
 * Inzage, correctie en verzet (art. 25–27; ADR 0023) with two real encrypted bestanden and real bundles:
 * - an inzage answer for a person written three ways holds all three signals and every provision of
 *   them, nothing about a namesake with another birth date; the PDF is tagged and confidential; a
 *   withheld part is gone and marked with its art. 25.4 ground; the release is itself a provision;
 * - a correction reaches the politie installation in a `correctie` bundle and is applied to its extract;
 * - an upheld verzet makes the handover wizard and a manual provision refuse, citing art. 27.2; lifting
 *   it is audited with who and why.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/backend/api';
import { aanroeper, centraalEnPolitie, opruimen, partnerIds, tijdelijkeMap, weigeraar } from '../fixtures/omgeving';
import { pdfLezen } from '../fixtures/pdf-lezen';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-inzage';

describe('inzage, correctie en verzet', () => {
  let werk: string;
  let stick: string;
  let centraal: Router;
  let politie: Router;
  let c: ReturnType<typeof aanroeper>;
  let p: ReturnType<typeof aanroeper>;
  let ids: Record<string, number>;
  const personen: number[] = [];
  let naamgenoot = 0;
  let dossier1 = 0;
  const signaalNummers: string[] = [];

  const signaal = (bron: string, naam: string, geboortedatum: string, samenvatting: string) => ({
    formulier: {
      datumTijd: '2026-10-01T10:00',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: ids[bron] },
      bron: { naam: 'Synthetische Bron', partnerId: ids[bron] },
      slachtoffer: { naam, geboortedatum, woonplaats: 'Proefdorp' },
      pleger: { naam: 'Synthetische Derdepersoon', geboortedatum: '1980-01-01' },
      samenvatting,
      vermoedens: ['sociaal-economische-uitbuiting'],
      fase: 3,
      delen: 'identificeerbaar',
    },
    indienen: true,
  });
  const persoonVan = async (signaalId: number) =>
    (await c<{ personen: Array<{ rol: string; persoonId: number }> }>('signalen.detail', { id: signaalId, vorm: 'geanonimiseerd' })).personen.find((x) => x.rol === 'slachtoffer')!.persoonId;

  beforeAll(async () => {
    werk = await tijdelijkeMap('inzage');
    ({ stick, centraal, politie, c, p } = await centraalEnPolitie(werk, WACHTWOORD));
    await c('gebruikers.toevoegen', { naam: 'privacy', weergavenaam: 'Privacy', rol: 'privacy-medewerker', wachtwoord: WACHTWOORD });
    ids = await partnerIds(centraal);

    // One person, written three ways by three signals; a namesake with another birth date.
    const s1 = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('POLITIE', 'Synthetische Annabel Kowalczyk', '1991-05-06', 'Werkt zonder loon in een nagelstudio.'));
    const s2 = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('SZW-AI', 'Synthetische Anabel Kowalzcyk', '1991-05-06', 'Slaapt op de werkplek van een kwekerij.'));
    const s3 = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('SZW-AI', 'Kowalczyk Synthetische Annabel', '1991-05-06', 'Paspoort ingenomen door werkgever.'));
    const s4 = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('POLITIE', 'Synthetische Annabel Kowalczyk', '1970-01-01', 'Naamgenootwoord in een ander geval.'));
    for (const s of [s1, s2, s3]) {
      personen.push(await persoonVan(s.id));
      signaalNummers.push(s.nummer);
    }
    naamgenoot = await persoonVan(s4.id);

    // Provisions: a handover of the first signal to the politie, a manual provision of the other two to SZW.
    dossier1 = (await c<{ id: number }>('dossiers.maken', { signaalIds: [s1.id], titel: 'Nagelstudio Proefdorp' })).id;
    await c('dossiers.faseWijzigen', { id: dossier1, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: overlegId });
    await c('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = (await c<{ punten: Array<{ id: number }> }>('overleg.detail', { id: overlegId })).punten[0]!;
    await c('overleg.besluiten', { puntId: punt.id, kwalificatie: 'arbeidsuitbuiting', besluit: 'interventies', belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).', interventies: [{ partnerId: ids.POLITIE, omschrijving: 'Gesprek met het slachtoffer', deadline: '2027-01-31' }] });
    const { bundels } = await c<{ bundels: Array<{ pad: string }> }>('overdracht.uitvoeren', { dossierId: dossier1, doelmap: stick });
    await p('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    const dossier2 = (await c<{ id: number }>('dossiers.maken', { signaalIds: [s2.id, s3.id], titel: 'Kwekerij Proefdorp' })).id;
    await c('verstrekkingen.vastleggen', { dossierId: dossier2, ontvangerId: ids['SZW-AI'], doel: 'navraag' });
  }, 120_000);
  afterAll(async () => {
    await centraal.afsluiten();
    await politie.afsluiten();
    await opruimen(werk);
  });

  it('inzage: alle drie schrijfwijzen en elke verstrekking, niets over de naamgenoot; PDF getagd en vertrouwelijk; achtergehouden gemarkeerd', async () => {
    await c('sessie.aanmelden', { gebruiker: 'privacy', wachtwoord: WACHTWOORD });
    const alle = await c<Array<{ id: number; ontvanger: { naam: string }; items: Array<{ sleutel: string }> }>>('verstrekkingen.lijst', {});
    const doc = await c<{ onderdelen: Array<{ sleutel: string; soort: string; titel: string; velden: Array<{ label: string; waarde: string }>; achtergehouden: unknown }> }>('rechten.inzage.voorbeeld', { persoonIds: personen });
    const tekst = JSON.stringify(doc);
    for (const n of signaalNummers) expect(doc.onderdelen.map((o) => o.titel)).toContain(`Signaal ${n}`);
    for (const naam of ['Synthetische Annabel Kowalczyk', 'Synthetische Anabel Kowalzcyk', 'Kowalczyk Synthetische Annabel']) expect(tekst).toContain(naam);
    // Every provision of these signals is there, with recipient and article.
    const verstrekkingen = doc.onderdelen.filter((o) => o.soort === 'verstrekking');
    expect(verstrekkingen.map((o) => o.sleutel).sort()).toEqual(alle.map((v) => `verstrekking:${v.id}`).sort());
    expect(verstrekkingen.map((o) => o.titel).join(' ')).toMatch(/Politie/);
    expect(JSON.stringify(verstrekkingen)).toMatch(/art\. 16\.5/);
    // Nothing about the namesake, and nothing about the third person in the same signals (art. 25.4 sub e).
    expect(tekst).not.toContain('Naamgenootwoord');
    expect(tekst).not.toContain('1970');
    expect(tekst).not.toContain('Derdepersoon');
    // The reporting staff are others too (art. 25.4 sub e): their organisation is named, they are not.
    expect(tekst).not.toContain('Synthetische Melder');
    expect(tekst).not.toContain('Synthetische Bron');
    expect(doc.onderdelen.some((o) => o.sleutel === `persoon:${naamgenoot}`)).toBe(false);

    // Withhold the handover's signal on ground b (an investigation).
    const teVerbergen = doc.onderdelen.find((o) => o.titel === `Signaal ${signaalNummers[0]}`)!.sleutel;
    const gemaakt = await c<{ pad: string; verstrekkingId: number; achtergehouden: number }>('rechten.inzage.maken', {
      persoonIds: personen,
      achterhouden: [{ sleutel: teVerbergen, grond: 'b', toelichting: '' }],
      doelmap: stick,
    });
    expect(gemaakt.achtergehouden).toBe(1);
    expect(path.basename(gemaakt.pad)).toMatch(/^\d{8}-inzage-art25-[0-9a-f]{8}\.pdf$/);
    const pdf = await pdfLezen(gemaakt.pad, { afbeeldingen: { map: path.join(process.cwd(), 'test-artifacts', 'inzage'), naam: 'inzage' } });
    expect(pdf.getagd).toBe(true);
    expect(pdf.tekst).toContain('Vertrouwelijk — geheimhoudingsplicht op grond van art. 21.1');
    expect(pdf.tekst).toMatch(/Pagina 1 van \d+/);
    expect(pdf.tekst).toContain('Overzicht van uw gegevens');
    expect(pdf.tekst).toContain(signaalNummers[1]);
    expect(pdf.tekst).not.toContain(signaalNummers[0]);
    expect(pdf.tekst).not.toContain('nagelstudio');
    expect(pdf.tekst).toMatch(/Niet opgenomen op grond van art\. 25\.4 sub b/);
    expect(pdf.tekst).not.toContain('Naamgenootwoord');
    // The release is a provision to the person (art. 25.3), and audited.
    const na = await c<Array<{ id: number; ontvanger: { id: number; naam: string }; doel: string }>>('verstrekkingen.lijst', {});
    expect(na.find((v) => v.id === gemaakt.verstrekkingId)).toMatchObject({ ontvanger: { id: 0, naam: expect.stringContaining('betrokkene') }, doel: 'inzage' });
    const audit = await c<{ regels: Array<{ actie: string }> }>('audit.lijst', { actie: 'verstrekking' });
    expect(audit.regels.length).toBeGreaterThan(0);
    // A part that does not belong to these persons cannot be "withheld".
    const fout = await weigeraar(centraal)('rechten.inzage.voorbeeld', { persoonIds: personen, achterhouden: [{ sleutel: 'signaal:999', grond: 'a' }] });
    expect(fout.code).toBe('ONGELDIGE_INVOER');
    // The beheerder and case roles cannot ask for it; the privacy-medewerker cannot correct.
    expect((await weigeraar(centraal)('rechten.correctie.uitvoeren', { persoonIds: personen, veld: 'woonplaats', soort: 'verbetering', nieuweWaarde: 'X', reden: 'onjuist', besloten: '2026-11-01', doelmap: stick })).code).toBe('GEEN_TOEGANG');
  });

  it('correctie: uitgevoerd in het bestand, en de politie-installatie past haar uittreksel aan', async () => {
    await c('sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    const r = await c<{ gewijzigd: number; bundels: Array<{ pad: string; aan: string[] }>; overgeslagen: Array<{ partner: string }> }>('rechten.correctie.uitvoeren', {
      persoonIds: personen,
      veld: 'woonplaats',
      soort: 'verbetering',
      nieuweWaarde: 'Synthetisch Nieuwdorp',
      reden: 'De woonplaats was onjuist gemeld (art. 26.2 sub a)',
      besloten: '2026-11-20',
      doelmap: stick,
    });
    expect(r.gewijzigd).toBe(3);
    expect(r.bundels.map((x) => x.aan)).toEqual([['POLITIE']]);
    // SZW received two signals but has no confirmed key here: reported, to be told another way.
    expect(r.overgeslagen.map((x) => x.partner).join()).toMatch(/Arbeidsinspectie|SZW/);
    expect(await fs.readFile(r.bundels[0]!.pad, 'latin1')).not.toContain('Nieuwdorp');

    await p('bundels.inlezen', { pad: r.bundels[0]!.pad, bevestigingMap: stick });
    const [ontvangen] = await p<Array<{ id: number }>>('ontvangen.lijst');
    const extract = await p<{ gegevens: Array<{ formulier: { slachtoffer: { woonplaats: string } } }>; correcties: Array<{ status: string; veld: string }> }>('ontvangen.detail', { id: ontvangen!.id });
    expect(extract.gegevens[0]!.formulier.slachtoffer.woonplaats).toBe('Synthetisch Nieuwdorp');
    expect(extract.correcties).toEqual([expect.objectContaining({ status: 'toegepast', veld: 'woonplaats' })]);

    // An aanvulling fills the field the extract left empty.
    const aanvulling = await c<{ bundels: Array<{ pad: string }> }>('rechten.correctie.uitvoeren', {
      persoonIds: [personen[0]],
      veld: 'nationaliteit',
      soort: 'aanvulling',
      nieuweWaarde: 'Pools',
      reden: 'De nationaliteit ontbrak (art. 26.2 sub b)',
      besloten: '2026-11-21',
      doelmap: stick,
    });
    await p('bundels.inlezen', { pad: aanvulling.bundels[0]!.pad, bevestigingMap: stick });
    const lijst = await p<Array<{ status: string; veld: string }>>('ontvangen.correcties');
    expect(lijst.map((x) => `${x.veld}:${x.status}`).sort()).toEqual(['nationaliteit:toegepast', 'woonplaats:toegepast']);
    // The search index follows: the new value is found, the old one only for the namesake, who was not corrected.
    expect((await c<{ totaal: number }>('signalen.lijst', { zoek: 'Nieuwdorp' })).totaal).toBe(3);
    expect((await c<{ totaal: number }>('signalen.lijst', { zoek: 'Proefdorp' })).totaal).toBe(1);
  });

  it('verzet: de beleidsmodule weigert elke verstrekking met art. 27.2; opheffen wordt geaudit', async () => {
    await c('sessie.aanmelden', { gebruiker: 'privacy', wachtwoord: WACHTWOORD });
    const [blokkade] = await c<Array<{ id: number; grond: string }>>('rechten.verzet.blokkeren', { persoonIds: [personen[0]], toelichting: 'Verzet gegrond wegens bijzondere omstandigheden' });
    expect(blokkade!.grond).toBe('verzet');
    await c('sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    // The wizard: every item of the person refused with art. 27.2.
    const voorbeeld = await c<{ ontvangers: Array<{ items: Array<{ beslissing: { toegestaan: boolean; artikel: string; reden: string } }> }> }>('overdracht.voorbereiden', { dossierId: dossier1 });
    const beslissingen = voorbeeld.ontvangers.flatMap((o) => o.items.map((i) => i.beslissing));
    expect(beslissingen.length).toBeGreaterThan(0);
    for (const b of beslissingen) expect(b).toMatchObject({ toegestaan: false, artikel: 'art. 27.2' });
    // The merged entity does not matter: the other two rows of the same person are blocked only through their own ids.
    const weigering = await weigeraar(centraal)('verstrekkingen.vastleggen', { dossierId: dossier1, ontvangerId: ids.POLITIE, doel: 'navraag' });
    expect(weigering).toMatchObject({ code: 'CONVENANTREGEL', artikel: 'art. 27.2' });

    await c('sessie.aanmelden', { gebruiker: 'privacy', wachtwoord: WACHTWOORD });
    expect((await weigeraar(centraal)('rechten.verzet.opheffen', { blokkadeId: blokkade!.id, reden: 'kort' })).code).toBe('ONGELDIGE_INVOER');
    await c('rechten.verzet.opheffen', { blokkadeId: blokkade!.id, reden: 'Bezwaar gegrond verklaard; verzet alsnog ongegrond' });
    const audit = await c<{ regels: Array<{ actie: string; gebruiker: string; details: Record<string, unknown> }> }>('audit.lijst', { actie: 'rechten.verzet.opgeheven' });
    expect(audit.regels[0]).toMatchObject({ gebruiker: 'privacy', details: expect.objectContaining({ reden: 'Bezwaar gegrond verklaard; verzet alsnog ongegrond', artikel: 'art. 27.2' }) });
    const [opgeheven] = await c<Array<{ opgehevenDoor: string | null }>>('rechten.blokkades', { persoonIds: [personen[0]] });
    expect(opgeheven!.opgehevenDoor).toBe('privacy');
    await c('sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    const weer = await c<{ ontvangers: Array<{ items: Array<{ beslissing: { toegestaan: boolean } }> }> }>('overdracht.voorbereiden', { dossierId: dossier1 });
    expect(weer.ontvangers[0]!.items.every((i) => i.beslissing.toegestaan)).toBe(true);
  });
});
