/**
 * The demo bestand: a separate bestand full of synthetic data, so a newcomer sees a working app at
 * once (issue: "npm run demo"). Every name here is made up; no real data ever enters the repository.
 */
import { demoNamensBevestigen } from '../bestand/geheimhouding';
import { GEHEIMHOUDINGSTEKST } from '@shared/domein/geheimhouding';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Rol } from '@shared/rollen';
import { maandenErbij, vandaag } from '@shared/datum';
import type { Bestand } from '../bestand/bestand';
import { opschriftZetten, type Opschrift } from '../bestand/sleutelslots';
import { bestandMaken } from '../keten/inrichten';
import * as gebruikers from '../bestand/gebruikers';
import * as partners from '../keten/partners';
import * as signalen from '../keten/signalen';
import * as dossiers from '../keten/dossiers';
import * as navraag from '../keten/navraag';
import * as toestemmingen from '../keten/toestemmingen';
import { spoedVastleggen } from '../keten/spoed';
import { OVERGANGEN, type Dossierfase } from '@shared/domein/dossier';
import { formatCasusSchema } from '@shared/domein/signaal';
import { persoon, signaalFormulier, spellingsvariant, willekeur } from './synthetisch';
import { jaarplanVoorstellen } from '../overleg/planner';
import { overlegPlannen, statusWijzigen } from '../overleg/overleggen';
import { agendaSamenstellen } from '../overleg/agenda';
import { puntBesluiten } from '../overleg/besluiten';
import { partnerSleutelBevestigen, partnerSleutelImporteren } from '../bundels/sleutels';
import { sleutelpaarGenereren } from '../bestand/eigensleutel';
import { dagenErbij } from '@shared/domein/rechten';
import * as rechten from '../rechten/verzoeken';
import { personenVinden } from '../rechten/personen';
import { informerenVastleggen } from '../rechten/informeren';
import { vandaag as klokVandaag } from '../klok';
import os from 'node:os';
import { overdrachtUitvoeren } from '../overdracht/wizard';
import { eigenSleutel } from '../bundels/sleutels';
import { ZORGSOORTEN } from '../beleid/categorie';
import { bundelbestandLezen, bundelInlezen } from '../bundels/inlezen';
import { INLEESHANDLERS } from '../overdracht/inleeshandlers';
import { DEMO_PARTNER_NAAM, DEMO_PARTNERMAP, partnerBeginnen, partnerOntvangt, type Sleutelkaart } from './partner';

export { DEMO_PARTNER_GEBRUIKERS, DEMO_PARTNER_NAAM, DEMO_PARTNERMAP } from './partner';

export const DEMOMAP = 'demo';
export const DEMO_NAAM = 'Demo Ketenbestand Regio Voorbeeld';

/** The name the file list and the login screen give a demo install, from its label (ADR 0019): its own name is encrypted. */
export const demoNaam = (o: Opschrift | null): string | null => (o?.demo ? (o.partner ? DEMO_PARTNER_NAAM : DEMO_NAAM) : null);
/** Printed on the first-start screen: the demo holds only synthetic data. */
export const DEMO_WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';

/**
 * Where a newcomer's day starts (README, tests/e2e/demodag.test.ts): the politie reported this made-up
 * person twelve days ago, outside any dossier; a new signal about `variant` with the same date of birth
 * gets a match proposal (art. 7.2).
 */
export const DEMO_DAG = { naam: 'Mirela Stanciu', variant: 'Mirela Stancu', geboortedatum: '2001-06-14' } as const;

export const DEMO_GEBRUIKERS: ReadonlyArray<{ naam: string; weergavenaam: string; rol: Rol }> = [
  { naam: 'demo.regisseur', weergavenaam: 'Fenna de Wit (demo)', rol: 'ketenregisseur' },
  { naam: 'demo.zorg', weergavenaam: 'Joris Bakhuis (demo)', rol: 'zorgcoordinator' },
  { naam: 'demo.bewerker', weergavenaam: 'Sanne Verhoef (demo)', rol: 'bewerker' },
  { naam: 'demo.privacy', weergavenaam: 'Ilse Oostdam (demo)', rol: 'privacy-medewerker' },
  { naam: 'demo.beheer', weergavenaam: 'Ruben Kampman (demo)', rol: 'beheerder' },
];

