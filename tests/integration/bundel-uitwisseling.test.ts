/**
 * The whole exchange between two real installations, through the API as the app calls it (docs/ontwerp.md §6):
 * a centraal bestand and a POLITIE partner installation exchange public keys on a stick, confirm the
 * fingerprints "by telephone", the centraal bestand sends an agenda pack, the partner previews and
 * imports it and writes a signed receipt, and the centraal bestand reads the receipt, after which the
 * bundle shows as received. A replay is refused; both audit chains stay whole.
 *
 * Every test can run alone (`-t`): the story's steps are functions done once, by whichever test needs
 * them first, so a later chapter brings the story up to its own start instead of relying on the order.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { auditLijst, auditVerifieren } from '../../electron/backend/bestand/audit';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import { bestandMaken, geweigerd, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';
import { VOORBEELDINHOUD } from './bundel-hulp';

describe('bundels uitwisselen tussen een centraal bestand en een partner', () => {
  let werk: string;
  let centraal: Router;
  let politie: Router;
  let stick: string;

  /** A step of the story, done once: the first test that needs it does it (with its checks), the rest reuse it. */
  const eenmaal = <T>(stap: () => Promise<T>): (() => Promise<T>) => {
    let klaar: Promise<T> | undefined;
    return () => (klaar ??= stap());
  };

  beforeAll(async () => {
    werk = await tijdelijkeMap('bundel-uitwisseling');
    stick = path.join(werk, 'usb-stick');
    await fs.mkdir(stick);
    centraal = maakRouter({ werkmap: path.join(werk, 'gemeente') });
    politie = maakRouter({ werkmap: path.join(werk, 'politie') });
    await bestandMaken(centraal, { map: 'ketenbestand' });
    await ok(politie, 'bestand.maken', {
      map: 'politie',
      naam: 'Politie Proefeenheid',
      penvoerder: 'Politie (synthetisch)',
      profiel: 'partner',
      gebruiker: 'medewerker',
      weergavenaam: 'Medewerker Proef',
      wachtwoord: WACHTWOORD,
    });
  });
  afterAll(async () => {
    await centraal?.afsluiten();
    await politie?.afsluiten();
    await opruimen(werk);
  });

  const identiteitKiezen = eenmaal(async () => {
    expect((await ok(centraal, 'sleutels.eigen', {})).identiteit?.code).toBe('GEM-VEILIGHEID');
    expect((await ok(politie, 'sleutels.eigen', {})).identiteit).toBeNull();
    expect(await ok(politie, 'identiteit.instellen', { partnerId: await partnerId(politie, 'POLITIE') })).toMatchObject({ code: 'POLITIE' });
  });

  const sleutelsUitwisselen = eenmaal(async () => {
    await identiteitKiezen();
    for (const f of await fs.readdir(stick)) await fs.rm(path.join(stick, f));
    const vanCentraal = await ok(centraal, 'sleutels.exporteren', { doelmap: stick });
    const geimporteerd = await ok(politie, 'sleutels.partnerImporteren', { partnerId: await partnerId(politie, 'GEM-VEILIGHEID'), pad: vanCentraal.pad });
    expect(geimporteerd).toMatchObject({ status: 'onbevestigd', vingerafdrukGroepen: vanCentraal.vingerafdrukGroepen });

    // Before the confirmation nothing from the centraal bestand would be trusted, and nothing can go there.
    const voorlopig = await bundelMaken(centraal.sessie.open!, {
      soort: 'agendapakket',
      aan: [await partnerId(centraal, 'POLITIE')],
      inhoud: VOORBEELDINHOUD.agendapakket,
      doelmap: stick,
    }).catch((e: { code: string }) => e.code);
    expect(voorlopig).toBe('SLEUTEL_NIET_VERTROUWD');

    // The ketenregisseur reads the fingerprint out on the phone; the partner types what it hears.
    const gehoord = (await ok(centraal, 'sleutels.eigen', {})).vingerafdrukGroepen;
    const bevestigd = await ok(politie, 'sleutels.bevestigen', { sleutelId: geimporteerd.id, hoe: 'telefonisch met de ketenregisseur (proef)', vingerafdruk: gehoord });
    expect(bevestigd).toMatchObject({ status: 'vertrouwd', bevestigdDoor: 'medewerker', bevestigdHoe: 'telefonisch met de ketenregisseur (proef)' });

    const vanPolitie = await ok(politie, 'sleutels.eigen', {});
    const terug = await ok(centraal, 'sleutels.partnerImporteren', { partnerId: await partnerId(centraal, 'POLITIE'), armored: vanPolitie.publiek });
    await ok(centraal, 'sleutels.bevestigen', { sleutelId: terug.id, hoe: 'telefonisch met de politie (proef)', vingerafdruk: vanPolitie.vingerafdrukGroepen });
    expect((await ok(centraal, 'sleutels.partnerLijst', {})).map((s) => [s.partner.code, s.status])).toEqual([['POLITIE', 'vertrouwd']]);
    await fs.rm(vanCentraal.pad);
  });

  /** The agenda pack on the stick, read in by the partner; its receipt next to it. */
  const agendapakketInlezen = eenmaal(async () => {
    await sleutelsUitwisselen();
    const gemaakt = await bundelMaken(centraal.sessie.open!, {
      soort: 'agendapakket',
      aan: [await partnerId(centraal, 'POLITIE')],
      inhoud: VOORBEELDINHOUD.agendapakket,
      doelmap: stick,
    });
    const agendapakket = gemaakt.pad;
    expect(path.basename(agendapakket)).toMatch(/^\d{8}-agendapakket-POLITIE-[0-9a-f]{8}\.ketenbundel$/);

    const voorbeeld = await ok(politie, 'bundels.lezen', { pad: agendapakket });
    expect(voorbeeld).toMatchObject({ id: gemaakt.id, soort: 'agendapakket', van: { code: 'GEM-VEILIGHEID' }, samenvatting: ['Agendapakket zorgoverleg van 2026-12-03', '2 agendapunt(en)'] });
    expect((await ok(politie, 'bundels.lijst', {})).inkomend, 'een voorbeeld leest niets in').toEqual([]);

    const ingelezen = await ok(politie, 'bundels.inlezen', { pad: agendapakket, bevestigingMap: stick });
    expect(ingelezen.bevestiging).not.toBeNull();
    const bevestiging = ingelezen.bevestiging!.pad;
    expect(path.dirname(bevestiging)).toBe(stick);
    expect(path.basename(bevestiging)).toMatch(/^\d{8}-ontvangstbevestiging-GEM-VEILIGHEID-[0-9a-f]{8}\.ketenbundel$/);
    expect((await ok(politie, 'bundels.lijst', {})).inkomend).toEqual([
      expect.objectContaining({ id: gemaakt.id, soort: 'agendapakket', van: 'GEM-VEILIGHEID', status: 'ingelezen', bevestigingBestandsnaam: path.basename(bevestiging) }),
    ]);
    return { agendapakket, bevestiging };
  });

  const bevestigingInlezen = eenmaal(async () => {
    const { bevestiging } = await agendapakketInlezen();
    expect((await ok(centraal, 'bundels.lijst', {})).uitgaand.find((b) => b.soort === 'agendapakket')?.status).toBe('verzonden');
    expect((await ok(centraal, 'bundels.lezen', { pad: bevestiging })).soort).toBe('ontvangstbevestiging');
    const uit = await ok(centraal, 'bundels.inlezen', { pad: bevestiging });
    expect(uit.bevestiging, 'een ontvangstbevestiging krijgt zelf geen ontvangstbevestiging').toBeNull();
    const verzonden = (await ok(centraal, 'bundels.lijst', {})).uitgaand.find((b) => b.soort === 'agendapakket')!;
    expect(verzonden).toMatchObject({ status: 'bevestigd', bevestigingen: [expect.objectContaining({ partner: 'POLITIE' })] });
    expect(verzonden.bevestigdOp).not.toBeNull();
  });

  const tweedeKeerWeigeren = eenmaal(async () => {
    const { agendapakket, bevestiging } = await agendapakketInlezen();
    await bevestigingInlezen();
    const fout = await geweigerd(politie, 'bundels.inlezen', { pad: agendapakket, bevestigingMap: stick }, 'BUNDEL_AL_INGELEZEN');
    expect(fout.melding).toMatch(/al ingelezen op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}/);
    await geweigerd(centraal, 'bundels.inlezen', { pad: bevestiging }, 'BUNDEL_AL_INGELEZEN');
    expect((await fs.readdir(stick)).sort()).toEqual([path.basename(agendapakket), path.basename(bevestiging)].sort());
  });

  it('de partner kiest welke partner uit het register hij is; het centrale bestand is standaard de Directie Veiligheid', () => identiteitKiezen());

  it('publieke sleutels uitwisselen: via een bestand en geplakt; onbevestigd tot de vingerafdruk telefonisch is bevestigd', () => sleutelsUitwisselen());

  it('het centrale bestand stuurt een agendapakket; de partner bekijkt het eerst en leest het dan in, met een ondertekende ontvangstbevestiging', async () => {
    await agendapakketInlezen();
  });

  it('het centrale bestand leest de ontvangstbevestiging in: de bundel staat als ontvangen', () => bevestigingInlezen());

  it('een tweede keer inlezen wordt geweigerd: "al ingelezen op …"', () => tweedeKeerWeigeren());

  it('paden van de gebruiker: volledig, zonder .., een gewoon bestand, hoogstens 50 MB', async () => {
    await geweigerd(politie, 'bundels.lezen', { pad: 'bundel.ketenbundel' }, 'ONVEILIG_PAD');
    await geweigerd(politie, 'bundels.lezen', { pad: `${stick}/../usb-stick/x.ketenbundel` }, 'ONVEILIG_PAD');
    // A missing file, a folder and a file that is no bundle get one and the same answer, and none of
    // them leaves a trace in the audit: the channel is no way to learn which files exist on this machine,
    // nor to put the hash of an arbitrary file into the audit.
    const auditVoor = (await auditVerifieren(politie.sessie.open!.v)).aantal;
    const brief = path.join(werk, 'brief.txt');
    await fs.writeFile(brief, 'Geachte heer, dit is geen bundel (synthetisch).');
    const antwoorden = [];
    for (const pad of [path.join(stick, 'bestaat-niet.ketenbundel'), stick, brief]) {
      for (const kanaal of ['bundels.lezen', 'bundels.inlezen']) {
        const fout = await geweigerd(politie, kanaal, { pad, bevestigingMap: stick }, 'BUNDEL_ONLEESBAAR');
        antwoorden.push(JSON.stringify(fout));
      }
    }
    expect(new Set(antwoorden).size).toBe(1);
    expect((await auditVerifieren(politie.sessie.open!.v)).aantal).toBe(auditVoor);
    const groot = path.join(werk, 'te-groot.ketenbundel');
    await fs.writeFile(groot, '');
    await fs.truncate(groot, 50 * 1024 * 1024 + 1);
    await geweigerd(politie, 'bundels.lezen', { pad: groot }, 'BUNDEL_TE_GROOT');
  });

  it('de beheerder beheert sleutels maar leest geen inhoud (docs/ontwerp.md §5)', async () => {
    const { agendapakket } = await agendapakketInlezen();
    await ok(centraal, 'gebruikers.toevoegen', { naam: 'beheer', weergavenaam: 'Beheerder Proef', rol: 'beheerder', wachtwoord: WACHTWOORD });
    await ok(centraal, 'sessie.aanmelden', { gebruiker: 'beheer', wachtwoord: WACHTWOORD });
    expect((await ok(centraal, 'sleutels.partnerLijst', {})).length).toBe(1);
    await geweigerd(centraal, 'bundels.lezen', { pad: agendapakket }, 'GEEN_TOEGANG');
    await geweigerd(centraal, 'bundels.lijst', {}, 'GEEN_TOEGANG');
    await ok(centraal, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
  });

  it('beide auditketens zijn heel, en bevatten het verzenden, inlezen en bevestigen', async () => {
    await tweedeKeerWeigeren();
    // A partnermedewerker may not read the audit (art. 12.22), so the chain is read from the backend.
    for (const r of [centraal, politie]) expect((await auditVerifieren(r.sessie.open!.v)).geldig).toBe(true);
    const acties = async (r: Router) => (await auditLijst(r.sessie.open!.v, { actie: 'bundel.', limiet: 100 })).regels.map((x) => x.actie);
    expect(await acties(centraal)).toEqual(expect.arrayContaining(['bundel.verzonden', 'bundel.ingelezen', 'bundel.ontvangst-bevestigd', 'bundel.geweigerd']));
    expect(await acties(politie)).toEqual(expect.arrayContaining(['bundel.identiteit-ingesteld', 'bundel.bekeken', 'bundel.ingelezen', 'bundel.verzonden', 'bundel.geweigerd']));
  });
});
