/**
 * Art. 16.6–16.8: after handover (or a decision to take no action) only the tracking data and the
 * anonymised analysis records remain. Proven on the decrypted pages of the database and its WAL:
 * the purged victim's name is nowhere, while a victim of another dossier is still found (the
 * positive control that shows the decryption reads real data).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { databaseOntsleutelen, paginasMet, walOntsleutelen } from '../fixtures/sqlcipher-paginas';
import { aanroeper, opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const GEWIST = 'Zwaantje Opschoonvelde';
const BEWAARD = 'Hubertina Blijfkamp';

describe('opschonen na overdracht en na geen actie', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  let pid: (code: string) => number;
  const nieuwDossier = async (naam: string, titel: string) => {
    const s = await roep<{ id: number }>('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-09-14T09:30',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: pid('POLITIE') },
        bron: { naam: 'Synthetische Bron', partnerId: pid('POLITIE') },
        slachtoffer: { naam, geboortedatum: '2005-06-01', geslacht: 'vrouw', nationaliteit: 'Roemeense', adres: `${naam.split(' ')[1]}laan 12` },
        samenvatting: `Gedwongen prostitutie; ${naam} werkt op wisselende adressen.`,
        vermoedens: ['seksuele-uitbuiting'],
        seksueleVormen: ['gedwongen-prostitutie'],
        fase: 4,
      },
      indienen: true,
    });
    const d = await roep<{ id: number }>('dossiers.maken', { signaalIds: [s.id], titel });
    await roep('navraag.vastleggen', { dossierId: d.id, partnerId: pid('IND'), vraag: `Is ${naam} bij u bekend?`, gevraagdOp: '2026-09-15' });
    await roep('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    return d.id;
  };

  beforeAll(async () => {
    werk = await tijdelijkeMap('opschonen');
    router = maakRouter({ werkmap: werk });
    await roep('bestand.maken', { map: 'centraal', naam: 'Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: 'synthetisch-wachtwoord-1' });
    const partners = await roep<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
  });
  afterAll(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  it('na overdracht blijven alleen interventies en analysegegevens; de naam is nergens meer in de ontsleutelde pagina’s', async () => {
    const weg = await nieuwDossier(GEWIST, 'Wisselende adressen');
    const blijft = await nieuwDossier(BEWAARD, 'Ander dossier');
    const { id: overlegId } = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    await roep('overleg.agendaSamenstellen', { id: overlegId });
    await roep('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punten = (await roep<{ punten: Array<{ id: number; dossierId: number }> }>('overleg.detail', { id: overlegId })).punten;
    await roep('overleg.besluiten', {
      puntId: punten.find((p) => p.dossierId === weg)!.id,
      kwalificatie: 'seksuele uitbuiting',
      besluit: 'interventies',
      belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).',
      notities: `Besproken: ${GEWIST} verblijft in Voorbeeldstad.`,
      interventies: [{ partnerId: pid('POLITIE'), omschrijving: 'Onderzoek naar de uitbuiter', deadline: '2027-02-01' }],
    });

    // The handover itself (keys, bundles) is covered in overdracht.test.ts; here it is only recorded.
    await router.sessie.open!.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?, ?, 'regisseur', 'overdracht', 'Overgedragen aan POLITIE')", [weg, new Date().toISOString()]);
    const plan = await roep<{ analyse: Array<{ leeftijdsband: string; nationaliteitsgroep: string }>; blijft: { interventies: unknown[] }; verdwijnt: { signalen: number; personen: number; navragen: number } }>('opschonen.plan', { dossierId: weg, reden: 'overdracht' });
    expect(plan.blijft.interventies).toHaveLength(1);
    expect(plan.verdwijnt).toMatchObject({ signalen: 1, personen: 1, navragen: 1 });
    expect(plan.analyse).toEqual([expect.objectContaining({ leeftijdsband: '18-22', nationaliteitsgroep: 'EU/EER' })]);
    expect(JSON.stringify(plan.analyse)).not.toContain('Zwaantje');

    await roep('opschonen.uitvoeren', { dossierId: weg, reden: 'overdracht' });

    const na = await roep<{ titel: string; signalen: unknown[]; navragen: unknown[] }>('dossiers.detail', { id: weg, vorm: 'identificeerbaar' });
    expect(na).toMatchObject({ titel: '(opgeschoond)', signalen: [], navragen: [] });
    expect(await roep<unknown[]>('interventies.lijst', { dossierId: weg })).toHaveLength(1);
    // The live store (art. 22.6): a record per submitted signal, the purged one with its outcome.
    const overzicht = await roep<Array<{ aantal: number; uitkomst: string }>>('analyse.overzicht');
    expect(overzicht.reduce((n, r) => n + r.aantal, 0)).toBe(2);
    expect(overzicht.filter((r) => r.uitkomst === 'overgedragen').reduce((n, r) => n + r.aantal, 0)).toBe(1);
    expect((await roep<{ totaal: number }>('signalen.lijst', { zoek: 'Opschoonvelde' })).totaal).toBe(0);
    expect((await roep<{ totaal: number }>('signalen.lijst', { zoek: 'Blijfkamp' })).totaal).toBe(1);
    void blijft;

    // The decrypted pages: nothing of the purged victim, in the database or in the WAL.
    const b = router.sessie.open!;
    const sleutel = b.bestandssleutel();
    const db = await fs.readFile(path.join(b.map, 'bestand.db'));
    const wal = await fs.readFile(path.join(b.map, 'bestand.db-wal')).catch(() => Buffer.alloc(0));
    const paginas = [...databaseOntsleutelen(db, sleutel), ...walOntsleutelen(wal, sleutel)];
    expect(paginasMet(paginas, BEWAARD).length, 'positieve controle: de bewaarde naam is leesbaar').toBeGreaterThan(0);
    // Also as FTS5 stores a word: in lower case, and as the tail after a prefix shared with the term
    // before it. Every field and every kind of deletion: opschonen-sporen.test.ts.
    for (const spoor of [GEWIST, 'Opschoonveldelaan', 'Wisselende adressen', 'opschoonvelde', 'choonvelde']) {
      expect(paginasMet(paginas, spoor), `"${spoor}" in de ontsleutelde pagina's`).toEqual([]);
    }
  });

  it('art. 16.8: geen actie — alleen na dat besluit, en daarna blijft er niets dan analysegegevens', async () => {
    const d = await nieuwDossier('Synthetische Geenactie', 'Geen actie dossier');
    const fout = await router.aanroepen('opschonen.uitvoeren', { dossierId: d, reden: 'geen-actie' });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'CONFLICT', artikel: 'art. 16.8' } });
    const { id: overlegId } = await roep<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-18', waarschuwingenBevestigd: true });
    await roep('overleg.agendaSamenstellen', { id: overlegId });
    await roep('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = (await roep<{ punten: Array<{ id: number; dossierId: number }> }>('overleg.detail', { id: overlegId })).punten.find((p) => p.dossierId === d)!;
    await roep('overleg.besluiten', { puntId: punt.id, kwalificatie: 'onvoldoende informatie', besluit: 'geen-actie' });
    const dash = await roep<{ opschoningGepland: Array<{ id: number }> }>('dashboard.overzicht');
    expect(dash.opschoningGepland.map((x) => x.id)).toContain(d);
    await roep('opschonen.uitvoeren', { dossierId: d, reden: 'geen-actie' });
    expect((await roep<{ signalen: unknown[] }>('dossiers.detail', { id: d })).signalen).toEqual([]);
    expect((await roep<{ totaal: number }>('signalen.lijst', { zoek: 'Geenactie' })).totaal).toBe(0);
  });
});