const CONTACTEN: Array<[string, string, string]> = [
  ['POLITIE', 'Karim Benali (demo)', 'Coördinator mensenhandel'],
  ['OM', 'Mr. Anouk Spaans (demo)', 'Officier van justitie mensenhandel'],
  ['SZW-AI', 'Daan Heemskerk (demo)', 'Inspecteur arbeidsuitbuiting'],
  ['GEM-VEILIGHEID', 'Lotte van Dijk (demo)', 'Beleidsadviseur veiligheid'],
  ['ZORGCOORD', 'Joris Bakhuis (demo)', 'Zorgcoördinator mensenhandel'],
  ['RIEC', 'Pieter Zandstra (demo)', 'Analist'],
];

/**
 * Built in hidden folders and renamed at the end, so a failed run never leaves half a demo. Next to the
 * demo the politie's own installation (demo/partner.ts) that received the demo's real handover bundle.
 */
export async function demoMaken(map: string): Promise<typeof DEMO_GEBRUIKERS> {
  const tijdelijk = path.join(path.dirname(map), `.${path.basename(map)}-in-aanbouw`);
  const partnerMap = path.join(path.dirname(map), DEMO_PARTNERMAP);
  const partnerTijdelijk = path.join(path.dirname(map), `.${DEMO_PARTNERMAP}-in-aanbouw`);
  const bundelmap = await fs.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-demo-'));
  await fs.rm(tijdelijk, { recursive: true, force: true });
  await fs.rm(partnerTijdelijk, { recursive: true, force: true });
  try {
    const partner = await partnerBeginnen(partnerTijdelijk, DEMO_WACHTWOORD);
    try {
      const bevestigingMap = path.join(bundelmap, 'bevestigingen');
      await fs.mkdir(bevestigingMap);
      await demoVullen(tijdelijk, { politie: partner.sleutel, bundelmap, politieOntvangt: (sleutel, bundels) => partnerOntvangt(partner.b, sleutel, bundels, bevestigingMap) });
    } finally {
      await partner.b.sluiten();
    }
    // So the login screen recognises the demo on every later visit and shows its accounts (ADR 0019).
    await opschriftZetten(tijdelijk, { demo: true });
    await opschriftZetten(partnerTijdelijk, { demo: true, partner: true });
    // A partner folder left by an earlier demo goes with it: the new central bestand trusts only the new key.
    await fs.rm(partnerMap, { recursive: true, force: true });
    await fs.rename(partnerTijdelijk, partnerMap);
    await fs.rename(tijdelijk, map);
  } catch (err) {
    await fs.rm(tijdelijk, { recursive: true, force: true });
    await fs.rm(partnerTijdelijk, { recursive: true, force: true });
    throw err;
  } finally {
    await fs.rm(bundelmap, { recursive: true, force: true });
  }
  return DEMO_GEBRUIKERS;
}

interface Demoopties {
  /** The politie installation's own key: the central bestand trusts it, so the politie can read its bundle. */
  politie: Sleutelkaart;
  /** Where the handover bundles are written; the caller removes the folder. */
  bundelmap: string;
  /** The politie reads the bundles made for it (demo/partner.ts) and answers with receipts (their paths). */
  politieOntvangt: (centraal: Sleutelkaart, bundels: string[]) => Promise<string[]>;
}

