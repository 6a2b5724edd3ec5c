/**
 * The signals-and-dossiers story on a real encrypted bestand, through the API: three signals about
 * one victim (names spelled differently) are proposed as "mogelijk dezelfde persoon", combined into
 * a dossier, asked about at the IND, consented to for the RIEC, and the matrix answers per item
 * with the deciding article.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { aanroeper, weigeraar } from '../fixtures/omgeving';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-regisseur';

describe('signalen → matching → dossier → navraag → toestemming → matrix', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const weigering = (kanaal: string, invoer: unknown) => weigeraar(router)(kanaal, invoer);
  /** Each test says who is signed in, so it does not depend on where the test before it left the session. */
  const aanmelden = async (gebruiker: 'regisseur' | 'zorg') => {
    await roep('sessie.vergrendelen');
    await roep('sessie.aanmelden', { gebruiker, wachtwoord: gebruiker === 'zorg' ? 'synthetisch-wachtwoord-zorg' : WACHTWOORD });
  };
  let pid: (code: string) => number;
  const formulier = (bron: string, naam: string, geboortedatum: string, extra: Record<string, unknown> = {}) => ({
    datumTijd: '2026-10-01T10:00',
    melder: { contactpersoon: 'Synthetische Melder', partnerId: pid(bron) },
    bron: { naam: 'Synthetische Bron', partnerId: pid(bron), telefoon: '088 000 00 00' },
    slachtoffer: { naam, geboortedatum, woonplaats: 'Voorbeeldstad', nationaliteit: 'Roemeense' },
    samenvatting: 'Mogelijke arbeidsuitbuiting in een tuinbouwkas.\nLoon wordt ingehouden voor huisvesting.',
    vermoedens: ['sociaal-economische-uitbuiting'],
    fase: 2,
    indicatoren: [1, 2],
    delen: 'identificeerbaar',
    ...extra,
  });

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-signalen-'));
    router = maakRouter({ werkmap: werk });
    await roep('bestand.maken', { map: 'centraal', naam: 'Gemeente Proefdorp', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
    await roep('gebruikers.toevoegen', { naam: 'zorg', weergavenaam: 'Zorgcoördinator', rol: 'zorgcoordinator', wachtwoord: 'synthetisch-wachtwoord-zorg' });
    const partners = await roep<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
  });
  afterAll(async () => {
    await router.afsluiten();
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('doorloopt het verhaal van begin tot eind', async () => {
    const politie = await roep('signalen.opslaan', { formulier: formulier('POLITIE', 'Ioana Popescu', '1999-04-12', { handhaving: { strafbareFeiten: 'ja' } }), indienen: true });
    const zorg = await roep('signalen.opslaan', { formulier: formulier('ZORGCOORD', 'Popesku, Ioanna', '1999-04-12'), indienen: true });
    // A namesake with another date of birth: must not be proposed.
    await roep('signalen.opslaan', { formulier: formulier('COA', 'Ioana Popescu', '1985-02-03'), indienen: true });
    const inspectie = await roep('signalen.opslaan', { formulier: formulier('SZW-AI', 'Ioana Popesco', '1999-04-12'), indienen: true });

    // art. 7.2: the new signal is matched against the two earlier ones, with reasons but no names.
    const voorstellen = inspectie.kandidaten as Array<{ signalen: Array<{ nummer: string }>; redenen: string[]; namen: null }>;
    const gevonden = new Set(voorstellen.flatMap((k) => k.signalen.map((s) => s.nummer)));
    expect(gevonden).toEqual(new Set([politie.nummer, zorg.nummer, inspectie.nummer]));
    expect(voorstellen.every((k) => k.namen === null && k.redenen.includes('match.geboortedatumGelijk'))).toBe(true);
    expect(JSON.stringify(voorstellen)).not.toContain('Popes');

    // Search finds the signals by a (differently spelled) name part, case and accents aside.
    const zoek = await roep<{ totaal: number }>('signalen.lijst', { zoek: 'popescu' });
    expect(zoek.totaal).toBe(2);

    const dossier = await roep<{ id: number }>('dossiers.maken', { signaalIds: [politie.id, zorg.id, inspectie.id], titel: 'Tuinbouwkas Voorbeeldstad' });
    const navraag = await roep<{ id: number; verstrektAantal: number }>('navraag.vastleggen', { dossierId: dossier.id, partnerId: pid('IND'), vraag: 'Is betrokkene bij u bekend?', gevraagdOp: '2026-10-05' });
    expect(navraag.verstrektAantal).toBeGreaterThan(0);
    await roep('navraag.beantwoorden', { id: navraag.id, beantwoordOp: '2026-10-09', antwoord: 'Verblijfsaanvraag in behandeling.', relevant: true });

    // art. 14.6: only the supplying partner consents to the RIEC; the OM cannot for the politie's signal.
    const fout = await weigering('toestemmingen.vastleggen', { soort: 'riec-emm', signaalId: politie.id, gegevenDoorPartnerId: pid('OM'), gegevenOp: '2026-10-10', doel: 'advies', verenigbaar: true });
    expect(fout).toMatchObject({ code: 'CONVENANTREGEL', artikel: 'art. 14.6' });
    await roep('toestemmingen.vastleggen', { soort: 'riec-emm', signaalId: politie.id, gegevenDoorPartnerId: pid('POLITIE'), gegevenOp: '2026-10-10', doel: 'advies', verenigbaar: true });
    // art. 21.5: the ketenregisseur cannot give the zorgcoördinator's consent.
    expect(await weigering('toestemmingen.vastleggen', { soort: 'zorg-operationeel', signaalId: zorg.id, gegevenDoorPartnerId: pid('ZORGCOORD'), gegevenOp: '2026-10-10', doel: 'overdracht', verenigbaar: true })).toMatchObject({ artikel: 'art. 21.5' });

    // The task comes from interventions (art. 16.5): the Arbeidsinspectie and the Belastingdienst have one
    // (assigned here directly; the meeting that assigns them is covered in overleg.test.ts).
    for (const code of ['SZW-AI', 'BD']) {
      await router.sessie.open!.v.run("INSERT INTO interventies (dossier_id, partner_id, omschrijving, deadline, toegewezen_op, gewijzigd) VALUES (?, ?, 'Inspectie', '2027-01-31', '2026-10-10', '2026-10-10')", [dossier.id, pid(code)]);
    }
    // Art. 21.6: the weighing of the victim's interests comes before any use of a non-care signal.
    await roep('nodig.belangenafweging', { dossierId: dossier.id, afweging: 'Synthetische afweging: de inspectie brengt het slachtoffer niet in gevaar.' });
    const matrix = await roep<{ ontvangers: Array<{ code: string; beslissingen: Array<{ sleutel: string; toegestaan: boolean; vorm: string; artikel: string }> }> }>('beleid.matrix', {
      dossierId: dossier.id,
      doel: 'overdracht',
    });
    const van = (code: string, sleutel: string) => matrix.ontvangers.find((o) => o.code === code)!.beslissingen.find((b) => b.sleutel === sleutel)!;
    // Art. 9.4, 6.2: an inspection of a workplace does not need to know who the victim is — the suggestion
    // from the intervention is anonymised until the ketenregisseur chooses otherwise.
    expect(van('SZW-AI', `signaal:${inspectie.id}`)).toMatchObject({ toegestaan: true, vorm: 'geanonimiseerd' });
    // art. 21.5: care data to the Arbeidsinspectie only after the zorgcoördinator consented.
    expect(van('SZW-AI', `signaal:${zorg.id}`)).toMatchObject({ toegestaan: false, artikel: 'art. 21.5' });
    // art. 16.5: the IND has no task in this handover.
    expect(van('IND', `signaal:${inspectie.id}`)).toMatchObject({ toegestaan: false, artikel: 'art. 16.5' });

    const advies = await roep<typeof matrix>('beleid.matrix', { dossierId: dossier.id, doel: 'advies' });
    const riec = advies.ontvangers.find((o) => o.code === 'RIEC')!;
    expect(riec.beslissingen.find((b) => b.sleutel === `signaal:${politie.id}`)).toMatchObject({ toegestaan: false, artikel: 'art. 21.8' });
    expect(riec.beslissingen.find((b) => b.sleutel === `signaal:${inspectie.id}`)).toMatchObject({ toegestaan: false, artikel: 'art. 12.17' });

    // Now as the zorgcoördinator: consent for operational use of the care signal (art. 21.5).
    await roep('sessie.vergrendelen');
    await roep('sessie.aanmelden', { gebruiker: 'zorg', wachtwoord: 'synthetisch-wachtwoord-zorg' });
    await roep('toestemmingen.vastleggen', { soort: 'zorg-operationeel', signaalId: zorg.id, gegevenDoorPartnerId: pid('ZORGCOORD'), gegevenOp: '2026-10-11', doel: 'overdracht', verenigbaar: true });
    const daarna = await roep<typeof matrix>('beleid.matrix', { dossierId: dossier.id, doel: 'overdracht' });
    expect(daarna.ontvangers.find((o) => o.code === 'SZW-AI')!.beslissingen.find((b) => b.sleutel === `signaal:${zorg.id}`)).toMatchObject({ toegestaan: true });

    const detail = await roep<{ signalen: unknown[]; betrokkenen: Array<{ naam: string }>; navragen: unknown[]; toestemmingen: unknown[]; verstrekkingen: unknown[] }>('dossiers.detail', { id: dossier.id });
    expect(detail.signalen).toHaveLength(3);
    expect(detail.betrokkenen.every((b) => b.naam === '')).toBe(true);
    expect(detail.navragen).toHaveLength(1);
    expect(detail.toestemmingen).toHaveLength(2);
    expect(detail.verstrekkingen).toHaveLength(1);
  });

  it('art. 12.21: een spoedbesluit vraagt de tweede beslisser om zijn eigen wachtwoord', async () => {
    // Its own dossier, and the zorgcoördinator decides with the regisseur: nothing relies on the story above.
    await aanmelden('regisseur');
    const signaal = await roep<{ id: number }>('signalen.opslaan', { formulier: formulier('POLITIE', 'Synthetische Spoedzaak', '1990-01-01'), indienen: true });
    const dossier = await roep<{ id: number }>('dossiers.maken', { signaalIds: [signaal.id], titel: 'Spoed Proefdorp' });
    await aanmelden('zorg');
    const zonderTweede = await weigering('spoed.vastleggen', { dossierId: dossier.id, partnerIds: [pid('POLITIE')], verzoek: 'Direct controle op het adres', medebeslisser: { gebruiker: 'regisseur', wachtwoord: 'fout-wachtwoord' } });
    expect(zonderTweede.code).toBe('ONJUISTE_AANMELDING');
    const { id } = await roep<{ id: number }>('spoed.vastleggen', { dossierId: dossier.id, partnerIds: [pid('POLITIE')], verzoek: 'Direct controle op het adres', medebeslisser: { gebruiker: 'regisseur', wachtwoord: WACHTWOORD } });
    const wachtend = await roep<Array<{ id: number; ketenregisseur: string; zorgcoordinator: string }>>('spoed.lijst', { alleenOnbevestigd: true });
    expect(wachtend.find((s) => s.id === id)).toMatchObject({ ketenregisseur: 'regisseur', zorgcoordinator: 'zorg' });
    // The dossier's detail holds its own row and its own spoed decision, not another dossier's (ADR 0030).
    await aanmelden('regisseur');
    const tweede = await roep<{ id: number }>('signalen.opslaan', { formulier: formulier('POLITIE', 'Synthetische Tweede Spoedzaak', '1991-02-02'), indienen: true });
    const anderDossier = await roep<{ id: number }>('dossiers.maken', { signaalIds: [tweede.id], titel: 'Spoed Voorbeeldstad' });
    await aanmelden('zorg');
    const ander = await roep<{ id: number }>('spoed.vastleggen', { dossierId: anderDossier.id, partnerIds: [pid('POLITIE')], verzoek: 'Ook hier controle', medebeslisser: { gebruiker: 'regisseur', wachtwoord: WACHTWOORD } });
    const detail = await roep<{ id: number; titel: string; aantalSignalen: number; spoed: Array<{ id: number }> }>('dossiers.detail', { id: dossier.id });
    expect(detail).toMatchObject({ id: dossier.id, titel: 'Spoed Proefdorp', aantalSignalen: 1 });
    expect(detail.spoed.map((s) => s.id)).toEqual([id]);
    expect((await roep<{ spoed: Array<{ id: number }> }>('dossiers.detail', { id: anderDossier.id })).spoed.map((s) => s.id)).toEqual([ander.id]);
  });

  it('weigert een concept van een ander te combineren, en ongeldige invoer met meldingen per veld', async () => {
    // A concept of the zorgcoördinator, seen by the regisseur.
    await aanmelden('zorg');
    const concept = await roep<{ id: number }>('signalen.opslaan', { formulier: { samenvatting: 'Half ingevuld' }, indienen: false });
    await aanmelden('regisseur');
    expect((await weigering('dossiers.maken', { signaalIds: [concept.id], titel: 'Niet toegestaan' })).code).toBe('NIET_GEVONDEN');
    const f = await weigering('signalen.opslaan', { formulier: formulier('SZW-AI', 'X', '', { samenvatting: '1\n2\n3\n4\n5\n6', vermoedens: ['orgaanhandel'], indicatoren: [9999] }), indienen: true });
    expect(f.code).toBe('ONGELDIGE_INVOER');
    expect(f.velden!.map((v) => v.pad)).toEqual(expect.arrayContaining(['formulier.samenvatting', 'formulier.vermoedens', 'formulier.indicatoren']));
  });
});
