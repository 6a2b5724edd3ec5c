/**
 * Art. 16.9 on a real encrypted bestand: a spoed decision provides per partner only what the deciders chose
 * as needed for the immediate action — not the handover choice, not everything — the choice is stored with
 * the decision (who chose, when), the verstrekkingenlog and the spoed matrix name it, and a choice for a
 * partner the decision does not ask to act is refused.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { aanroeper, opruimen, partnerIds, tijdelijkeMap, weigeraar } from '../fixtures/omgeving';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-spoed';
const ZORG_WACHTWOORD = 'synthetisch-wachtwoord-spoed-zorg';

describe('art. 16.9: een spoedbesluit verstrekt per partner alleen wat gekozen is', () => {
  let werk: string;
  let centraal: Router;
  let c: ReturnType<typeof aanroeper>;
  let ids: Record<string, number>;

  beforeAll(async () => {
    werk = await tijdelijkeMap('spoed-nodig');
    centraal = maakRouter({ werkmap: path.join(werk, 'centraal') });
    c = aanroeper(centraal);
    await c('bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Rosa Regisseur', wachtwoord: WACHTWOORD });
    await c('gebruikers.toevoegen', { naam: 'zorg', weergavenaam: 'Zeynep Zorg', rol: 'zorgcoordinator', wachtwoord: ZORG_WACHTWOORD });
    ids = await partnerIds(centraal);
  });
  afterAll(async () => {
    await centraal.afsluiten();
    await opruimen(werk);
  });

  it('slaat de keuze bij het besluit op, verstrekt alleen die, en logt wie koos', async () => {
    const signaal = (bron: string, naam: string) => ({
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids[bron] },
        bron: { naam: 'Synthetische Bron', partnerId: ids[bron] },
        slachtoffer: { naam, geboortedatum: '1998-02-02' },
        samenvatting: 'Mogelijke uitbuiting in een loods.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 3,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    const eerste = await c<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Synthetische Spoednaam'));
    const tweede = await c<{ id: number }>('signalen.opslaan', signaal('IND', 'Synthetische Andernaam'));
    const d = await c<{ id: number }>('dossiers.maken', { signaalIds: [eerste.id, tweede.id], titel: 'Loods Proefdorp' });
    const [s1, s2] = [`signaal:${eerste.id}`, `signaal:${tweede.id}`];

    // The form's starting point: both signals, identification for the politie (a person-oriented partner),
    // not for the inspectorate when the request is about a workplace.
    const voorstel = await c<{ items: Array<{ sleutel: string }>; partners: Array<{ partnerId: number; items: string[]; identificatie: boolean }> }>('spoed.voorstel', {
      dossierId: d.id,
      partnerIds: [ids.POLITIE, ids['SZW-AI']],
      verzoek: 'Direct een controle op de werkplek',
    });
    expect(voorstel.items.map((i) => i.sleutel)).toEqual([s1, s2]);
    expect(voorstel.partners).toEqual([
      { partnerId: ids.POLITIE, items: [s1, s2], identificatie: true },
      { partnerId: ids['SZW-AI'], items: [s1, s2], identificatie: false },
    ]);

    // A choice for a partner the decision does not ask to act is refused, citing art. 16.9.
    const zonderVerzoek = await weigeraar(centraal)('spoed.vastleggen', {
      dossierId: d.id,
      partnerIds: [ids.POLITIE],
      verzoek: 'Direct een controle op de werkplek',
      medebeslisser: { gebruiker: 'zorg', wachtwoord: ZORG_WACHTWOORD },
      belangenafweging: 'Het slachtoffer is niet op de werkplek; de controle brengt haar niet in gevaar.',
      nodig: [{ partnerId: ids.IND, itemSleutels: [s1], identificatie: false }],
    });
    expect(zonderVerzoek).toMatchObject({ code: 'ONGELDIGE_INVOER', artikel: 'art. 16.9' });
    expect((await c<{ spoed: unknown[] }>('dossiers.detail', { id: d.id })).spoed).toEqual([]);

    // The deciders narrow the politie to the first signal, anonymised; the inspectorate keeps the suggestion.
    const { id: spoedId } = await c<{ id: number }>('spoed.vastleggen', {
      dossierId: d.id,
      partnerIds: [ids.POLITIE, ids['SZW-AI']],
      verzoek: 'Direct een controle op de werkplek',
      medebeslisser: { gebruiker: 'zorg', wachtwoord: ZORG_WACHTWOORD },
      belangenafweging: 'Het slachtoffer is niet op de werkplek; de controle brengt haar niet in gevaar.',
      nodig: [{ partnerId: ids.POLITIE, itemSleutels: [s1], identificatie: false }],
    });

    // The decision carries the choice and who made it.
    const detail = await c<{ spoed: Array<{ id: number; nodig: Array<{ partnerId: number; items: string[]; identificatie: boolean; door: string }> }> }>('dossiers.detail', { id: d.id });
    expect(detail.spoed[0]).toMatchObject({ id: spoedId, nodig: [{ partnerId: ids.POLITIE, items: [s1], identificatie: false, door: 'Rosa Regisseur' }] });

    // The verstrekkingenlog: the politie got only the first signal, anonymised, by the spoed choice of Rosa;
    // the inspectorate both signals, anonymised, by the suggestion.
    const log = await c<Array<{ soort: string; ontvanger: { id: number }; items: Array<{ sleutel: string; vorm: string }>; nodig: { bron: string; door?: string; spoedId?: number } | null }>>('verstrekkingen.lijst', { dossierId: d.id });
    const naarPolitie = log.find((l) => l.soort === 'spoed' && l.ontvanger.id === ids.POLITIE)!;
    expect(naarPolitie.items).toEqual([expect.objectContaining({ sleutel: s1, vorm: 'geanonimiseerd' })]);
    expect(naarPolitie.nodig).toMatchObject({ bron: 'keuze', door: 'Rosa Regisseur', spoedId });
    const naarAi = log.find((l) => l.soort === 'spoed' && l.ontvanger.id === ids['SZW-AI'])!;
    expect(naarAi.items.map((i) => `${i.sleutel}:${i.vorm}`)).toEqual([`${s1}:geanonimiseerd`, `${s2}:geanonimiseerd`]);
    expect(naarAi.nodig).toMatchObject({ bron: 'voorstel' });

    // The spoed matrix shows the same choice: the second signal refused to the politie under art. 16.9.
    const matrix = await c<{ ontvangers: Array<{ code: string; heeftTaak: boolean; nodig: { bron: string; door?: string; spoedId?: number } | null; beslissingen: Array<{ sleutel: string; toegestaan: boolean; vorm: string; artikel: string }> }> }>('beleid.matrix', { dossierId: d.id, doel: 'spoed' });
    const politie = matrix.ontvangers.find((o) => o.code === 'POLITIE')!;
    expect(politie).toMatchObject({ heeftTaak: true, nodig: { bron: 'keuze', door: 'Rosa Regisseur', spoedId } });
    expect(politie.beslissingen.find((b) => b.sleutel === s1)).toMatchObject({ toegestaan: true, vorm: 'geanonimiseerd' });
    expect(politie.beslissingen.find((b) => b.sleutel === s2)).toMatchObject({ toegestaan: false, artikel: 'art. 16.9' });

    // The handover choice is a different one: choosing for the politie's handover leaves the spoed matrix as it was.
    await c('nodig.kiezen', { dossierId: d.id, partnerId: ids.POLITIE, itemSleutels: [s1, s2], identificatie: true, toelichting: '' });
    const daarna = await c<typeof matrix>('beleid.matrix', { dossierId: d.id, doel: 'spoed' });
    expect(daarna.ontvangers.find((o) => o.code === 'POLITIE')!.beslissingen.find((b) => b.sleutel === s2)).toMatchObject({ toegestaan: false, artikel: 'art. 16.9' });

    // The audit records the decision with its choice, never the victim's name.
    const audit = await c<{ regels: Array<{ actie: string; details: Record<string, unknown> }> }>('audit.lijst', {});
    expect(audit.regels.find((r) => r.actie === 'spoed.besloten')!.details).toMatchObject({ nodig: [{ partner: ids.POLITIE, items: [s1], identificatie: false }] });
    expect(JSON.stringify(audit)).not.toContain('Spoednaam');
  });
});