async function demoVullen(map: string, opties: Demoopties): Promise<void> {
  const [eerste, ...overige] = DEMO_GEBRUIKERS;
  const b = await bestandMaken(map, {
    naam: DEMO_NAAM,
    penvoerder: 'College van B&W van de gemeente Voorbeeldstad (demo)',
    profiel: 'centraal',
    gebruiker: eerste!.naam,
    weergavenaam: eerste!.weergavenaam,
    wachtwoord: DEMO_WACHTWOORD,
  });
  try {
    for (const g of overige) await gebruikers.gebruikerToevoegen(b, { ...g, wachtwoord: DEMO_WACHTWOORD });
    // Made-up accounts: their acknowledgment of art. 21.2 is recorded here, so the demo opens at the work (ADR 0043).
    await demoNamensBevestigen(b, GEHEIMHOUDINGSTEKST, DEMO_GEBRUIKERS.map((g) => g.naam));
    // The demo covenant was signed two years ago, so notices and accessions have a history.
    const ondertekend = maandenErbij(vandaag(), -24);
    await b.v.run("UPDATE partners SET toegetreden_op = ? WHERE rol = 'partij'", [ondertekend]);
    const lijst = await partners.partnersLijst(b.v);
    const idVan = (code: string) => lijst.find((p) => p.code === code)!.id;
    await b.v.transactie(async () => {
      for (const [code, naam, functie] of CONTACTEN) {
        await partners.contactpersoonToevoegen(b.v, idVan(code), { naam, functie, telefoon: '088 000 00 00', email: '' });
      }
      // An accession under way (art. 4.3): the Marechaussee has applied and half the parties agreed.
      const kmar = idVan('KMAR');
      const dag = vandaag();
      await partners.toetredingAanvragen(b.v, kmar, dag);
      const partijen = lijst.filter((p) => p.rol === 'partij');
      for (const p of partijen.slice(0, Math.ceil(partijen.length / 2))) {
        await partners.instemmingVastleggen(b.v, kmar, p.id, dag, eerste!.naam);
      }
      // A party that has given notice (art. 34.3).
      await partners.opzeggen(b.v, idVan('KVK'), maandenErbij(dag, -2));
    });
    await signalenEnDossiers(b, idVan);
    await overleggenEnSleutels(b, idVan, opties.politie);
    await rechtenVanBetrokkenen(b, idVan);
    const bundelsVoorPolitie = await elkeStroomTotHetEinde(b, idVan, opties.bundelmap);
    const eigen = await eigenSleutel(b);
    // The politie's receipts come back as they would on a USB stick: the handover ends confirmed.
    for (const pad of await opties.politieOntvangt({ publiek: eigen.publiek, vingerafdruk: eigen.vingerafdruk }, bundelsVoorPolitie)) {
      await bundelInlezen(b, await bundelbestandLezen(pad), INLEESHANDLERS);
    }
    await eenDagOmTeLopen(b, idVan);
    await b.audit('demo.gevuld', 'bestand', { synthetisch: true });
  } finally {
    await b.sluiten();
  }
}

const BRONNEN = ['POLITIE', 'SZW-AI', 'ZORGCOORD', 'COA', 'IND', 'GEM-SZW', 'GEM-BWT', 'BD', 'GEM-GGD', 'BJZ'];

/**
 * A few hundred signals, a tenth of them about a victim an earlier signal named too (spelled
 * differently, so matching has work), and dossiers in every process step.
 */
async function signalenEnDossiers(b: Bestand, idVan: (code: string) => number): Promise<void> {
  const r = willekeur(20261128);
  const indicatorIds = (await b.v.all<{ id: number }>('SELECT id FROM indicatoren')).map((x) => x.id);
  const ids: number[] = [];
  const slachtoffers: ReturnType<typeof persoon>[] = [];
  for (let i = 0; i < 300; i++) {
    const bron = idVan(BRONNEN[i % BRONNEN.length]!);
    let slachtoffer = persoon(r);
    if (i > 20 && i % 10 === 0) {
      const eerder = slachtoffers[Math.floor(r() * slachtoffers.length)]!;
      slachtoffer = { ...eerder, naam: spellingsvariant(r, eerder.naam) };
    }
    slachtoffers.push(slachtoffer);
    const formulier = formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: bron, indicatorIds, slachtoffer }));
    ids.push(await signalen.signaalOpslaan(b, { formulier, indienen: i % 50 !== 7 }));
  }
  const ingediend = (await b.v.all<{ id: number }>("SELECT id FROM signalen WHERE status = 'ingediend' ORDER BY id")).map((x) => x.id);
  const fasen: Dossierfase[] = ['dossiervorming', 'weging-en-kwalificatie', 'toewijzing-interventie', 'uitvoering-interventie', 'evaluatie', 'gesloten'];
  const titels = ['Distributiecentrum Havendorp', 'Nagelstudio Polderveen', 'Tuinbouwkas Westmaas', 'Massagesalon Kanaalzijde', 'Bouwplaats Oosterwijk', 'Autowasstraat Nieuwe Sluis', 'Schoonmaakbedrijf Bergenhoven', 'Vleesverwerking Voorbeeldstad', 'Hotel Havendorp', 'Restaurant Westmaas', 'Wisselende adressen Polderveen', 'Uitzendbureau Kanaalzijde'];
  let volgendSignaal = 0;
  for (let d = 0; d < titels.length; d++) {
    const aantal = 2 + (d % 3);
    const signaalIds = ingediend.slice(volgendSignaal, volgendSignaal + aantal);
    volgendSignaal += aantal;
    const id = await dossiers.dossierMaken(b, signaalIds, titels[d]!);
    const doel = fasen[d % fasen.length]!;
    let fase: Dossierfase = 'dossiervorming';
    while (fase !== doel) {
      const volgende: Dossierfase = OVERGANGEN[fase].find((f) => f !== 'dossiervorming')!;
      await dossiers.faseWijzigen(b, id, volgende, 'Demo: stap gezet');
      fase = volgende;
    }
    if (d < 4) {
      const n = await navraag.navraagVastleggen(b, { dossierId: id, partnerId: idVan('IND'), vraag: 'Is betrokkene bij u bekend?', gevraagdOp: '2026-10-01' });
      await navraag.navraagBeantwoorden(b, { id: n.id, beantwoordOp: '2026-10-08', antwoord: 'Bekend; aanvraag verblijfsvergunning loopt.', relevant: true, toelichting: '', concreteVerdenking: false });
    }
  }
  const eerste = await b.v.get<{ id: number; bron_partner_id: number }>('SELECT id, bron_partner_id FROM signalen WHERE dossier_id IS NOT NULL ORDER BY id LIMIT 1');
  if (eerste) {
    await toestemmingen.toestemmingVastleggen(b, { soort: 'riec-emm', signaalId: eerste.id, gegevenDoorPartnerId: eerste.bron_partner_id, gegevenOp: '2026-10-02', toelichting: 'Demo: telefonisch gegeven', doel: 'advies', verenigbaar: true });
    const dossierId = (await b.v.get<{ dossier_id: number }>('SELECT dossier_id FROM signalen WHERE id = ?', [eerste.id]))!.dossier_id;
    await spoedVastleggen(b, { dossierId, partnerIds: [idVan('POLITIE')], verzoek: 'Demo: direct een controle op het adres', medebeslisser: { gebruiker: 'demo.zorg', wachtwoord: DEMO_WACHTWOORD } });
  }
}

