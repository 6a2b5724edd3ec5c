/**
 * Retention that runs by itself (docs/ontwerp.md §11, ADR 0020), in all three profiles, with the backend
 * clock moved (klok.ts): for each rule the data is there the day before it falls due and gone the day
 * after — every page of the database and every WAL frame decrypted and searched for its words
 * (tests/fixtures/sporen.ts) — while a signal that no rule touches stays, so the scan reads real data.
 * The sweep is the one that runs at unlock and daily; here it is called by its channel or by signing in.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { aanroeper, opruimen, partnerIds, sleutelsUitwisselen, tijdelijkeMap } from '../fixtures/omgeving';
import { geenSporen, gevondenWoorden, kolommenMet, letterlijk, paginasVan, sporenZoeken, woord, type Sporen } from '../fixtures/sporen';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-bewaring';

type Uitkomst = { verwijderd: Array<{ regel: string; artikel: string; aantal: number }>; totaal: number };
const aantal = (u: Uitkomst, regel: string) => u.verwijderd.find((x) => x.regel === regel)?.aantal ?? 0;

let teller = 0;
/** A signal with its own words in the victim's name and address, the summary, and its own birth date. */
function formulier(s: Sporen, bron: number, fase = 2) {
  teller += 1;
  return {
    datumTijd: '2026-11-05T10:00',
    melder: { contactpersoon: woord(s, 'melder'), partnerId: bron },
    bron: { naam: woord(s, 'bron'), partnerId: bron },
    slachtoffer: { naam: woord(s, 'Zwaantje'), geboortedatum: letterlijk(s, `19${60 + teller}-0${1 + (teller % 9)}-1${teller % 10}`), adres: `${woord(s)}laan 3`, geslacht: 'vrouw', nationaliteit: 'Nederlandse' },
    samenvatting: `Werkt onbetaald bij ${woord(s)}.`,
    vermoedens: ['seksuele-uitbuiting'],
    seksueleVormen: ['gedwongen-prostitutie'],
    fase,
    delen: 'identificeerbaar',
  };
}

