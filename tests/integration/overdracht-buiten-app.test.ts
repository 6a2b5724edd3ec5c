/**
 * Art. 16.5–16.7: a handover done outside the app (in the meeting, by phone, through the partner's own
 * channel) is recorded — to whom, when, how, by whom, for which interventions — as a provision in the
 * verstrekkingenlog and in the audit; then the purge of art. 16.7 may follow. Without any recorded
 * handover the dossier is no purge candidate (it used to be listed as "Na overdracht" only because of
 * its step, and refused only after the confirmation) and the dashboard flags it instead.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { databaseOntsleutelen, paginasMet, walOntsleutelen } from '../fixtures/sqlcipher-paginas';
import { aanmeldenAls, geweigerd, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const NAAM = 'Gerolda Buitenveldt';
const TOELICHTING = 'Per beveiligde mail aan de wijkagent Xqbuitenspoor';

describe('overdracht buiten de app (art. 16.5–16.7)', () => {
  let werk: string;
  let router: Router;
  let pid: (code: string) => number;
  let dossierId: number;
  let interventies: Array<{ id: number; partnerId: number }>;

  beforeAll(async () => {
    // The meeting is on 17 December; the handovers are recorded afterwards.
    klokZetten('2026-12-20T10:00:00.000Z');
    werk = await tijdelijkeMap('buiten-app');
    router = maakRouter({ werkmap: werk });
    await ok(router, 'bestand.maken', { map: 'centraal', naam: 'Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Rianne Regisseur', wachtwoord: WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'bewerker', weergavenaam: 'Bert Bewerker', rol: 'bewerker', wachtwoord: WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'assistent', weergavenaam: 'Anna Assistent', rol: 'assistent-ketenregisseur', wachtwoord: WACHTWOORD });
    const partners = await ok(router, 'partners.lijst', {});
    pid = (code) => partners.find((p) => p.code === code)!.id;
    const s = await ok(router, 'signalen.opslaan', {
      formulier: {
        datumTijd: '2026-09-14T09:30',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: pid('POLITIE') },
        bron: { naam: 'Synthetische Bron', partnerId: pid('POLITIE') },
        slachtoffer: { naam: NAAM, geboortedatum: '2004-03-02', geslacht: 'vrouw', nationaliteit: 'Bulgaarse' },
        samenvatting: `Uitbuiting in de schoonmaak; ${NAAM} slaapt op het werkadres.`,
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 4,
      },
      indienen: true,
    });
    dossierId = (await ok(router, 'dossiers.maken', { signaalIds: [s.id], titel: 'Schoonmaak buiten' })).id;
    await ok(router, 'dossiers.faseWijzigen', { id: dossierId, naar: 'weging-en-kwalificatie' });
    const { id: overlegId } = await ok(router, 'overleg.plannen', { soort: 'casusoverleg', datum: '2026-12-17', waarschuwingenBevestigd: true });
    await ok(router, 'overleg.agendaSamenstellen', { id: overlegId });
    await ok(router, 'overleg.status', { id: overlegId, naar: 'agenda-vastgesteld' });
    const punt = (await ok(router, 'overleg.detail', { id: overlegId })).punten.find((p) => p.dossierId === dossierId)!;
    await ok(router, 'overleg.besluiten', {
      puntId: punt.id,
      kwalificatie: 'arbeidsuitbuiting',
      besluit: 'interventies',
      belangenafweging: 'Synthetische afweging: de interventie brengt het slachtoffer niet in gevaar (art. 21.6).',
      interventies: [
        { partnerId: pid('POLITIE'), omschrijving: 'Onderzoek naar de werkgever', deadline: '2027-02-01' },
        { partnerId: pid('IND'), omschrijving: 'Verblijfspositie bekijken', deadline: '2027-02-01' },
      ],
    });
    interventies = (await ok(router, 'interventies.lijst', { dossierId })).map((i) => ({ id: i.id, partnerId: i.partner.id }));
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('zonder vastgelegde overdracht: geen opschoonkandidaat, het plan weigert al (art. 16.7) en het overzicht signaleert het dossier', async () => {
    expect((await ok(router, 'opschonen.kandidaten', {})).map((k) => k.id)).not.toContain(dossierId);
    const plan = await ok(router, 'opschonen.plan', { dossierId, reden: 'overdracht' });
    expect(plan.gronden).toEqual([]);
    expect(plan.weigering).toMatchObject({ artikel: 'art. 16.7' });
    expect(plan.weigering!.melding).toMatch(/buiten de app/);
    const fout = await geweigerd(router, 'opschonen.uitvoeren', { dossierId, reden: 'overdracht' }, 'CONFLICT');
    expect(fout.artikel).toBe('art. 16.7');
    const dash = await ok(router, 'dashboard.overzicht', {});
    expect(dash.zonderOverdracht).toEqual([expect.objectContaining({ id: dossierId, interventies: 2 })]);
    expect(dash.opschoningGepland.map((d) => d.id)).not.toContain(dossierId);
  });

  it('weigert wat niet klopt: een bewerker, een interventie van een ander, een datum in de toekomst, "anders" zonder toelichting', async () => {
    const politie = interventies.find((i) => i.partnerId === pid('POLITIE'))!.id;
    const ind = interventies.find((i) => i.partnerId === pid('IND'))!.id;
    const basis = { dossierId, partnerId: pid('POLITIE'), datum: '2026-12-18', kanaal: 'telefonisch' as const, interventieIds: [politie] };
    expect((await geweigerd(router, 'overdracht.buitenApp.vastleggen', { ...basis, interventieIds: [ind] }, 'CONVENANTREGEL')).artikel).toBe('art. 16.5');
    await geweigerd(router, 'overdracht.buitenApp.vastleggen', { ...basis, interventieIds: [] }, 'CONVENANTREGEL');
    await geweigerd(router, 'overdracht.buitenApp.vastleggen', { ...basis, datum: '2999-01-01' }, 'ONGELDIGE_INVOER');
    await geweigerd(router, 'overdracht.buitenApp.vastleggen', { ...basis, kanaal: 'anders' }, 'ONGELDIGE_INVOER');
    await aanmeldenAls(router, 'bewerker');
    await geweigerd(router, 'overdracht.buitenApp.vastleggen', basis, 'GEEN_TOEGANG');
    await aanmeldenAls(router, 'regisseur');
    expect(await ok(router, 'overdracht.buitenApp.lijst', { dossierId })).toEqual([]);
  });

  it('vastgelegd door de assistent: in de lijst, het verstrekkingenlog, de tijdlijn en de audit; daarna volgt het opschonen', async () => {
    await aanmeldenAls(router, 'assistent');
    const politie = interventies.find((i) => i.partnerId === pid('POLITIE'))!.id;
    const r = await ok(router, 'overdracht.buitenApp.vastleggen', { dossierId, partnerId: pid('POLITIE'), datum: '2026-12-18', kanaal: 'anders', toelichting: TOELICHTING, interventieIds: [politie] });
    const ind = interventies.find((i) => i.partnerId === pid('IND'))!.id;
    await ok(router, 'overdracht.buitenApp.vastleggen', { dossierId, partnerId: pid('IND'), datum: '2026-12-17', kanaal: 'overleg', interventieIds: [ind] });
    const lijst = await ok(router, 'overdracht.buitenApp.lijst', { dossierId });
    expect(lijst).toHaveLength(2);
    expect(lijst[0]).toMatchObject({ partner: { code: 'POLITIE' }, datum: '2026-12-18', kanaal: 'anders', toelichting: TOELICHTING, door: 'Anna Assistent', interventies: [{ id: politie, omschrijving: 'Onderzoek naar de werkgever' }] });
    const log = await ok(router, 'verstrekkingen.lijst', { dossierId });
    expect(log.map((v) => v.soort)).toEqual(expect.arrayContaining(['buiten-app:anders', 'buiten-app:overleg']));
    expect(log.find((v) => v.id === r.verstrekkingId)).toBeDefined();
    const detail = await ok(router, 'dossiers.detail', { id: dossierId });
    expect(detail.gebeurtenissen.filter((g) => g.soort === 'overdracht-buiten-app')).toHaveLength(2);

    await aanmeldenAls(router, 'regisseur');
    const audit = await ok(router, 'audit.lijst', { actie: 'overdracht.buitenApp.vastgelegd' });
    expect(audit.regels).toHaveLength(2);
    expect(audit.regels.map((a) => a.gebruiker)).toEqual(['assistent', 'assistent']);

    const kandidaat = (await ok(router, 'opschonen.kandidaten', {})).find((k) => k.id === dossierId);
    expect(kandidaat).toMatchObject({ reden: 'overdracht', gronden: [{ soort: 'buiten-app', partner: expect.any(String), kanaal: 'overleg' }, { soort: 'buiten-app', kanaal: 'anders' }] });
    expect((await ok(router, 'dashboard.overzicht', {})).zonderOverdracht).toEqual([]);
    const plan = await ok(router, 'opschonen.plan', { dossierId, reden: 'overdracht' });
    expect(plan.weigering).toBeNull();

    await ok(router, 'opschonen.uitvoeren', { dossierId, reden: 'overdracht' });
    expect((await ok(router, 'opschonen.kandidaten', {})).map((k) => k.id)).not.toContain(dossierId);
    // The record stays as the ground of the purge, without its free text.
    const na = await ok(router, 'overdracht.buitenApp.lijst', { dossierId });
    expect(na.map((o) => o.toelichting)).toEqual(['', '']);
    await geweigerd(router, 'overdracht.buitenApp.vastleggen', { dossierId, partnerId: pid('POLITIE'), datum: '2026-12-18', kanaal: 'telefonisch', interventieIds: [politie] }, 'CONFLICT');

    const b = router.sessie.open!;
    const sleutel = b.bestandssleutel();
    const db = await fs.readFile(path.join(b.map, 'bestand.db'));
    const wal = await fs.readFile(path.join(b.map, 'bestand.db-wal')).catch(() => Buffer.alloc(0));
    const paginas = [...databaseOntsleutelen(db, sleutel), ...walOntsleutelen(wal, sleutel)];
    expect(paginasMet(paginas, 'Onderzoek naar de werkgever').length, 'positieve controle: de interventie blijft leesbaar').toBeGreaterThan(0);
    for (const spoor of [NAAM, 'Xqbuitenspoor', 'Buitenveldt']) expect(paginasMet(paginas, spoor), spoor).toEqual([]);
  });
});
