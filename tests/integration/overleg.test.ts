/**
 * The meetings story on a real encrypted bestand, through the API: plan the year, build the
 * casusoverleg agenda, hold the meeting (attendance, an expert's confidentiality, decisions with
 * interventions), print the decision list per attendee and read it back, follow the interventions
 * and close the dossier after evaluation.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { aanroeper, weigeraar } from '../fixtures/omgeving';
import { pdfLezen } from '../fixtures/pdf-lezen';

process.env.KETENBESTAND_KDF_KOSTEN = '14';

describe('plan → agenda → overleg → besluiten → interventies → evaluatie', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const weigering = (kanaal: string, invoer: unknown) => weigeraar(router)(kanaal, invoer);
  let pid: (code: string) => number;
  const signaal = (bron: string, samenvatting: string) => ({
    formulier: {
      datumTijd: '2026-10-01T10:00',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: pid(bron) },
      bron: { naam: 'Synthetische Bron', partnerId: pid(bron) },
      slachtoffer: { naam: `Synthetisch Slachtoffer ${bron}`, geboortedatum: '1995-03-03' },
      samenvatting,
      vermoedens: ['sociaal-economische-uitbuiting'],
      fase: 3,
      delen: 'geanonimiseerd',
    },
    indienen: true,
  });

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-overleg-'));
    router = maakRouter({ werkmap: werk });
    await roep('bestand.maken', { map: 'centraal', naam: 'Ketensamenwerking Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: 'synthetisch-wachtwoord-1' });
    const partners = await roep<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
  });
  afterAll(async () => {
    await router.afsluiten();
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('art. 12.8/12.28: het jaarplan is zonder waarschuwingen; een te late zorgoverleg wordt pas na bevestiging opgeslagen', async () => {
    const plan = await roep<{ voorstel: Array<{ soort: string; datum: string }>; waarschuwingen: unknown[] }>('overleg.jaarplan', { jaar: 2027 });
    expect(plan.waarschuwingen).toEqual([]);
    expect(plan.voorstel.filter((o) => o.soort === 'casusoverleg')).toHaveLength(12);
    await roep('overleg.jaarplanVastleggen', { overleggen: plan.voorstel });
    expect(await roep('overleg.controleren', { jaar: 2027 })).toEqual([]);

    const casus = plan.voorstel.find((o) => o.soort === 'casusoverleg' && o.datum.startsWith('2027-03'))!;
    const teLaat = new Date(new Date(`${casus.datum}T12:00:00Z`).getTime() - 10 * 86_400_000).toISOString().slice(0, 10);
    const fout = await weigering('overleg.plannen', { soort: 'zorgoverleg', datum: teLaat });
    expect(fout.code).toBe('CONVENANTREGEL');
    expect(fout.artikel).toBe('art. 12.28');
    const { id, waarschuwingen } = await roep<{ id: number; waarschuwingen: Array<{ artikel: string }> }>('overleg.plannen', { soort: 'zorgoverleg', datum: teLaat, waarschuwingenBevestigd: true });
    expect(waarschuwingen.map((w) => w.artikel)).toContain('art. 12.28');
    const opgeslagen = (await roep<Array<{ id: number; waarschuwingen: Array<{ artikel: string }> }>>('overleg.lijst', { jaar: 2027 })).find((o) => o.id === id)!;
    expect(opgeslagen.waarschuwingen.map((w) => w.artikel)).toContain('art. 12.28');
  });

  it('agenda, vergadering, besluitenlijst per deelnemer, interventies en evaluatie', async () => {
    const bd = await roep<{ id: number }>('signalen.opslaan', signaal('BD', 'Fiscale aanwijzingen bij een uitzendbureau.'));
    const ai = await roep<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Lange werkdagen in een distributiecentrum.'));
    const dossier = await roep<{ id: number }>('dossiers.maken', { signaalIds: [bd.id, ai.id], titel: 'Distributiecentrum Proefdorp' });
    const los = await roep<{ id: number }>('signalen.opslaan', signaal('POLITIE', 'Nog niet gewogen signaal.'));
    const ander = await roep<{ id: number }>('dossiers.maken', { signaalIds: [los.id], titel: 'Tweede dossier' });
    await roep('dossiers.faseWijzigen', { id: dossier.id, naar: 'weging-en-kwalificatie' });

    const { id: overlegId } = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    expect((await roep<{ toegevoegd: number }>('overleg.agendaSamenstellen', { id: overlegId })).toegevoegd).toBe(1);

    // art. 18.2: the Belastingdienst's signal is not on the COA's agenda; the full version has it.
    const voorCoa = await roep<{ punten: Array<{ aantalSignalen: number; afgeschermd: string[]; bronnen: string[] }> }>('overleg.detail', { id: overlegId, weergaveVoorPartnerId: pid('COA') });
    expect(voorCoa.punten[0]).toMatchObject({ aantalSignalen: 1 });
    expect(voorCoa.punten[0]!.afgeschermd.join(' ')).toContain('art. 18.2');
    expect(voorCoa.punten[0]!.bronnen.join(' ')).not.toContain('Belastingdienst');
    const volledig = await roep<{ punten: Array<{ id: number; aantalSignalen: number }>; deelnemers: Array<{ id: number; partnerId: number | null }> }>('overleg.detail', { id: overlegId });
    expect(volledig.punten[0]!.aantalSignalen).toBe(2);

    // art. 21.3: an expert is present only after signing.
    const { id: deskundige } = await roep<{ id: number }>('overleg.deelnemerToevoegen', { overlegId, naam: 'Synthetische Deskundige', organisatie: 'Universiteit', deskundige: true });
    expect((await weigering('overleg.deelnemerBijwerken', { deelnemerId: deskundige, aanwezig: true })).artikel).toBe('art. 21.3');
    await roep('overleg.deelnemerBijwerken', { deelnemerId: deskundige, aanwezig: true, geheimhoudingGetekendOp: '2026-12-17' });

    const punt = volledig.punten[0]!.id;
    expect((await weigering('overleg.besluiten', { puntId: punt, besluit: 'interventies', interventies: [] })).code).toBe('CONFLICT'); // agenda not yet fixed
    await roep('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });

    // An intervention without partner or due date, or for a party that has left: refused.
    const zonder = await weigering('overleg.besluiten', { puntId: punt, besluit: 'interventies', interventies: [{ partnerId: null, omschrijving: 'Inspectie', deadline: null }] });
    expect(zonder.velden!.map((v) => v.pad)).toEqual(expect.arrayContaining(['interventies.0.partnerId', 'interventies.0.deadline']));
    // The seeded parties joined today; let the KvK have joined in 2024 so its notice has run out.
    await router.sessie.open!.v.run("UPDATE partners SET toegetreden_op = '2024-01-01' WHERE code = 'KVK'");
    await roep('partners.opzeggen', { id: pid('KVK'), datum: '2026-01-01' });
    expect((await weigering('overleg.besluiten', { puntId: punt, besluit: 'interventies', interventies: [{ partnerId: pid('KVK'), omschrijving: 'Controle inschrijving', deadline: '2027-01-31' }] })).artikel).toBe('art. 34.3');

    await roep('overleg.besluiten', {
      puntId: punt,
      kwalificatie: 'arbeidsuitbuiting',
      besluit: 'interventies',
      notities: 'Besproken in het casusoverleg.',
      belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).',
      interventies: [
        { partnerId: pid('SZW-AI'), omschrijving: 'Inspectie bij het distributiecentrum', deadline: '2027-01-31' },
        { partnerId: pid('POLITIE'), omschrijving: 'Gesprek met betrokkene', deadline: '2027-01-15' },
      ],
    });
    const na = await roep<{ fase: string }>('dossiers.detail', { id: dossier.id });
    expect(na.fase).toBe('toewijzing-interventie');

    // The decision list for the COA, read back from the PDF: its view, no Belastingdienst signal.
    const map = await fs.mkdtemp(path.join(werk, 'uitvoer-'));
    const { pad } = await roep<{ pad: string }>('overleg.pdf', { overlegId, soort: 'besluitenlijst', ontvangerId: pid('COA'), doelmap: map });
    const { tekst } = await pdfLezen(pad);
    expect(tekst).toContain('Inspectie bij het distributiecentrum');
    expect(tekst).toContain('art. 21.1');
    expect(tekst).toContain('art. 18.2');
    expect(tekst).not.toContain('Fiscale aanwijzingen');
    expect(path.basename(pad)).not.toMatch(/Synthetisch/i);
    const verstrekkingen = await roep<Array<{ ontvanger: { id: number }; soort: string }>>('verstrekkingen.lijst', { dossierId: dossier.id });
    expect(verstrekkingen.some((v) => v.ontvanger.id === pid('COA') && v.soort === 'besluitenlijst')).toBe(true);

    // A decision on a dossier that is not on the agenda cannot even be addressed.
    expect((await weigering('overleg.besluiten', { puntId: 999_999, besluit: 'geen-actie' })).code).toBe('NIET_GEVONDEN');
    void ander;

    await roep('overleg.status', { id: overlegId, naar: 'gehouden' });
    const open = await roep<Array<{ id: number; partner: { id: number } }>>('interventies.lijst', { dossierId: dossier.id });
    expect(open).toHaveLength(2);
    await roep('interventies.bijwerken', { id: open[0]!.id, status: 'uitgevoerd', uitkomst: 'Gesprek gevoerd' });
    expect((await roep<{ fase: string }>('dossiers.detail', { id: dossier.id })).fase).toBe('uitvoering-interventie');
    expect((await weigering('interventies.bijwerken', { id: open[1]!.id, status: 'niet-uitgevoerd' })).velden![0]!.pad).toBe('reden');
    await roep('interventies.bijwerken', { id: open[1]!.id, status: 'niet-uitgevoerd', reden: 'Bedrijf gesloten' });
    expect((await roep<{ fase: string }>('dossiers.detail', { id: dossier.id })).fase).toBe('evaluatie');
    const { geslotenOp } = await roep<{ geslotenOp: string }>('dossiers.evalueren', { id: dossier.id, evaluatie: 'Interventies afgerond; casus gesloten.' });
    expect(geslotenOp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('een overleg sluiten met onbesliste punten schuift ze door naar het volgende overleg', async () => {
    const s = await roep<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Signaal dat blijft liggen.'));
    const d = await roep<{ id: number }>('dossiers.maken', { signaalIds: [s.id], titel: 'Blijft liggen' });
    await roep('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const eerste = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-18', waarschuwingenBevestigd: true });
    await roep('overleg.agendaSamenstellen', { id: eerste.id });
    await roep('overleg.status', { id: eerste.id, naar: 'agenda-vastgesteld' });
    const { doorgeschoven } = await roep<{ doorgeschoven: number[] }>('overleg.status', { id: eerste.id, naar: 'gehouden' });
    expect(doorgeschoven.length).toBeGreaterThan(0);
    const tweede = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2027-01-21', waarschuwingenBevestigd: true });
    await roep('overleg.agendaSamenstellen', { id: tweede.id });
    const detail = await roep<{ punten: Array<{ dossierId: number | null }> }>('overleg.detail', { id: tweede.id });
    expect(detail.punten.filter((p) => p.dossierId === d.id)).toHaveLength(1);
  });

  it('ADR 0033: samenstellen zegt per kandidaat waarom; alleen besluitbare punten; een agenda met een onbesluitbaar punt wordt niet vastgesteld', async () => {
    type Kandidaat = { soort: string; id: number; besluitbaar: boolean; opAgenda: boolean; reden: { code: string }; artikel: string };
    const s1 = await roep<{ id: number }>('signalen.opslaan', signaal('POLITIE', 'Nog in dossiervorming.'));
    const vorming = await roep<{ id: number }>('dossiers.maken', { signaalIds: [s1.id], titel: 'Nog in vorming' });
    const s2 = await roep<{ id: number }>('signalen.opslaan', signaal('SZW-AI', 'Klaar voor weging.'));
    const klaar = await roep<{ id: number }>('dossiers.maken', { signaalIds: [s2.id], titel: 'Klaar voor weging' });
    await roep('dossiers.faseWijzigen', { id: klaar.id, naar: 'weging-en-kwalificatie' });
    const los = await roep<{ id: number }>('signalen.opslaan', signaal('COA', 'Los signaal.'));
    const { id: overlegId } = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2027-02-18', waarschuwingenBevestigd: true });

    const r = await roep<{ toegevoegd: number; kandidaten: Kandidaat[] }>('overleg.agendaSamenstellen', { id: overlegId });
    const van = (id: number) => r.kandidaten.find((k) => k.soort === 'dossier' && k.id === id)!;
    expect(van(klaar.id)).toMatchObject({ besluitbaar: true, opAgenda: true, reden: { code: 'agenda.reden.inWeging' } });
    expect(van(vorming.id)).toMatchObject({ besluitbaar: false, opAgenda: false, reden: { code: 'agenda.reden.fase' }, artikel: 'art. 10.1, 13.1' });

    // By hand: a dossier in another step, or a loose signal, is refused with the reason and the article.
    const fase = await weigering('overleg.puntToevoegen', { overlegId, dossierId: vorming.id });
    expect(fase).toMatchObject({ code: 'CONVENANTREGEL', meldingcode: 'agenda.reden.fase', artikel: 'art. 10.1, 13.1' });
    expect(await weigering('overleg.puntToevoegen', { overlegId, signaalId: los.id })).toMatchObject({ code: 'CONVENANTREGEL', meldingcode: 'agenda.reden.signaalNietInCasus' });
    expect(await weigering('overleg.agendaSamenstellen', { id: overlegId, keuze: [{ soort: 'dossier', id: vorming.id }] })).toMatchObject({ code: 'CONVENANTREGEL', meldingcode: 'agenda.reden.fase' });
    const kandidaten = await roep<Kandidaat[]>('overleg.kandidaten', { id: overlegId });
    expect(kandidaten.find((k) => k.soort === 'dossier' && k.id === vorming.id)!.besluitbaar).toBe(false);

    // The dossier goes back a step after the agenda was composed: fixing the agenda is refused.
    await roep('dossiers.faseWijzigen', { id: klaar.id, naar: 'dossiervorming' });
    const vast = await weigering('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    expect(vast).toMatchObject({ code: 'CONVENANTREGEL', meldingcode: 'agenda.onbesluitbaar', artikel: 'art. 10.1, 13.1' });
    const detail = await roep<{ punten: Array<{ id: number; dossierId: number | null }> }>('overleg.detail', { id: overlegId });
    await roep('overleg.puntenVerwijderen', { overlegId, puntIds: detail.punten.filter((p) => p.dossierId === klaar.id).map((p) => p.id) });
    await roep('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
  });

  it('zorgoverleg: standaard de nieuwe, onbesproken vijffasensignalen; een keuze voegt precies die toe; een afgehandeld signaal niet', async () => {
    type Kandidaat = { soort: string; id: number; besluitbaar: boolean; opAgenda: boolean; nieuw: boolean; besproken: boolean; reden: { code: string } };
    const met = await roep<{ id: number }>('signalen.opslaan', signaal('GEM-GGD', 'Vijffasensignaal.'));
    const geenFase = await roep<{ id: number }>('signalen.opslaan', signaal('GEM-GGD', 'Al naar het voorbereidingsteam.'));
    await router.sessie.open!.v.run('UPDATE signalen SET voorbereidingsteam = 1 WHERE id = ?', [geenFase.id]);
    const { id: overlegId } = await roep<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-03-04', waarschuwingenBevestigd: true });
    const r = await roep<{ toegevoegd: number; kandidaten: Kandidaat[] }>('overleg.agendaSamenstellen', { id: overlegId });
    expect(r.kandidaten.find((k) => k.id === met.id)).toMatchObject({ besluitbaar: true, opAgenda: true, nieuw: true, besproken: false });
    expect(r.kandidaten.find((k) => k.id === geenFase.id)).toMatchObject({ besluitbaar: false, opAgenda: false, reden: { code: 'agenda.reden.signaalAfgehandeld' } });
    expect(await weigering('overleg.puntToevoegen', { overlegId, signaalId: geenFase.id })).toMatchObject({ meldingcode: 'agenda.reden.signaalAfgehandeld', artikel: 'art. 14.5' });
    // Bulk remove, then add back exactly one by choice.
    const punten = (await roep<{ punten: Array<{ id: number }> }>('overleg.detail', { id: overlegId })).punten;
    expect((await roep<{ verwijderd: number }>('overleg.puntenVerwijderen', { overlegId, puntIds: punten.map((p) => p.id) })).verwijderd).toBe(punten.length);
    expect((await roep<{ toegevoegd: number }>('overleg.agendaSamenstellen', { id: overlegId, keuze: [{ soort: 'signaal', id: met.id }] })).toegevoegd).toBe(1);
    expect((await roep<{ punten: unknown[] }>('overleg.detail', { id: overlegId })).punten).toHaveLength(1);
  });

  it('ADR 0033: na het overleg liggen deelnemers en aanwezigheid vast; een correctie kan alleen met een reden en staat in het auditlog', async () => {
    const { id: overlegId } = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2027-04-15', waarschuwingenBevestigd: true });
    const deelnemers = (await roep<{ deelnemers: Array<{ id: number }> }>('overleg.detail', { id: overlegId })).deelnemers;
    await roep('overleg.deelnemerBijwerken', { deelnemerId: deelnemers[0]!.id, aanwezig: true });
    await roep('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    await roep('overleg.status', { id: overlegId, naar: 'gehouden' });
    expect(await weigering('overleg.deelnemerBijwerken', { deelnemerId: deelnemers[1]!.id, aanwezig: true })).toMatchObject({ code: 'CONFLICT', meldingcode: 'overleg.deelnemersVast', artikel: 'art. 12.11' });
    expect(await weigering('overleg.deelnemerBijwerken', { deelnemerId: deelnemers[0]!.id, verwijderen: true })).toMatchObject({ meldingcode: 'overleg.deelnemersVast' });
    expect(await weigering('overleg.deelnemerToevoegen', { overlegId, naam: 'Late Deskundige', organisatie: 'Universiteit', deskundige: true })).toMatchObject({ meldingcode: 'overleg.deelnemersVast' });
    await roep('overleg.deelnemerBijwerken', { deelnemerId: deelnemers[1]!.id, aanwezig: true, correctie: 'Presentielijst nagekeken' });
    const rij = await router.sessie.open!.v.get<{ details: string }>("SELECT details FROM audit WHERE actie = 'overleg.deelnemers-correctie' AND onderwerp = ? ORDER BY volgnr DESC LIMIT 1", [`overleg:${overlegId}`]);
    expect(JSON.parse(rij!.details)).toMatchObject({ deelnemerId: deelnemers[1]!.id, aanwezig: true, correctie: 'Presentielijst nagekeken', was: { aanwezig: null } });
  });

  it('art. 12.31: wat het casusoverleg besloot over een dossier uit een zorgoverlegsignaal staat bij het volgende zorgoverleg', async () => {
    const s = await roep<{ id: number; nummer: string }>('signalen.opslaan', signaal('GEM-GGD', 'Signaal uit het zorgoverleg.'));
    const zorg = await roep<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-05-06', waarschuwingenBevestigd: true });
    await roep('overleg.agendaSamenstellen', { id: zorg.id, keuze: [{ soort: 'signaal', id: s.id }] });
    await roep('overleg.status', { id: zorg.id, naar: 'agenda-vastgesteld' });
    const punt = (await roep<{ punten: Array<{ id: number; signaalId: number | null }> }>('overleg.detail', { id: zorg.id })).punten.find((p) => p.signaalId === s.id)!;
    await roep('overleg.besluiten', { puntId: punt.id, besluit: 'naar-voorbereidingsteam' });
    await roep('overleg.status', { id: zorg.id, naar: 'gehouden' });
    const d = await roep<{ id: number }>('dossiers.maken', { signaalIds: [s.id], titel: 'Uit het zorgoverleg' });
    await roep('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const casus = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2027-05-20', waarschuwingenBevestigd: true });
    await roep('overleg.agendaSamenstellen', { id: casus.id, keuze: [{ soort: 'dossier', id: d.id }] });
    await roep('overleg.status', { id: casus.id, naar: 'agenda-vastgesteld' });
    const casuspunt = (await roep<{ punten: Array<{ id: number }> }>('overleg.detail', { id: casus.id })).punten[0]!;
    await roep('overleg.besluiten', { puntId: casuspunt.id, besluit: 'terug-naar-dossiervorming', kwalificatie: 'onvoldoende informatie' });
    const volgende = await roep<{ id: number }>('overleg.plannen', { soort: 'zorgoverleg', datum: '2027-06-03', waarschuwingenBevestigd: true });
    const nummer = (await roep<{ nummer: string }>('dossiers.detail', { id: d.id })).nummer;
    const detail = await roep<{ terugkoppeling: unknown[] }>('overleg.detail', { id: volgende.id });
    expect(detail.terugkoppeling).toEqual([{ dossierNummer: nummer, besluit: 'terug-naar-dossiervorming', kwalificatie: 'onvoldoende informatie', casusoverleg: '2027-05-20', signalen: [s.nummer] }]);
    // Not at the zorgoverleg where the signal was discussed (before the decision), nor at a casusoverleg.
    expect((await roep<{ terugkoppeling: unknown[] }>('overleg.detail', { id: zorg.id })).terugkoppeling).toEqual([]);
    expect((await roep<{ terugkoppeling: unknown[] }>('overleg.detail', { id: casus.id })).terugkoppeling).toEqual([]);
  });
});
