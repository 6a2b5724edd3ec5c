/**
 * The handover list offers only what can be done (issue 11 §5, ADR 0035): a dossier is ready when its
 * casusoverleg assigned interventions (art. 16.5) and every acting partner has a trusted bundle key
 * (art. 21.9). The others are listed with what is missing, per partner. Before this channel the screen
 * offered every dossier in the step "toewijzing interventie" or later, and four of five failed at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { sleutelpaarGenereren } from '../../electron/backend/bestand/eigensleutel';
import { aanmeldenAls, geweigerd, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

describe('overdracht: alleen wat kan (art. 16.5, 21.9)', () => {
  let werk: string;
  let router: Router;
  let pid: (code: string) => number;
  let metInterventies: number;
  let zonder: number;

  const signaal = async (naam: string) =>
    (
      await ok(router, 'signalen.opslaan', {
        formulier: {
          datumTijd: '2026-09-14T09:30',
          melder: { contactpersoon: 'Synthetische Melder', partnerId: pid('POLITIE') },
          bron: { naam: 'Synthetische Bron', partnerId: pid('POLITIE') },
          slachtoffer: { naam, geboortedatum: '2004-03-02', geslacht: 'vrouw', nationaliteit: 'Bulgaarse' },
          samenvatting: 'Uitbuiting in de schoonmaak (synthetisch).',
          vermoedens: ['sociaal-economische-uitbuiting'],
          fase: 4,
        },
        indienen: true,
      })
    ).id;

  beforeAll(async () => {
    klokZetten('2026-12-20T10:00:00.000Z');
    werk = await tijdelijkeMap('overdracht-kandidaten');
    router = maakRouter({ werkmap: werk });
    await ok(router, 'bestand.maken', { map: 'centraal', naam: 'Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Rianne Regisseur', wachtwoord: WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'bewerker', weergavenaam: 'Bert Bewerker', rol: 'bewerker', wachtwoord: WACHTWOORD });
    const partners = await ok(router, 'partners.lijst', {});
    pid = (code) => partners.find((p) => p.code === code)!.id;
    metInterventies = (await ok(router, 'dossiers.maken', { signaalIds: [await signaal('Gerolda Overdrachtsma')], titel: 'Schoonmaak met interventies' })).id;
    zonder = (await ok(router, 'dossiers.maken', { signaalIds: [await signaal('Hilde Zonderwerk')], titel: 'Zonder interventies' })).id;
    await ok(router, 'dossiers.faseWijzigen', { id: metInterventies, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = await ok(router, 'overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    await ok(router, 'overleg.agendaSamenstellen', { id: overlegId });
    await ok(router, 'overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = (await ok(router, 'overleg.detail', { id: overlegId })).punten.find((p) => p.dossierId === metInterventies)!;
    await ok(router, 'overleg.besluiten', {
      puntId: punt.id,
      kwalificatie: 'arbeidsuitbuiting',
      besluit: 'interventies',
      interventies: [
        { partnerId: pid('POLITIE'), omschrijving: 'Onderzoek naar de werkgever', deadline: '2027-02-01' },
        { partnerId: pid('IND'), omschrijving: 'Verblijfspositie bekijken', deadline: '2027-02-01' },
      ],
      belangenafweging: 'Synthetische afweging: onderzoek en verblijfspositie brengen het slachtoffer niet in gevaar.',
    });
    // The other dossier reaches the step by hand, without a meeting: nothing was assigned.
    for (const naar of ['weging-en-kwalificatie', 'toewijzing-interventie'] as const) await ok(router, 'dossiers.faseWijzigen', { id: zonder, naar });
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('een dossier zonder toegewezen interventies is niet klaar en zegt dat (art. 16.5)', async () => {
    const k = (await ok(router, 'overdracht.kandidaten', {})).find((x) => x.id === zonder)!;
    expect(k).toMatchObject({ klaar: false, partners: [], ontbreekt: [{ soort: 'interventies', partner: null, artikel: 'art. 16.5' }] });
    // The wizard would refuse it at once: the list and the wizard agree.
    await geweigerd(router, 'overdracht.voorbereiden', { dossierId: zonder }, 'CONFLICT');
  });

  it('per partner: geen sleutel, een onbevestigde sleutel; klaar zodra beide vertrouwd zijn', async () => {
    const politie = await sleutelpaarGenereren('Politie (test)', 'partner');
    const sleutel = await ok(router, 'sleutels.partnerImporteren', { partnerId: pid('POLITIE'), armored: politie.publiek });
    let k = (await ok(router, 'overdracht.kandidaten', {})).find((x) => x.id === metInterventies)!;
    expect(k.klaar).toBe(false);
    expect(k.ontbreekt).toEqual([
      { soort: 'sleutelOnbevestigd', partner: expect.objectContaining({ code: 'POLITIE' }), artikel: 'art. 21.9' },
      { soort: 'sleutel', partner: expect.objectContaining({ code: 'IND' }), artikel: 'art. 21.9' },
    ]);
    expect(k.partners.map((p) => [p.code, p.sleutel])).toEqual([
      ['POLITIE', 'onbevestigd'],
      ['IND', 'geen'],
    ]);
    expect(k.partners[0]!.vingerafdruk).toBe(sleutel.vingerafdruk);
    // The wizard blocks it too.
    const voorbeeld = await ok(router, 'overdracht.voorbereiden', { dossierId: metInterventies });
    expect(voorbeeld.ontvangers.every((o) => o.blokkades.length > 0)).toBe(true);

    await ok(router, 'sleutels.bevestigen', { sleutelId: sleutel.id, hoe: 'telefonisch (test)', vingerafdruk: politie.vingerafdruk });
    const ind = await sleutelpaarGenereren('IND (test)', 'partner');
    const indSleutel = await ok(router, 'sleutels.partnerImporteren', { partnerId: pid('IND'), armored: ind.publiek });
    await ok(router, 'sleutels.bevestigen', { sleutelId: indSleutel.id, hoe: 'telefonisch (test)', vingerafdruk: ind.vingerafdruk });
    k = (await ok(router, 'overdracht.kandidaten', {})).find((x) => x.id === metInterventies)!;
    expect(k).toMatchObject({ klaar: true, ontbreekt: [], overgedragen: false });
    expect((await ok(router, 'overdracht.voorbereiden', { dossierId: metInterventies })).ontvangers.every((o) => o.blokkades.length === 0)).toBe(true);

    // A revoked key is missing again.
    await ok(router, 'sleutels.intrekken', { sleutelId: indSleutel.id, reden: 'test' });
    k = (await ok(router, 'overdracht.kandidaten', {})).find((x) => x.id === metInterventies)!;
    expect(k.klaar).toBe(false);
    expect(k.partners.find((p) => p.code === 'IND')!.sleutel).toBe('ingetrokken');
  });

  it('alleen wie een overdracht mag voorbereiden ziet de lijst', async () => {
    await aanmeldenAls(router, 'bewerker');
    await geweigerd(router, 'overdracht.kandidaten', {}, 'GEEN_TOEGANG');
    await aanmeldenAls(router, 'regisseur');
  });
});