/**
 * A year of meetings from the planner, one casusoverleg already held (interventions, one overdue, and
 * a "geen actie" waiting for its purge), and the politie's key trusted so the handover wizard works.
 * The politie's key pair is made up here; its secret half is thrown away.
 */
async function overleggenEnSleutels(b: Bestand, idVan: (code: string) => number, politie: Sleutelkaart): Promise<void> {
  const jaar = Number(vandaag().slice(0, 4));
  const komend = [...jaarplanVoorstellen(jaar), ...jaarplanVoorstellen(jaar + 1)].filter((o) => o.datum > vandaag());
  for (const o of komend.filter((o, i) => i < 10 && komend.findIndex((x) => x.datum === o.datum && x.soort === o.soort) === i)) {
    await overlegPlannen(b, { soort: o.soort, datum: o.datum, tijd: '10:00', locatie: 'Stadskantoor, zaal 4 (demo)', waarschuwingenBevestigd: true });
  }
  const { id } = await overlegPlannen(b, { soort: 'casusoverleg', datum: maandenErbij(vandaag(), -1), tijd: '10:00', locatie: 'Stadskantoor, zaal 4 (demo)', waarschuwingenBevestigd: true });
  await agendaSamenstellen(b, id);
  await statusWijzigen(b, id, 'agenda-vastgesteld');
  const punten = await b.v.all<{ id: number; soort: string }>('SELECT id, soort FROM agendapunten WHERE overleg_id = ? ORDER BY volgorde', [id]);
  const termijn = maandenErbij(vandaag(), 1);
  const dossierpunten = punten.filter((p) => p.soort === 'dossier');
  if (dossierpunten[0]) {
    await puntBesluiten(b, {
      puntId: dossierpunten[0].id,
      kwalificatie: 'arbeidsuitbuiting',
      besluit: 'interventies',
      notities: 'Demo: afgestemd in het casusoverleg.',
      belangenafweging: 'Demo: het slachtoffer is in de opvang en wil meewerken; verhoor en inspectie brengen haar niet in gevaar (art. 21.6).',
      interventies: [
        { partnerId: idVan('POLITIE'), omschrijving: 'Verhoor van de exploitant (demo)', deadline: termijn },
        { partnerId: idVan('SZW-AI'), omschrijving: 'Inspectie op de werkplek (demo)', deadline: termijn },
      ],
    });
    // One intervention past its due date, so the dashboard has something to warn about.
    await b.v.run("UPDATE interventies SET deadline = ? WHERE omschrijving LIKE 'Inspectie%'", [maandenErbij(vandaag(), -1)]);
  }
  if (dossierpunten[1]) await puntBesluiten(b, { puntId: dossierpunten[1].id, kwalificatie: 'onvoldoende informatie', besluit: 'geen-actie', notities: '', interventies: [] });
  for (const p of punten.filter((x) => x.soort === 'spoed')) await puntBesluiten(b, { puntId: p.id, kwalificatie: '', besluit: 'spoed-bevestigd', notities: '', interventies: [] });
  await statusWijzigen(b, id, 'gehouden');
  // The politie's key is that of its own demo installation (demo/partner.ts), so its bundles can be read there.
  const sleutel = await partnerSleutelImporteren(b, idVan('POLITIE'), politie.publiek);
  await partnerSleutelBevestigen(b, sleutel.id, 'demo: vingerafdruk telefonisch bevestigd', politie.vingerafdruk);
}

