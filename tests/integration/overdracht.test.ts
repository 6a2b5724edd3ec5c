/**
 * The handover round trip with two real encrypted bestanden, each through its own API: the centraal
 * bestand hands a dossier to the politie (policy per item, one signed and encrypted bundle), the
 * politie imports it and writes a receipt, the centraal imports the receipt, purges the dossier,
 * then imports the politie's terugmelding (the intervention updates) and a verwijderverzoek
 * (art. 22.2: only what the politie itself supplied goes).
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../electron/backend/api';
import { aanroeper, centraalEnPolitie, opruimen, partnerIds, tijdelijkeMap } from '../fixtures/omgeving';

process.env.KETENBESTAND_KDF_KOSTEN = '14';
const WACHTWOORD = 'synthetisch-wachtwoord-overdracht';

describe('overdracht centraal → politie → centraal', () => {
  let werk: string;
  let stick: string;
  let centraal: Router;
  let politie: Router;
  let c: ReturnType<typeof aanroeper>;
  let p: ReturnType<typeof aanroeper>;
  const ids: Record<string, Record<string, number>> = { c: {}, p: {} };

  beforeAll(async () => {
    werk = await tijdelijkeMap('overdracht');
    ({ stick, centraal, politie, c, p } = await centraalEnPolitie(werk, WACHTWOORD));
    ids.c = await partnerIds(centraal);
    ids.p = await partnerIds(politie);
  });
  afterAll(async () => {
    await centraal.afsluiten();
    await politie.afsluiten();
    await opruimen(werk);
  });

  it('draagt over, bevestigt, schoont op, en verwerkt terugmelding en verwijderverzoek', async () => {
    const signaal = (bron: string, naam: string, extra: Record<string, unknown> = {}) => ({
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ids.c![bron] },
        bron: { naam: 'Synthetische Bron', partnerId: ids.c![bron] },
        slachtoffer: { naam, geboortedatum: '1998-02-02' },
        samenvatting: 'Mogelijke uitbuiting in een nagelstudio.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 3,
        delen: 'identificeerbaar',
        ...extra,
      },
      indienen: true,
    });
    const vanPolitie = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('POLITIE', 'Synthetische Overdrachtnaam', { handhaving: { strafbareFeiten: 'ja' } }));
    const vanBd = await c<{ id: number }>('signalen.opslaan', signaal('BD', 'Synthetische Fiscaalnaam'));
    const d = await c<{ id: number }>('dossiers.maken', { signaalIds: [vanPolitie.id, vanBd.id], titel: 'Nagelstudio Proefdorp' });
    await c('dossiers.faseWijzigen', { id: d.id, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = await c<{ id: number }>('overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    await c('overleg.agendaSamenstellen', { id: overlegId });
    await c('overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = (await c<{ punten: Array<{ id: number }> }>('overleg.detail', { id: overlegId })).punten[0]!;
    await c('overleg.besluiten', { puntId: punt.id, kwalificatie: 'arbeidsuitbuiting', besluit: 'interventies', belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).', interventies: [{ partnerId: ids.c!.POLITIE, omschrijving: 'Verhoor van de exploitant', deadline: '2027-01-31' }] });

    // The wizard's first step: per item yes/no with the article.
    const voorbeeld = await c<{ ontvangers: Array<{ partner: { code: string }; items: Array<{ sleutel: string; beslissing: { toegestaan: boolean; vorm: string; artikel: string } }>; blokkades: unknown[] }> }>('overdracht.voorbereiden', { dossierId: d.id });
    const naarPolitie = voorbeeld.ontvangers.find((o) => o.partner.code === 'POLITIE')!;
    expect(naarPolitie.blokkades).toEqual([]);
    expect(naarPolitie.items.find((i) => i.sleutel === `signaal:${vanPolitie.id}`)!.beslissing).toMatchObject({ toegestaan: true, vorm: 'identificeerbaar' });
    expect(naarPolitie.items.find((i) => i.sleutel === `signaal:${vanBd.id}`)!.beslissing.toegestaan).toBe(true); // art. 18.1: BD → politie is allowed

    const { bundels } = await c<{ bundels: Array<{ pad: string; bestandsnaam: string }> }>('overdracht.uitvoeren', { dossierId: d.id, doelmap: stick });
    expect(bundels).toHaveLength(1);
    expect(bundels[0]!.bestandsnaam).toMatch(/^\d{8}-overdracht-POLITIE-[0-9a-f]{8}\.ketenbundel$/);
    expect(await fs.readFile(bundels[0]!.pad, 'latin1')).not.toContain('Overdrachtnaam');

    // At the politie: preview, import, receipt.
    const preview = await p<{ soort: string; van: { code: string } }>('bundels.lezen', { pad: bundels[0]!.pad });
    expect(preview).toMatchObject({ soort: 'overdracht', van: { code: 'GEM-VEILIGHEID' } });
    const ingelezen = await p<{ bevestiging: { pad: string } }>('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    const ontvangen = await p<Array<{ id: number; dossierNummer: string; bewarenTot: string; interventies: Array<{ id: number; externId: string }> }>>('ontvangen.lijst');
    expect(ontvangen).toHaveLength(1);
    expect(ontvangen[0]!.bewarenTot).toMatch(/^20(31|32)-/);
    const extract = await p<{ gegevens: Array<{ nummer: string; formulier: { slachtoffer: { naam: string } } }> }>('ontvangen.detail', { id: ontvangen[0]!.id });
    expect(extract.gegevens.map((g) => g.formulier.slachtoffer.naam)).toContain('Synthetische Overdrachtnaam');
    // A replay is refused with the date it was read.
    const nogmaals = await politie.aanroepen('bundels.inlezen', { pad: bundels[0]!.pad, bevestigingMap: stick });
    expect(nogmaals).toMatchObject({ ok: false, fout: { code: 'BUNDEL_AL_INGELEZEN' } });

    await c('bundels.inlezen', { pad: ingelezen.bevestiging.pad });
    const { uitgaand } = await c<{ uitgaand: Array<{ soort: string; status: string; bevestigdOp: string | null }> }>('bundels.lijst');
    expect(uitgaand.find((u) => u.soort === 'overdracht')).toMatchObject({ status: 'bevestigd', bevestigdOp: expect.any(String) });

    // The purge after handover (art. 16.7): the politie's signal and the BD's are gone here.
    await c('opschonen.uitvoeren', { dossierId: d.id, reden: 'overdracht' });
    expect((await c<{ totaal: number }>('signalen.lijst', { zoek: 'Overdrachtnaam' })).totaal).toBe(0);

    // Weeks later: the terugmelding updates the intervention.
    const iv = ontvangen[0]!.interventies[0]!;
    const terug = await p<{ pad: string }>('terugmelding.maken', { interventieId: iv.id, status: 'uitgevoerd', datum: '2027-01-20', verslag: 'Verhoor afgenomen, proces-verbaal opgemaakt.', doelmap: stick });
    await c('bundels.inlezen', { pad: terug.pad, bevestigingMap: stick });
    const interventies = await c<Array<{ status: string; uitkomst: string }>>('interventies.lijst', { dossierId: d.id });
    expect(interventies[0]).toMatchObject({ status: 'uitgevoerd' });
    expect(interventies[0]!.uitkomst).toContain('proces-verbaal');
    expect((await c<{ fase: string }>('dossiers.detail', { id: d.id })).fase).toBe('evaluatie');

    // Art. 22.2: a verwijderverzoek removes only what the politie supplied.
    const ander = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('POLITIE', 'Synthetische Bronverwijderd'));
    const vreemd = await c<{ id: number; nummer: string }>('signalen.opslaan', signaal('SZW-AI', 'Synthetische Nietvanpolitie'));
    const verzoek = await p<{ pad: string }>('verwijderverzoek.maken', {
      aanPartnerId: ids.p!['GEM-VEILIGHEID'],
      bronregistratie: 'BVH (synthetisch)',
      onderwerpen: [{ soort: 'signaal', referentie: ander.nummer }, { soort: 'signaal', referentie: vreemd.nummer }],
      reden: 'Verwijderd uit de bronregistratie',
      doelmap: stick,
    });
    await c('bundels.inlezen', { pad: verzoek.pad, bevestigingMap: stick });
    expect((await c<{ totaal: number }>('signalen.lijst', { zoek: 'Bronverwijderd' })).totaal).toBe(0);
    expect((await c<{ totaal: number }>('signalen.lijst', { zoek: 'Nietvanpolitie' })).totaal).toBe(1);
  });
});
