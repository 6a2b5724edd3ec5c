/**
 * Need-to-know per partner and per item on real encrypted bestanden (docs/beslissingen/0031-…): the
 * ketenregisseur's choice is stored per dossier and partner (and who made it), the matrix and the wizard
 * follow it, the handover bundle holds only the chosen items in the chosen form — read back by the politie's
 * own installation — and the verstrekkingenlog names the choice. Before the weighing of the victim's
 * interests (art. 21.6) nothing from a non-care signal goes; a consent for another purpose lifts nothing (14.8).
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/backend/api';
import { aanroeper, centraalEnPolitie, opruimen, partnerIds, tijdelijkeMap, weigeraar } from '../fixtures/omgeving';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-nodig';

interface Voorbeeld {
  ontvangers: Array<{ partner: { code: string }; nodig: { bron: string; door?: string; items: string[]; identificatie: boolean }; items: Array<{ sleutel: string; beslissing: { toegestaan: boolean; vorm: string; artikel: string } }> }>;
}

describe('wat een partner nodig heeft, van keuze tot bundel', () => {
  let werk: string;
  let stick: string;
  let centraal: Router;
  let politie: Router;
  let c: ReturnType<typeof aanroeper>;
  let p: ReturnType<typeof aanroeper>;
  let ids: Record<string, number>;

  beforeAll(async () => {
    werk = await tijdelijkeMap('nodig');
    ({ stick, centraal, politie, c, p } = await centraalEnPolitie(werk, WACHTWOORD, { weergavenaam: 'Rosa Regisseur' }));
    await c('gebruikers.toevoegen', { naam: 'zorg', weergavenaam: 'Zorgcoördinator', rol: 'zorgcoordinator', wachtwoord: WACHTWOORD });
    ids = await partnerIds(centraal);
  });
  afterAll(async () => {
    await centraal.afsluiten();
    await politie.afsluiten();
    await opruimen(werk);
  });

  it('slaat de keuze op, volgt haar in matrix, wizard, bundel en log, en weigert zonder afweging (21.6)', async () => {
    const signaal = (bron: string, naam: string) => ({
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids[bron] },
        bron: { naam: 'Synthetische Bron', partnerId: ids[bron] },
        slachtoffer: { naam, geboortedatum: '1998-02-02' },
        samenvatting: 'Mogelijke uitbuiting in een nagelstudio.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 3,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    const eerste = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('SZW-AI', 'Synthetische Gekozennaam'));
    const tweede = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('IND', 'Synthetische Nietgekozennaam'));
    const d = await c<{ id: number }>('dossiers.maken', { signaalIds: [eerste.id, tweede.id], titel: 'Nagelstudio Proefdorp' });
    await c('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: overlegId });
    await c('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = (await c<{ punten: Array<{ id: number }> }>('overleg.detail', { id: overlegId })).punten[0]!;
    const besluit = { puntId: punt.id, kwalificatie: 'arbeidsuitbuiting', besluit: 'interventies', interventies: [{ partnerId: ids.POLITIE, omschrijving: 'Controle bij de werkgever', deadline: '2027-01-31' }] };

    // Art. 21.6: no weighing yet — the spoed matrix gives the politie nothing from these non-care signals, and
    // the casusoverleg cannot decide to act (a weighing too short counts as none).
    await c('spoed.vastleggen', { dossierId: d.id, partnerIds: [ids.POLITIE], verzoek: 'Direct een controle bij de werkgever', medebeslisser: { gebruiker: 'zorg', wachtwoord: WACHTWOORD } });
    const spoed = await c<{ ontvangers: Array<{ code: string; beslissingen: Array<{ toegestaan: boolean; artikel: string }> }> }>('beleid.matrix', { dossierId: d.id, doel: 'spoed' });
    expect(spoed.ontvangers.find((o) => o.code === 'POLITIE')!.beslissingen.every((b) => !b.toegestaan && b.artikel === 'art. 21.6')).toBe(true);
    expect(await weigeraar(centraal)('overleg.besluiten', besluit)).toMatchObject({ code: 'CONVENANTREGEL', artikel: 'art. 21.6', velden: [expect.objectContaining({ pad: 'belangenafweging' })] });
    expect(await weigeraar(centraal)('overleg.besluiten', { ...besluit, belangenafweging: 'kort' })).toMatchObject({ code: 'CONVENANTREGEL', artikel: 'art. 21.6' });

    // A weighing too short is refused with the article; then recorded and audited; now the meeting decides.
    expect(await weigeraar(centraal)('nodig.belangenafweging', { dossierId: d.id, afweging: 'kort' })).toMatchObject({ code: 'ONGELDIGE_INVOER', artikel: 'art. 21.6' });
    await c('nodig.belangenafweging', { dossierId: d.id, afweging: 'Het slachtoffer is veilig ondergebracht; een controle bij de werkgever brengt haar niet in gevaar.' });
    await c('overleg.besluiten', besluit);

    // The task comes from the intervention: the politie has one, the IND none (art. 16.5).
    const matrix = await c<{ ontvangers: Array<{ code: string; heeftTaak: boolean; nodig: { bron: string } | null; beslissingen: Array<{ sleutel: string; toegestaan: boolean; artikel: string }> }> }>('beleid.matrix', { dossierId: d.id, doel: 'overdracht' });
    expect(matrix.ontvangers.find((o) => o.code === 'POLITIE')).toMatchObject({ heeftTaak: true, nodig: { bron: 'voorstel' } });
    expect(matrix.ontvangers.find((o) => o.code === 'IND')).toMatchObject({ heeftTaak: false, nodig: null });

    // Only a partner with a task gets a choice.
    expect(await weigeraar(centraal)('nodig.kiezen', { dossierId: d.id, partnerId: ids.IND, itemSleutels: [`signaal:${eerste.id}`], identificatie: false })).toMatchObject({ code: 'CONVENANTREGEL', artikel: 'art. 16.5' });
    await c('nodig.kiezen', { dossierId: d.id, partnerId: ids.POLITIE, itemSleutels: [`signaal:${eerste.id}`], identificatie: false, toelichting: 'Voor de controle volstaat het eerste signaal.' });

    const overzicht = await c<{ partners: Array<{ code: string; keuze: { door: string; items: string[]; identificatie: boolean } | null; voorstel: { items: string[]; identificatie: boolean } }>; belangenafweging: { door: string } | null }>('nodig.overzicht', { dossierId: d.id });
    expect(overzicht.partners).toHaveLength(1);
    expect(overzicht.partners[0]).toMatchObject({ code: 'POLITIE', keuze: { door: 'Rosa Regisseur', items: [`signaal:${eerste.id}`], identificatie: false }, voorstel: { identificatie: true } });
    expect(overzicht.belangenafweging).toMatchObject({ door: 'Rosa Regisseur' });

    // The wizard shows the choice and who made it; the unchosen item is refused with art. 16.5.
    const voorbeeld = await c<Voorbeeld>('overdracht.voorbereiden', { dossierId: d.id });
    const naarPolitie = voorbeeld.ontvangers.find((o) => o.partner.code === 'POLITIE')!;
    expect(naarPolitie.nodig).toMatchObject({ bron: 'keuze', door: 'Rosa Regisseur', identificatie: false });
    expect(naarPolitie.items.find((i) => i.sleutel === `signaal:${eerste.id}`)!.beslissing).toMatchObject({ toegestaan: true, vorm: 'geanonimiseerd' });
    expect(naarPolitie.items.find((i) => i.sleutel === `signaal:${tweede.id}`)!.beslissing).toMatchObject({ toegestaan: false, artikel: 'art. 16.5' });

    const { bundels } = await c<{ bundels: Array<{ pad: string }> }>('overdracht.uitvoeren', { dossierId: d.id, doelmap: stick });
    expect(bundels).toHaveLength(1);
    const ruw = await fs.readFile(bundels[0]!.pad, 'latin1');
    expect(ruw).not.toContain('Gekozennaam');
    expect(ruw).not.toContain('Nietgekozennaam');

    // The politie's own installation decrypts it: one item, anonymised, no name of either victim.
    await p('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    const ontvangen = await p<Array<{ id: number }>>('ontvangen.lijst');
    const extract = await p<{ gegevens: Array<{ nummer: string; vorm: string; formulier: { slachtoffer: { naam: string } } }> }>('ontvangen.detail', { id: ontvangen[0]!.id });
    expect(extract.gegevens.map((g) => g.nummer)).toEqual([eerste.nummer]);
    expect(extract.gegevens[0]!.vorm).toBe('geanonimiseerd');
    expect(JSON.stringify(extract)).not.toContain('Gekozennaam');
    expect(JSON.stringify(extract)).not.toContain('Nietgekozennaam');

    // The verstrekkingenlog names the choice and who made it; the audit has the choice and the weighing.
    const log = await c<Array<{ soort: string; items: Array<{ sleutel: string; vorm: string }>; nodig: { bron: string; door?: string } | null }>>('verstrekkingen.lijst', { dossierId: d.id });
    const bundel = log.find((l) => l.soort === 'bundel')!;
    expect(bundel.items).toEqual([expect.objectContaining({ sleutel: `signaal:${eerste.id}`, vorm: 'geanonimiseerd' })]);
    expect(bundel.nodig).toMatchObject({ bron: 'keuze', door: 'Rosa Regisseur' });
    const audit = await c<{ regels: Array<{ actie: string; details: Record<string, unknown> }> }>('audit.lijst', {});
    const acties = audit.regels.map((r) => r.actie);
    expect(acties).toContain('nodig.gekozen');
    expect(acties).toContain('belangenafweging.vastgelegd');
    // The weighing's text is case data: it never enters the audit.
    expect(JSON.stringify(audit)).not.toContain('veilig ondergebracht');
  });

  it('art. 14.8: een toestemming voor een ander doel heft niets op; zonder oordeel over verenigbaarheid is er geen toestemming', async () => {
    const s = await c<{ id: number }>('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-10-02T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids['SZW-AI'] },
        bron: { naam: 'Synthetische Bron', partnerId: ids['SZW-AI'] },
        slachtoffer: { naam: 'Synthetische Doelnaam', geboortedatum: '1997-03-03' },
        samenvatting: 'Mogelijke uitbuiting in een kas.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 3,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    const d = await c<{ id: number }>('dossiers.maken', { signaalIds: [s.id], titel: 'Kas Proefdorp' });
    const fout = await weigeraar(centraal)('toestemmingen.vastleggen', { soort: 'riec-emm', signaalId: s.id, gegevenDoorPartnerId: ids['SZW-AI'], gegevenOp: '2026-10-03', doel: 'advies', verenigbaar: false });
    expect(fout).toMatchObject({ code: 'CONVENANTREGEL', artikel: 'art. 14.8' });
    await c('toestemmingen.vastleggen', { soort: 'riec-emm', signaalId: s.id, gegevenDoorPartnerId: ids['SZW-AI'], gegevenOp: '2026-10-03', doel: 'advies', verenigbaar: true });
    const advies = await c<{ ontvangers: Array<{ code: string; beslissingen: Array<{ toegestaan: boolean; artikel: string }> }> }>('beleid.matrix', { dossierId: d.id, doel: 'advies' });
    expect(advies.ontvangers.find((o) => o.code === 'RIEC')!.beslissingen[0]).toMatchObject({ toegestaan: true });
    const navraag = await c<typeof advies>('beleid.matrix', { dossierId: d.id, doel: 'navraag' });
    expect(navraag.ontvangers.find((o) => o.code === 'RIEC')!.beslissingen[0]).toMatchObject({ toegestaan: false, artikel: 'art. 14.8' });
    const detail = await c<{ toestemmingen: Array<{ doel: string | null; verenigbaar: boolean | null }> }>('dossiers.detail', { id: d.id });
    expect(detail.toestemmingen).toEqual([expect.objectContaining({ doel: 'advies', verenigbaar: true })]);
  });
});