/**
 * A few requests of persons concerned (art. 24–27) in different states — one past its deadline — and the
 * informing duty done for some persons, so the privacy-medewerker's screens are not empty. The requesters
 * are demo persons found through the same matching the screen uses.
 */
async function rechtenVanBetrokkenen(b: Bestand, idVan: (code: string) => number): Promise<void> {
  const dag = klokVandaag();
  const personen = await b.v.all<{ id: number; naam: string; geboortedatum: string }>(
    "SELECT id, naam, geboortedatum FROM personen WHERE naam <> '' AND geboortedatum <> '' AND samengevoegd_in IS NULL ORDER BY id LIMIT 6",
  );
  const [a, c, e, f] = personen;
  if (!a || !c || !e || !f) return;
  const bevestigAlles = async (id: number, p: { naam: string; geboortedatum: string }) => {
    for (const k of await personenVinden(b, p)) await rechten.persoonBevestigen(b, id, k.persoonId);
  };
  // Inzage, identity checked and the requester confirmed: ready for the inzage document.
  const inzage = await rechten.verzoekRegistreren(b, { soort: 'inzage', verzoekerNaam: a.naam, verzoekerGeboortedatum: a.geboortedatum, contact: 'Postbus 100, 1000 AA Voorbeeldstad (demo)', omschrijving: 'Welke gegevens heeft u over mij en aan wie zijn ze gegeven?', ontvangenOp: dagenErbij(dag, -9), vergoedingCent: 0 });
  await rechten.identiteitVastleggen(b, inzage, 'Paspoort getoond aan de balie van het stadskantoor (demo)', dagenErbij(dag, -8));
  await bevestigAlles(inzage, a);
  // Correction, received by the politie and forwarded to the penvoerder (art. 26.1); identity not yet checked.
  await rechten.verzoekRegistreren(b, { soort: 'correctie', correcties: ['verbetering'], verzoekerNaam: c.naam, verzoekerGeboortedatum: c.geboortedatum, omschrijving: 'Mijn woonplaats staat verkeerd in uw bestand (demo).', ontvangenOp: dagenErbij(dag, -5), ontvangenDoorPartnerId: idVan('POLITIE'), doorgezondenOp: dagenErbij(dag, -3), vergoedingCent: 0 });
  // Verzet, past its four weeks (art. 27.2): the overview shows it in red.
  const verzet = await rechten.verzoekRegistreren(b, { soort: 'verzet', verzoekerNaam: e.naam, verzoekerGeboortedatum: e.geboortedatum, omschrijving: 'Bijzondere omstandigheden: ik ben verhuisd en vrees voor mijn veiligheid (demo).', ontvangenOp: dagenErbij(dag, -31), vergoedingCent: 450 });
  await rechten.vergoedingVastleggen(b, verzet, { cent: 450, betaaldOp: dagenErbij(dag, -30), terugOp: null });
  await rechten.identiteitVastleggen(b, verzet, 'Rijbewijs getoond, handtekening vergeleken (demo)', dagenErbij(dag, -29));
  // Inzage answered: refused in part on a ground of art. 25.4.
  const beantwoord = await rechten.verzoekRegistreren(b, { soort: 'inzage', verzoekerNaam: f.naam, verzoekerGeboortedatum: f.geboortedatum, ontvangenOp: dagenErbij(dag, -60), vergoedingCent: 0 });
  await rechten.identiteitVastleggen(b, beantwoord, 'ID-kaart getoond (demo)', dagenErbij(dag, -59));
  await bevestigAlles(beantwoord, f);
  await rechten.besluiten(b, beantwoord, 'deels', ['strafbare-feiten'], 'Een deel van de gegevens hoort bij een lopend opsporingsonderzoek (demo).');
  await rechten.beantwoorden(b, beantwoord, dagenErbij(dag, -40), 'Per aangetekende brief (demo)');
  // The privacy-medewerker did this; the demo is built under the first account.
  await b.v.run("UPDATE rechtenverzoeken SET geregistreerd_door = 'demo.privacy'");
  await b.v.run("UPDATE rechtenverzoeken SET identiteit_door = 'demo.privacy' WHERE identiteit_door IS NOT NULL");
  await b.v.run("UPDATE rechtenverzoeken SET besloten_door = 'demo.privacy' WHERE besloten_door IS NOT NULL");
  await b.v.run("UPDATE rechtenverzoek_personen SET bevestigd_door = 'demo.privacy'");
  // The informing duty (art. 23): one informed, one postponed on a ground of 23.2.
  await informerenVastleggen(b, { persoonId: a.id, uitkomst: 'verzonden', grond: null, motivering: '', heroverwegenOp: null, verzondenOp: dag, wijze: 'Brief (demo)', inhoud: 'Standaardbrief: de partijen, de doeleinden en hoe u inzage, correctie of verzet vraagt (demo).' });
  await informerenVastleggen(b, { persoonId: c.id, uitkomst: 'uitgesteld', grond: 'strafbare-feiten', motivering: 'Informeren zou het lopende politieonderzoek schaden (demo).', heroverwegenOp: dagenErbij(dag, 60), verzondenOp: null, wijze: '', inhoud: '' });
  await b.v.run("UPDATE informeertaken SET door = 'demo.privacy'");
}

