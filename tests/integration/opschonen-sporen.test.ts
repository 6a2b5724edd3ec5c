/**
 * Verwijderd is weg, voor elke soort verwijdering (art. 16.7, 16.8, 22.1–22.5). A dossier gets a
 * distinctive word in every field that can hold personal data — the names, birth dates, addresses and
 * phone numbers of everyone involved, the summary and every free-text answer of the Format casus, the
 * title, the note on a phase change, the inquiry with its answer, the consents, the spoed request, the
 * meeting's qualification and notes, the matching decision; the persons' matching keys (HMACs) are
 * noted as they were stored — and after each kind of deletion (and after a draft is thrown away) every page
 * of the database and every WAL frame is decrypted and searched for all of them (tests/fixtures/sporen.ts
 * explains the three forms a word is looked for in, among them the FTS5 index's own). A dossier that
 * stays is found, so the scan reads real data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/backend/api';
import { ontvangenOpschonen } from '../../electron/backend/overdracht/ontvangen';
import { aanroeper, centraalEnPolitie, opruimen, partnerIds, tijdelijkeMap } from '../fixtures/omgeving';
import { geenSporen, gevondenWoorden, kolommenMet, letterlijk, paginasVan, sporenZoeken, woord, type Sporen } from '../fixtures/sporen';

const WACHTWOORD = 'synthetisch-wachtwoord-sporen';
const ZORG_WACHTWOORD = 'synthetisch-wachtwoord-zorg-sporen';

describe('opschonen laat geen spoor achter: elk veld, elke soort verwijdering, elke pagina en elk WAL-frame', () => {
  let werk: string;
  let stick: string;
  let centraal: Router;
  let politie: Router;
  let c: ReturnType<typeof aanroeper>;
  let p: ReturnType<typeof aanroeper>;
  let ids: Record<string, number>;
  let datumTeller = 0;

  /** A birth date nothing else in the file has (dates are looked for as typed). */
  const geboortedatum = (s: Sporen) => letterlijk(s, `19${30 + (datumTeller % 60)}-0${1 + (Math.floor(datumTeller++ / 60) % 9)}-2${datumTeller % 8}`);
  const telefoon = (s: Sporen) => letterlijk(s, `+31 6 ${String(40_000_000 + datumTeller++ * 7919).slice(0, 4)} ${String(1000 + datumTeller).slice(-4)}`);

  const persoon = (s: Sporen, voornaam: string, metWoonsituatie = true) => ({
    naam: woord(s, voornaam),
    geboortedatum: geboortedatum(s),
    geslacht: 'vrouw',
    adres: `${woord(s)}laan 17`,
    woonplaats: woord(s),
    nationaliteit: woord(s),
    verblijfstatus: woord(s, 'verblijf'),
    ...(metWoonsituatie ? { woonsituatie: woord(s, 'woont bij') } : {}),
  });
  const omgeving = (s: Sporen) => ({
    partner: woord(s, 'partner'),
    familie: woord(s, 'zus'),
    vriendenKennissen: woord(s, 'vriendin'),
    collegasKlasgenoten: woord(s, 'collega'),
    professionals: woord(s, 'huisarts'),
    werkOpleiding: woord(s, 'werkt bij'),
    sportVerenigingsleven: woord(s, 'club'),
    overigen: woord(s, 'buurman'),
  });

  /** The whole Format casus, every free field with its own word. */
  const formulier = (s: Sporen, bron: string) => ({
    datumTijd: '2026-09-14T09:30',
    melder: { contactpersoon: woord(s, 'melder'), partnerId: ids[bron], telefoon: telefoon(s), datum: '2026-09-14' },
    bron: { naam: woord(s, 'bron'), partnerId: ids[bron], telefoon: telefoon(s) },
    slachtoffer: persoon(s, 'Zwaantje'),
    pleger: { ...persoon(s, 'Hendrik'), geslacht: 'man' },
    faciliteerder: { ...persoon(s, 'Gerrit', false), soort: 'huisvesting' },
    omgevingSlachtoffer: omgeving(s),
    omgevingPleger: omgeving(s),
    samenvatting: `Gedwongen prostitutie; ${woord(s)} werkt op wisselende adressen.\nVervoer door ${woord(s)}.`,
    vermoedens: ['seksuele-uitbuiting'],
    seksueleVormen: ['gedwongen-prostitutie'],
    vraag1: { zitInProstitutie: 'ja', sindsWanneer: woord(s, 'sinds'), waar: woord(s, 'in'), watVoorProstitutie: woord(s, 'raam'), wieOpDeHoogte: woord(s, 'tante'), dreigtInProstitutie: 'ja', waaruitBlijktDat: woord(s, 'blijkt') },
    vraag2: { hoeUitgebuit: woord(s, 'hoe'), waaruitBlijktDat: woord(s, 'blijkt'), sindsWanneer: woord(s, 'sinds'), waar: woord(s, 'waar'), watVoorWerk: woord(s, 'werk'), wieOpDeHoogte: woord(s, 'wie'), overigeBijzonderheden: woord(s, 'verder') },
    dwang: { isErSprake: 'ja', waaruitBlijkt: woord(s, 'dwang'), eenOfMeerderePersonen: 'meerdere', andereFactoren: woord(s, 'factor'), vindtSlachtofferZelf: woord(s, 'zelf') },
    handhaving: { strafbareFeiten: 'ja', welkeEnDoorWie: woord(s, 'feit'), waaruitBlijkt: woord(s, 'bewijs') },
    hulpverlening: { wordtHulpGeboden: 'ja', welkeHulp: woord(s, 'hulp'), welkeInstanties: woord(s, 'instantie'), vervolgacties: woord(s, 'vervolg') },
    fase: 4,
    delen: 'identificeerbaar',
  });

  const v = (r: Router) => r.sessie.open!.v;

  /** The persons' matching keys (HMACs) of these signals, looked for as typed after the deletion. */
  const sleutels = new Map<Sporen, string[]>();
  async function sleutelsBewaren(s: Sporen, signaalIds: number[]) {
    const rijen = await v(centraal).all<{ waarde: string }>(
      `SELECT DISTINCT waarde FROM persoon_sleutels WHERE persoon_id IN (SELECT persoon_id FROM signaal_personen WHERE signaal_id IN (${signaalIds.map(() => '?').join(',')}))`,
      signaalIds,
    );
    expect(rijen.length).toBeGreaterThan(0);
    sleutels.set(s, [...(sleutels.get(s) ?? []), ...rijen.map((r) => r.waarde)]);
  }

  /**
   * A dossier in weging-en-kwalificatie with two signals (second one about the same victim, so a
   * matching decision can be recorded), an inquiry with its answer, consents, a spoed decision and a
   * note on a phase change — every one of them with its own words in `s`.
   */
  async function dossierMetSporen(s: Sporen, bron = 'POLITIE'): Promise<{ dossierId: number; signaalIds: number[] }> {
    const een = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, bron), indienen: true });
    const twee = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, 'SZW-AI'), indienen: true });
    const { id: dossierId } = await c<{ id: number }>('dossiers.maken', { signaalIds: [een.id, twee.id], titel: woord(s, 'Dossier') });
    const personen = await v(centraal).all<{ persoon_id: number }>("SELECT persoon_id FROM signaal_personen WHERE rol = 'slachtoffer' AND signaal_id IN (?, ?) ORDER BY signaal_id", [een.id, twee.id]);
    await c('personen.besluiten', { persoonId: personen[0]!.persoon_id, kandidaatId: personen[1]!.persoon_id, besluit: 'verschillend', toelichting: woord(s, 'andere moeder') });
    await c('toestemmingen.vastleggen', { soort: 'riec-emm', signaalId: een.id, gegevenDoorPartnerId: ids[bron], gegevenOp: '2026-09-15', doel: 'advies', verenigbaar: true, toelichting: woord(s, 'toestemming') });
    const navraag = await c<{ id: number }>('navraag.vastleggen', { dossierId, partnerId: ids.IND, vraag: woord(s, 'Is bekend:'), gevraagdOp: '2026-09-15' });
    await c('navraag.beantwoorden', { id: navraag.id, beantwoordOp: '2026-09-16', antwoord: woord(s, 'Ja, dossier'), relevant: true, toelichting: woord(s, 'relevant want') });
    await c('toestemmingen.vastleggen', { soort: 'riec-emm', navraagId: navraag.id, gegevenDoorPartnerId: ids.IND, gegevenOp: '2026-09-16', doel: 'advies', verenigbaar: true, toelichting: woord(s, 'toestemming navraag') });
    await c('spoed.vastleggen', { dossierId, partnerIds: [ids.POLITIE], verzoek: woord(s, 'Direct naar'), medebeslisser: { gebruiker: 'zorg', wachtwoord: ZORG_WACHTWOORD } });
    await c('dossiers.faseWijzigen', { id: dossierId, naar: 'weging-en-kwalificatie', toelichting: woord(s, 'Gesproken met') });
    await sleutelsBewaren(s, [een.id, twee.id]);
    return { dossierId, signaalIds: [een.id, twee.id] };
  }

  /** A casusoverleg that decides on the dossier with a qualification and notes of its own words. */
  async function besluiten(s: Sporen, dossierId: number, besluit: 'interventies' | 'geen-actie', datum: string) {
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum, waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: overlegId });
    await c('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punten = (await c<{ punten: Array<{ id: number; dossierId: number | null; soort: string }> }>('overleg.detail', { id: overlegId })).punten;
    for (const punt of punten.filter((x) => x.dossierId === dossierId)) {
      if (punt.soort === 'spoed') {
        await c('overleg.besluiten', { puntId: punt.id, kwalificatie: '', besluit: 'spoed-bevestigd', notities: woord(s, 'spoed besproken met') });
        continue;
      }
      await c('overleg.besluiten', {
        puntId: punt.id,
        kwalificatie: woord(s, 'uitbuiting door'),
        besluit,
        notities: woord(s, 'Besproken: verblijft bij'),
        ...(besluit === 'interventies' ? { belangenafweging: woord(s, 'afweging: het slachtoffer') } : {}),
        interventies: besluit === 'interventies' ? [{ partnerId: ids.POLITIE, omschrijving: 'Onderzoek naar de uitbuiter', deadline: '2027-02-01' }] : [],
      });
    }
  }

  async function geenSpoor(r: Router, s: Sporen) {
    const b = r.sessie.open!;
    // A matching key shared with a person who stays is not a trace of the deleted one.
    const levend = new Set((await b.v.all<{ waarde: string }>('SELECT waarde FROM persoon_sleutels')).map((x) => x.waarde));
    const metSleutels: Sporen = { woorden: s.woorden, letterlijk: [...s.letterlijk, ...(sleutels.get(s) ?? []).filter((k) => !levend.has(k))] };
    const vondsten = await sporenZoeken(b.map, b.bestandssleutel(), metSleutels);
    // On failure, name the tables and columns that still hold them (FTS5 shows as signalen_zoek_data).
    const kolommen = vondsten.length ? await kolommenMet(b.v, [...new Set(vondsten.map((x) => x.spoor))]) : [];
    expect(vondsten, `sporen in de ontsleutelde pagina’s; nog in ${kolommen.join(', ')}`).toEqual([]);
    // Every deletion path ends in a TRUNCATE checkpoint: not even stale frames are left.
    expect((await paginasVan(b.map, b.bestandssleutel())).walBytes).toBe(0);
  }

  const blijft = geenSporen();

  beforeAll(async () => {
    werk = await tijdelijkeMap('sporen');
    ({ stick, centraal, politie, c, p } = await centraalEnPolitie(werk, WACHTWOORD));
    await c('gebruikers.toevoegen', { naam: 'zorg', weergavenaam: 'Zorgcoördinator', rol: 'zorgcoordinator', wachtwoord: ZORG_WACHTWOORD });
    ids = await partnerIds(centraal);
    // The positive control: a dossier that is never deleted.
    await dossierMetSporen(blijft, 'COA');
  }, 60_000);
  afterAll(async () => {
    await centraal?.afsluiten();
    await politie?.afsluiten();
    await opruimen(werk);
  });

  const naOverdracht = geenSporen();
  let overdrachtDossier = 0;

  it('art. 16.7: na overdracht en opschonen staat geen enkel woord van het dossier nog in database of WAL', async () => {
    const { dossierId } = await dossierMetSporen(naOverdracht);
    await besluiten(naOverdracht, dossierId, 'interventies', '2026-12-17');
    const { bundels } = await c<{ bundels: Array<{ pad: string }> }>('overdracht.uitvoeren', { dossierId, doelmap: stick });
    await p('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    overdrachtDossier = dossierId;

    // Control: before the purge the words are there (in the tables and in the search index).
    const b = centraal.sessie.open!;
    await v(centraal).exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect((await gevondenWoorden(b.map, b.bestandssleutel(), naOverdracht)).length).toBe(naOverdracht.woorden.length);

    await c('opschonen.uitvoeren', { dossierId, reden: 'overdracht' });
    await geenSpoor(centraal, naOverdracht);
    // What the covenant keeps is still there: the intervention and the analysis record.
    expect(await c<unknown[]>('interventies.lijst', { dossierId })).toHaveLength(1);
    // And the dossier that stays is still found, in every field: the scan reads real data.
    expect(await gevondenWoorden(b.map, b.bestandssleutel(), blijft)).toEqual(blijft.woorden);
  });

  it('art. 16.8: na het besluit geen actie en opschonen staat geen enkel woord van het dossier nog in database of WAL', async () => {
    const s = geenSporen();
    const { dossierId } = await dossierMetSporen(s);
    await besluiten(s, dossierId, 'geen-actie', '2026-12-18');
    await c('opschonen.uitvoeren', { dossierId, reden: 'geen-actie' });
    await geenSpoor(centraal, s);
  });

  it('art. 22.2: een verwijderverzoek van de bron laat van het signaal geen woord achter', async () => {
    const s = geenSporen();
    const signaal = await c<{ id: number; nummer: string }>('signalen.opslaan', { formulier: formulier(s, 'POLITIE'), indienen: true });
    await c('toestemmingen.vastleggen', { soort: 'riec-emm', signaalId: signaal.id, gegevenDoorPartnerId: ids.POLITIE, gegevenOp: '2026-09-15', doel: 'advies', verenigbaar: true, toelichting: woord(s, 'toestemming') });
    await sleutelsBewaren(s, [signaal.id]);
    const politieIds = await partnerIds(politie);
    const verzoek = await p<{ pad: string }>('verwijderverzoek.maken', {
      aanPartnerId: politieIds['GEM-VEILIGHEID'],
      bronregistratie: 'BVH (synthetisch)',
      onderwerpen: [{ soort: 'signaal', referentie: signaal.nummer }],
      reden: 'Verwijderd uit de bronregistratie',
      doelmap: stick,
    });
    await c('bundels.inlezen', { pad: verzoek.pad, bevestigingMap: stick });
    await geenSpoor(centraal, s);
  });

  it('een weggegooid concept laat geen woord achter', async () => {
    const s = geenSporen();
    const concept = await c<{ id: number }>('signalen.opslaan', { formulier: formulier(s, 'POLITIE'), indienen: false });
    await sleutelsBewaren(s, [concept.id]);
    await c('signalen.conceptVerwijderen', { id: concept.id });
    await geenSpoor(centraal, s);
  });

  it('art. 22.5: vijf jaar na sluiting verdwijnt met de bewaartermijn alles, ook wat niet eerst was opgeschoond', async () => {
    const s = geenSporen();
    const { dossierId } = await dossierMetSporen(s);
    await besluiten(s, dossierId, 'interventies', '2026-12-21');
    await c('interventies.bijwerken', { id: (await c<Array<{ id: number }>>('interventies.lijst', { dossierId }))[0]!.id, status: 'uitgevoerd', uitkomst: woord(s, 'Aangehouden:') });
    // Closed six years ago (the API closes only today; the clock is what is set back here).
    await v(centraal).run("UPDATE dossiers SET fase = 'gesloten', gesloten_op = '2020-01-31' WHERE id = ?", [dossierId]);
    const { verwijderd } = await c<{ verwijderd: string[] }>('opschonen.bewaartermijn');
    expect(verwijderd).toHaveLength(1);
    await geenSpoor(centraal, s);
    // The earlier purged dossier is not closed yet, so it stays; its analysis records stay anyway.
    expect(await c<{ titel: string }>('dossiers.detail', { id: overdrachtDossier, vorm: 'geanonimiseerd' })).toMatchObject({ titel: '(opgeschoond)' });
  });

  it('art. 22.1: bij de partner verdwijnt het ontvangen uittreksel na zijn bewaartermijn zonder spoor', async () => {
    const b = politie.sessie.open!;
    await v(politie).exec('PRAGMA wal_checkpoint(TRUNCATE)');
    // Control: the extract the politie received holds the dossier's words.
    expect((await gevondenWoorden(b.map, b.bestandssleutel(), naOverdracht)).length).toBeGreaterThan(10);
    expect(await ontvangenOpschonen(b, '2099-01-01')).toBe(1);
    await geenSpoor(politie, naOverdracht);
  });
});