describe('bewaartermijnen die vanzelf lopen: de dag ervoor aanwezig, de dag erna weg, in elk profiel', () => {
  let werk: string;
  let stick: string;
  let centraal: Router;
  let zorg: Router;
  let politie: Router;
  let c: ReturnType<typeof aanroeper>;
  let z: ReturnType<typeof aanroeper>;
  let p: ReturnType<typeof aanroeper>;
  const ids: Record<'c' | 'z' | 'p', Record<string, number>> = { c: {}, z: {}, p: {} };
  const blijft = geenSporen();

  /** The words are in the file; `alle` false for data that travelled, where the policy may have held some back. */
  async function aanwezig(r: Router, s: Sporen, alle = true) {
    const b = r.sessie.open!;
    await b.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const gevonden = await gevondenWoorden(b.map, b.bestandssleutel(), s);
    if (alle) expect(gevonden).toEqual(s.woorden);
    else expect(gevonden.length).toBeGreaterThan(0);
  }

  async function weg(r: Router, s: Sporen) {
    const b = r.sessie.open!;
    const vondsten = await sporenZoeken(b.map, b.bestandssleutel(), s);
    const kolommen = vondsten.length ? await kolommenMet(b.v, [...new Set(vondsten.map((x) => x.spoor))]) : [];
    expect(vondsten, `sporen in de ontsleutelde pagina’s; nog in ${kolommen.join(', ')}`).toEqual([]);
    expect((await paginasVan(b.map, b.bestandssleutel())).walBytes).toBe(0);
  }

  const opruimen_ = (r: Router) => aanroeper(r)<Uitkomst>('bewaring.uitvoeren');

  beforeAll(async () => {
    klokZetten('2027-01-05T09:00:00Z');
    werk = await tijdelijkeMap('bewaring');
    stick = path.join(werk, 'usb');
    await fs.mkdir(stick);
    centraal = maakRouter({ werkmap: path.join(werk, 'gemeente') });
    zorg = maakRouter({ werkmap: path.join(werk, 'laptop') });
    politie = maakRouter({ werkmap: path.join(werk, 'politie') });
    c = aanroeper(centraal);
    z = aanroeper(zorg);
    p = aanroeper(politie);
    await c('bestand.maken', { map: 'centraal', naam: 'Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
    await z('bestand.maken', { map: 'zorg', naam: 'Zorgcoördinatie Proefregio', penvoerder: 'Zorgpartner', profiel: 'zorgcoordinatie', gebruiker: 'zorg', weergavenaam: 'Zorgcoördinator', wachtwoord: WACHTWOORD });
    await p('bestand.maken', { map: 'politie', naam: 'Politie Proefeenheid', penvoerder: 'Politie', profiel: 'partner', gebruiker: 'agent', weergavenaam: 'Agent', wachtwoord: WACHTWOORD });
    ids.c = await partnerIds(centraal);
    ids.z = await partnerIds(zorg);
    ids.p = await partnerIds(politie);
    await sleutelsUitwisselen(centraal, zorg, 'ZORGCOORD');
    await sleutelsUitwisselen(centraal, politie, 'POLITIE');
    // The positive control: a signal no rule touches.
    await c('signalen.opslaan', { formulier: formulier(blijft, ids.c.COA!), indienen: true });
  }, 90_000);
  afterAll(async () => {
    klokZetten(undefined);
    await centraal?.afsluiten();
    await zorg?.afsluiten();
    await politie?.afsluiten();
    await opruimen(werk);
  });

  it('centraal, art. 16.3: "geen dossier" gaat zodra het besluit definitief is (14 dagen), bij het aanmelden', async () => {
    const s = geenSporen();
    klokZetten('2027-01-10T10:00:00Z');
    const { id } = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids.c.POLITIE!), indienen: true });
    await c('signalen.besluit', { id, besluit: 'geen-dossier', toelichting: 'Geen aanwijzingen' });
    const plan = await c<{ gepland: Array<{ datum: string; regel: string; artikel: string; aantal: number }>; volgende: string }>('bewaring.plan', { dagen: 90 });
    expect(plan.gepland).toContainEqual({ datum: '2027-01-24', regel: 'geen-dossier', artikel: 'art. 16.3, 22.4', aantal: 1 });
    expect(plan.volgende).toBe('2027-01-24');

    klokZetten('2027-01-23T12:00:00Z');
    expect(aantal(await opruimen_(centraal), 'geen-dossier')).toBe(0);
    await aanwezig(centraal, s);

    // The day after: signing in is enough.
    klokZetten('2027-01-25T08:00:00Z');
    await c('sessie.vergrendelen');
    await c('sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    const status = await c<{ laatste: Uitkomst | null; fout: string | null }>('bewaring.status');
    expect(status.fout).toBeNull();
    expect(aantal(status.laatste!, 'geen-dossier')).toBe(1);
    await weg(centraal, s);
    await aanwezig(centraal, blijft);
    // Art. 22.6: the analysis record stays, anonymised.
    const analyse = await c<Array<{ uitkomst: string; aantal: number }>>('analyse.overzicht');
    expect(analyse.find((a) => a.uitkomst === 'geen dossier')?.aantal).toBe(1);
    const historie = await c<Array<{ maand: string; regel: string; aantal: number }>>('bewaring.historie');
    expect(historie).toContainEqual({ maand: '2027-01', regel: 'geen-dossier', artikel: 'art. 16.3, 22.4', aantal: 1 });
  });

  it('centraal, art. 22.5: wat van een nooit opgeschoond dossier over is, ook de samengevoegde personen, gaat vijf jaar na sluiting', async () => {
    const s = geenSporen();
    klokZetten('2027-01-26T10:00:00Z');
    const een = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids.c.POLITIE!), indienen: true });
    const twee = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids.c['SZW-AI']!), indienen: true });
    const { id: dossierId } = await c<{ id: number }>('dossiers.maken', { signaalIds: [een.id, twee.id], titel: woord(s, 'Dossier') });
    const v = centraal.sessie.open!.v;
    const personen = await v.all<{ persoon_id: number }>("SELECT persoon_id FROM signaal_personen WHERE rol = 'slachtoffer' AND signaal_id IN (?, ?) ORDER BY signaal_id", [een.id, twee.id]);
    await c('personen.besluiten', { persoonId: personen[0]!.persoon_id, kandidaatId: personen[1]!.persoon_id, besluit: 'zelfde', toelichting: 'Zelfde geboortedatum en adres' });
    await v.run("UPDATE dossiers SET fase = 'gesloten', gesloten_op = '2027-01-26' WHERE id = ?", [dossierId]);

    klokZetten('2032-01-25T12:00:00Z');
    expect(aantal(await opruimen_(centraal), 'dossier-gesloten')).toBe(0);
    await aanwezig(centraal, s);

    klokZetten('2032-01-27T12:00:00Z');
    const u = await opruimen_(centraal);
    expect(aantal(u, 'dossier-gesloten')).toBe(1);
    // The dossier rule takes its persons itself; the orphan rule found nothing it left behind.
    expect(aantal(u, 'verweesde-personen')).toBe(0);
    await weg(centraal, s);
    expect(await v.get('SELECT 1 FROM personen WHERE id IN (?, ?)', personen.map((x) => x.persoon_id))).toBeUndefined();
    await aanwezig(centraal, blijft);
    klokZetten('2027-01-27T12:00:00Z');
  });

  it('centraal: een persoon die geen signaal meer noemt gaat altijd', async () => {
    const s = geenSporen();
    const b = centraal.sessie.open!;
    await b.v.run("INSERT INTO personen (naam, adres, aangemaakt) VALUES (?, ?, '2027-01-01')", [woord(s, 'Wees'), woord(s, 'Straat')]);
    // A path that deletes a signal by the cascade alone leaves its persons: the sweep finds them too
    // (migration 0300's trigger notes every person whose link goes, however it goes).
    const { id } = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids.c.POLITIE!), indienen: true });
    await b.v.run('DELETE FROM signalen_zoek WHERE rowid = ?', [id]);
    await b.v.run('DELETE FROM signalen WHERE id = ?', [id]);
    await b.v.run("INSERT INTO signalen_zoek (signalen_zoek) VALUES ('optimize')");
    await aanwezig(centraal, s, false);
    const u = await opruimen_(centraal);
    expect(aantal(u, 'verweesde-personen')).toBe(2);
    await weg(centraal, s);
    // Nothing noted is left over: the next sweep at unlock has nothing to look at.
    expect(await b.v.get('SELECT count(*) AS n FROM personen_te_controleren')).toEqual({ n: 0 });
  });

  const pakket = geenSporen();
  const vervolg = geenSporen();
  const nieuw = geenSporen();
  let zorgOverleg = 0;

  it('zorgoverleg heen en terug: centraal art. 16.8 "geen vervolg" na 14 dagen; zorgcoördinatie het pakket en de zorgsignalen na bevestiging', async () => {
    klokZetten('2027-03-01T09:00:00Z');
    await c('signalen.opslaan', { formulier: formulier(vervolg, ids.c['GEM-GGD']!, 2), indienen: true });
    await c('signalen.opslaan', { formulier: formulier(pakket, ids.c.ZORGCOORD!, 3), indienen: true });
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-03-03', waarschuwingenBevestigd: true });
    // The two signals and the control (open, with a phase): all three go on the agenda.
    expect((await c<{ toegevoegd: number }>('overleg.agendaSamenstellen', { id: overlegId })).toegevoegd).toBe(3);
    const heen = await c<{ pad: string }>('agendapakket.maken', { overlegId, doelmap: stick });
    await z('bundels.inlezen', { pad: heen.pad, bevestigingMap: stick });

    klokZetten('2027-03-03T12:00:00Z');
    const [lokaal] = await z<Array<{ id: number }>>('overleg.lijst', {});
    zorgOverleg = lokaal!.id;
    const detail = await z<{ punten: Array<{ id: number; samenvatting: string }> }>('overleg.detail', { id: zorgOverleg });
    for (const punt of detail.punten) {
      const geenVervolg = vervolg.woorden.some((w) => punt.samenvatting.includes(w));
      await z('overleg.besluiten', { puntId: punt.id, besluit: geenVervolg ? 'geen-vervolg' : 'blijft-in-zorgoverleg', kwalificatie: '', notities: geenVervolg ? woord(vervolg, 'Besproken:') : woord(pakket, 'Besproken:') });
    }
    await z('signalen.opslaan', { formulier: formulier(nieuw, ids.z['GEM-GGD']!, 1), indienen: true });
    await z('overleg.status', { id: zorgOverleg, naar: 'gehouden' });
    const terug = await z<{ pad: string; bestandsnaam: string }>('signalen.terugsturen', { overlegId: zorgOverleg, doelmap: stick });
    const voor = new Set(await fs.readdir(stick));
    await c('bundels.inlezen', { pad: terug.pad, bevestigingMap: stick });
    const bevestiging = (await fs.readdir(stick)).find((n) => !voor.has(n))!;

    // Zorgcoördinatie before the receipt: everything stays (the day limit is 30 days after the meeting).
    expect((await z<Uitkomst>('bewaring.uitvoeren')).totaal).toBe(0);
    await aanwezig(zorg, pakket, false);
    await aanwezig(zorg, nieuw);

    klokZetten('2027-03-05T12:00:00Z');
    await z('bundels.inlezen', { pad: path.join(stick, bevestiging) });
    const plan = await z<{ gepland: Array<{ datum: string; regel: string; aantal: number }> }>('bewaring.plan', { dagen: 90 });
    expect(plan.gepland).toEqual(
      expect.arrayContaining([expect.objectContaining({ datum: '2027-03-05', regel: 'agendapakket' }), expect.objectContaining({ datum: '2027-03-05', regel: 'zorgpartnersignalen', aantal: 1 })]),
    );
    klokZetten('2027-03-04T12:00:00Z');
    expect((await z<Uitkomst>('bewaring.uitvoeren')).totaal).toBe(0);
    await aanwezig(zorg, pakket, false);
    klokZetten('2027-03-06T12:00:00Z');
    const u = await z<Uitkomst>('bewaring.uitvoeren');
    expect(aantal(u, 'agendapakket')).toBeGreaterThanOrEqual(2);
    expect(aantal(u, 'zorgpartnersignalen')).toBe(1);
    await weg(zorg, pakket);
    await weg(zorg, vervolg);
    await weg(zorg, nieuw);
    // The meeting itself (date, place) stays, so a second pack for it is still refused.
    expect(await z<unknown[]>('overleg.lijst', {})).toHaveLength(1);

    // Centraal: "geen vervolg" was decided on 3 March; final on the 17th.
    klokZetten('2027-03-16T12:00:00Z');
    expect(aantal(await opruimen_(centraal), 'geen-vervolg')).toBe(0);
    await aanwezig(centraal, vervolg, false);
    klokZetten('2027-03-18T12:00:00Z');
    expect(aantal(await opruimen_(centraal), 'geen-vervolg')).toBe(1);
    await weg(centraal, vervolg);
    // The signal kept in the zorgoverleg and the new one from the care partner stay at the centraal bestand.
    await aanwezig(centraal, nieuw, false);
    await aanwezig(centraal, blijft);
  });

  it('zorgcoördinatie: een pakket waarvan de uitkomsten nooit terugkomen gaat uiterlijk 30 dagen na het overleg', async () => {
    const s = geenSporen();
    klokZetten('2027-05-01T09:00:00Z');
    await c('signalen.opslaan', { formulier: formulier(s, ids.c['GEM-GGD']!, 4), indienen: true });
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-05-10', waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: overlegId });
    const heen = await c<{ pad: string }>('agendapakket.maken', { overlegId, doelmap: stick });
    await z('bundels.inlezen', { pad: heen.pad, bevestigingMap: stick });
    klokZetten('2027-06-08T12:00:00Z');
    expect(aantal(await z<Uitkomst>('bewaring.uitvoeren'), 'agendapakket')).toBe(0);
    await aanwezig(zorg, s, false);
    klokZetten('2027-06-10T12:00:00Z');
    expect(aantal(await z<Uitkomst>('bewaring.uitvoeren'), 'agendapakket')).toBeGreaterThan(0);
    await weg(zorg, s);
  });

  it('partner, art. 22.1: het ontvangen uittreksel gaat op zijn datum "bewaren tot"; de terugmelding blijft', async () => {
    const s = geenSporen();
    klokZetten('2027-07-01T09:00:00Z');
    const { id: signaalId } = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, ids.c.POLITIE!), indienen: true });
    const { id: dossierId } = await c<{ id: number }>('dossiers.maken', { signaalIds: [signaalId], titel: 'Overdracht bewaring' });
    await c('dossiers.faseWijzigen', { id: dossierId, naar: 'weging-en-kwalificatie', toelichting: '' });
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2027-07-08', waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: overlegId });
    await c('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punten = (await c<{ punten: Array<{ id: number; dossierId: number | null }> }>('overleg.detail', { id: overlegId })).punten;
    const punt = punten.find((x) => x.dossierId === dossierId)!;
    await c('overleg.besluiten', { puntId: punt.id, kwalificatie: 'mensenhandel', besluit: 'interventies', notities: '', belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).', interventies: [{ partnerId: ids.c.POLITIE, omschrijving: 'Onderzoek', deadline: '2027-09-01' }] });
    const { bundels } = await c<{ bundels: Array<{ pad: string }> }>('overdracht.uitvoeren', { dossierId, doelmap: stick });
    klokZetten('2027-07-09T09:00:00Z');
    await p('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    const [ontvangen] = await p<Array<{ id: number; bewarenTot: string; interventies: Array<{ id: number }> }>>('ontvangen.lijst');
    expect(ontvangen!.bewarenTot).toBe('2032-07-09');
    await p('terugmelding.maken', { interventieId: ontvangen!.interventies[0]!.id, status: 'uitgevoerd', datum: '2027-08-01', verslag: 'Onderzoek afgerond', doelmap: stick });

    klokZetten('2032-07-08T12:00:00Z');
    expect(aantal(await p<Uitkomst>('bewaring.uitvoeren'), 'ontvangen-uittreksel')).toBe(0);
    await aanwezig(politie, s, false);

    klokZetten('2032-07-10T12:00:00Z');
    await p('sessie.vergrendelen');
    await p('sessie.aanmelden', { gebruiker: 'agent', wachtwoord: WACHTWOORD });
    expect(aantal((await p<{ laatste: Uitkomst }>('bewaring.status')).laatste, 'ontvangen-uittreksel')).toBe(1);
    await weg(politie, s);
    const [daarna] = await p<Array<{ opgeschoondOp: string | null; interventies: Array<{ status: string; laatstGemeldOp: string | null }> }>>('ontvangen.lijst');
    expect(daarna!.opgeschoondOp).not.toBeNull();
    expect(daarna!.interventies[0]).toMatchObject({ status: 'uitgevoerd', laatstGemeldOp: '2027-08-01' });
    const r = await politie.aanroepen('ontvangen.detail', { id: ontvangen!.id });
    expect(r.ok ? null : r.fout.artikel).toBe('art. 22.1');
  });

  it('the term counts from the Dutch day of the decision: just after midnight in Amsterdam is already the next day', async () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in the Netherlands; the term was counted from 1 December.
    klokZetten('2032-12-01T23:30:00Z');
    const { id } = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(geenSporen(), ids.c.POLITIE!), indienen: true });
    await c('signalen.besluit', { id, besluit: 'geen-dossier', toelichting: 'Geen aanwijzingen' });
    const plan = await c<{ gepland: Array<{ datum: string; regel: string }> }>('bewaring.plan', { dagen: 90 });
    expect(plan.gepland.filter((g) => g.regel === 'geen-dossier').map((g) => g.datum)).toEqual(['2032-12-16']);
  });
});