/**
 * Every flow can be walked to its end (issue 11 §5): the dossier of the held casusoverleg (interventions
 * for the politie and the Arbeidsinspectie) becomes ready for handover once the Arbeidsinspectie's key is
 * trusted too; the OM's key is imported but not yet confirmed, so the partner list shows all three key
 * states; and a second dossier, decided in an earlier casusoverleg, was really handed over by bundle, so
 * the purge list holds a purge after handover next to the one after "geen actie". The bundles are
 * written to a temporary folder and removed: the recipients' secret keys do not exist.
 */
async function elkeStroomTotHetEinde(b: Bestand, idVan: (code: string) => number, bundelmap: string): Promise<string[]> {
  const ai = await sleutelpaarGenereren('Arbeidsinspectie (demo)', 'partner');
  const aiSleutel = await partnerSleutelImporteren(b, idVan('SZW-AI'), ai.publiek);
  await partnerSleutelBevestigen(b, aiSleutel.id, 'demo: vingerafdruk telefonisch bevestigd', ai.vingerafdruk);
  const om = await sleutelpaarGenereren('Openbaar Ministerie (demo)', 'partner');
  await partnerSleutelImporteren(b, idVan('OM'), om.publiek);

  // Signals not from care partners, the Belastingdienst, the politie or the OM: the politie's installation then
  // receives data, not only the intervention (care data would need the zorgcoördinator's consent, art. 21.5).
  const vrij = (
    await b.v.all<{ id: number }>(
      `SELECT s.id FROM signalen s JOIN partners p ON p.id = s.bron_partner_id WHERE s.status = 'ingediend' AND s.dossier_id IS NULL
         AND p.soort NOT IN (${[...ZORGSOORTEN, 'belastingdienst', 'politie', 'om'].map((x) => `'${x}'`).join(', ')}) ORDER BY s.id DESC LIMIT 2`,
    )
  ).map((x) => x.id);
  if (vrij.length < 2) return [];
  const id = await dossiers.dossierMaken(b, vrij, 'Koeriersdienst Havendorp');
  await dossiers.faseWijzigen(b, id, 'weging-en-kwalificatie', 'Demo: stap gezet');
  const overleg = await overlegPlannen(b, { soort: 'casusoverleg', datum: dagenErbij(klokVandaag(), -45), tijd: '14:00', locatie: 'Stadskantoor, zaal 4 (demo)', waarschuwingenBevestigd: true });
  await agendaSamenstellen(b, overleg.id);
  await statusWijzigen(b, overleg.id, 'agenda-vastgesteld');
  const punt = await b.v.get<{ id: number }>("SELECT id FROM agendapunten WHERE overleg_id = ? AND soort = 'dossier' AND dossier_id = ?", [overleg.id, id]);
  if (!punt) return [];
  await puntBesluiten(b, {
    puntId: punt.id,
    kwalificatie: 'arbeidsuitbuiting',
    besluit: 'interventies',
    notities: 'Demo: overgedragen aan de politie.',
    interventies: [{ partnerId: idVan('POLITIE'), omschrijving: 'Onderzoek naar de koeriersdienst (demo)', deadline: maandenErbij(klokVandaag(), 2) }],
    belangenafweging: 'Demo: het slachtoffer is niet meer bij de koeriersdienst; onderzoek naar de werkgever brengt haar niet in gevaar (art. 21.6).',
  });
  await statusWijzigen(b, overleg.id, 'gehouden');
  // The demo's text is synthetic and made to be shown: its review counts as done (ADR 0032). The politie's
  // bundle is read in at its own demo installation (demo/partner.ts).
  const { bundels } = await overdrachtUitvoeren(b, id, bundelmap, undefined, true);
  return bundels.filter((x) => x.aan.includes('POLITIE')).map((x) => x.pad);
}

