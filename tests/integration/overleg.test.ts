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
});