/**
 * The meetings ahead have something to decide (issue 11 §5): a zorgoverleg held four weeks ago, so the
 * next one proposes only the signals that came in since (ADR 0033), and the next casusoverleg with a
 * dossier in weging en kwalificatie on its agenda. Plus the earlier signal of DEMO_DAG, made last so
 * no step above takes it into a dossier.
 */
async function eenDagOmTeLopen(b: Bestand, idVan: (code: string) => number): Promise<void> {
  const dag = klokVandaag();
  const vrij = async (n: number) =>
    (await b.v.all<{ id: number }>("SELECT id FROM signalen WHERE status = 'ingediend' AND dossier_id IS NULL AND besluit = 'open' AND voorbereidingsteam = 0 AND fase IS NOT NULL ORDER BY id LIMIT ?", [n])).map((x) => x.id);
  const zorg = await overlegPlannen(b, { soort: 'zorgoverleg', datum: dagenErbij(dag, -28), tijd: '10:00', locatie: 'Stadskantoor, zaal 2 (demo)', waarschuwingenBevestigd: true });
  const [een, twee] = await vrij(2);
  if (een && twee) {
    await agendaSamenstellen(b, zorg.id, [{ soort: 'signaal', id: een }, { soort: 'signaal', id: twee }]);
    await statusWijzigen(b, zorg.id, 'agenda-vastgesteld');
    const punten = await b.v.all<{ id: number }>('SELECT id FROM agendapunten WHERE overleg_id = ? ORDER BY volgorde', [zorg.id]);
    await puntBesluiten(b, { puntId: punten[0]!.id, kwalificatie: 'seksuele uitbuiting', besluit: 'naar-voorbereidingsteam', notities: 'Demo: naar het voorbereidingsteam.', interventies: [] });
    await puntBesluiten(b, { puntId: punten[1]!.id, kwalificatie: 'geen mensenhandel', besluit: 'geen-vervolg', notities: '', interventies: [] });
    await statusWijzigen(b, zorg.id, 'gehouden');
  }

  const volgende = await b.v.get<{ id: number }>("SELECT id FROM overleggen WHERE soort = 'casusoverleg' AND status = 'gepland' AND datum > ? ORDER BY datum LIMIT 1", [dag]);
  const signaalIds = await vrij(2);
  if (volgende && signaalIds.length === 2) {
    const id = await dossiers.dossierMaken(b, signaalIds, 'Uitzendkrachten Bergenhoven');
    await dossiers.faseWijzigen(b, id, 'weging-en-kwalificatie', 'Demo: klaar voor het casusoverleg');
    await agendaSamenstellen(b, volgende.id);
  }

  const r = willekeur(20261202);
  const indicatorIds = (await b.v.all<{ id: number }>('SELECT id FROM indicatoren')).map((x) => x.id);
  const slachtoffer = { ...persoon(r), naam: DEMO_DAG.naam, geboortedatum: DEMO_DAG.geboortedatum, geslacht: 'vrouw' as const };
  const formulier = formatCasusSchema.parse({ ...signaalFormulier(r, { bronPartnerId: idVan('POLITIE'), indicatorIds, slachtoffer, datum: dagenErbij(dag, -12) }), fase: 2, delen: 'identificeerbaar' });
  await signalen.signaalOpslaan(b, { formulier, indienen: true });
}
