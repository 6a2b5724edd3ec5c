/**
 * The demo lets a newcomer walk every flow to its end (issue 11 §5): a dossier ready for handover with
 * trusted keys for every acting partner, a purge after a real handover next to one after "geen actie",
 * and no purge candidate without a recorded handover (the old list showed nine as "Na overdracht").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { ok, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { vandaag } from '@shared/datum';
import path from 'node:path';
import { DEMO_DAG, DEMO_PARTNER_NAAM, DEMO_PARTNERMAP } from '../../electron/backend/demo';

describe('demo: elke stroom tot het einde', () => {
  let werk: string;
  let router: Router;

  let demo: Awaited<ReturnType<typeof ok<'bestand.demo'>>>;

  beforeAll(async () => {
    werk = await tijdelijkeMap('demo-stromen');
    router = maakRouter({ werkmap: werk });
    demo = await ok(router, 'bestand.demo', {});
    await ok(router, 'sessie.aanmelden', { gebruiker: 'demo.regisseur', wachtwoord: demo.wachtwoord });
  }, 240_000);
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('de politie-installatie naast de demo opent en heeft de overdrachtsbundel van het demobestand ontvangen', async () => {
    expect(demo.partner).toMatchObject({ map: path.join(werk, DEMO_PARTNERMAP), gebruikers: [{ naam: 'demo.politie', rol: 'partnermedewerker' }] });
    // Its own install, opened like any other bestand in the same work folder, with the demo passphrase.
    const politie = maakRouter({ werkmap: werk });
    try {
      await ok(politie, 'bestand.openen', { map: DEMO_PARTNERMAP });
      // Before signing in, the login screen names the politie's install and its demo account (not its folder).
      const voor = await ok(politie, 'sessie.status', {});
      expect(voor.bestand).toMatchObject({ naam: DEMO_PARTNER_NAAM, demo: { gebruikers: [{ naam: 'demo.politie', rol: 'partnermedewerker' }] } });
      const status = await ok(politie, 'sessie.aanmelden', { gebruiker: 'demo.politie', wachtwoord: demo.wachtwoord });
      expect(status.bestand?.map).toBe(path.join(werk, DEMO_PARTNERMAP));
      const ontvangen = await ok(politie, 'ontvangen.lijst', {});
      expect(ontvangen).toHaveLength(1);
      const detail = await ok(politie, 'ontvangen.detail', { id: ontvangen[0]!.id });
      // The dossier the central demo really handed over to the politie, with its intervention.
      const koerier = (await ok(router, 'dossiers.lijst', {})).find((d) => d.titel === 'Koeriersdienst Havendorp')!;
      expect(ontvangen[0]).toMatchObject({ dossierNummer: koerier.nummer, van: { code: 'GEM-VEILIGHEID' } });
      expect((await ok(router, 'bundels.lijst', {})).uitgaand.some((b) => b.soort === 'overdracht' && b.aan.includes('POLITIE'))).toBe(true);
      expect(JSON.stringify(detail)).toContain('Onderzoek naar de koeriersdienst (demo)');
      // Data, not only the intervention: the dossier's signals, decrypted from the bundle at the politie.
      const gegevens = detail.gegevens as Array<{ nummer: string; vorm: string }>;
      expect(gegevens.length).toBeGreaterThan(0);
      expect(gegevens.every((g) => g.nummer.startsWith('S-'))).toBe(true);
      // The politie trusts the ketenregisseur's key; the bundle was signed with it and read, not copied.
      const sleutels = await ok(politie, 'sleutels.partnerLijst', {});
      expect(sleutels.map((k) => [k.partner.code, k.status])).toEqual([['GEM-VEILIGHEID', 'vertrouwd']]);
    } finally {
      await politie.afsluiten();
    }
  });

  it('de overdracht aan de politie eindigt zoals een echte: de ontvangstbevestiging van de politie-installatie is ingelezen', async () => {
    const { uitgaand } = await ok(router, 'bundels.lijst', {});
    const aanPolitie = uitgaand.filter((u) => u.soort === 'overdracht' && u.aan.includes('POLITIE'));
    expect(aanPolitie).toHaveLength(1);
    expect(aanPolitie[0]).toMatchObject({ status: 'bevestigd', bevestigingen: [expect.objectContaining({ partner: 'POLITIE' })] });
    expect(aanPolitie[0]!.bevestigdOp).not.toBeNull();
  });

  it('een dossier is klaar voor overdracht; de andere zeggen wat ontbreekt', async () => {
    const lijst = await ok(router, 'overdracht.kandidaten', {});
    const klaar = lijst.filter((k) => k.klaar);
    expect(klaar.length).toBeGreaterThan(0);
    expect(klaar[0]!.partners.map((p) => p.code).sort()).toEqual(['POLITIE', 'SZW-AI']);
    expect(klaar[0]!.partners.every((p) => p.sleutel === 'vertrouwd')).toBe(true);
    for (const k of lijst.filter((x) => !x.klaar)) expect(k.ontbreekt.length).toBeGreaterThan(0);
    // The wizard agrees: nothing blocks the ready dossier.
    const voorbeeld = await ok(router, 'overdracht.voorbereiden', { dossierId: klaar[0]!.id });
    expect(voorbeeld.ontvangers.flatMap((o) => o.blokkades)).toEqual([]);
  });

  it('opschonen: alleen echte kandidaten — één na een echte overdracht, één na "geen actie"', async () => {
    const kandidaten = await ok(router, 'opschonen.kandidaten', {});
    expect(kandidaten.map((k) => k.reden).sort()).toEqual(['geen-actie', 'overdracht']);
    const na = kandidaten.find((k) => k.reden === 'overdracht')!;
    expect(na.gronden).toEqual([expect.objectContaining({ soort: 'bundel' })]);
    const plan = await ok(router, 'opschonen.plan', { dossierId: na.id, reden: 'overdracht' });
    expect(plan.weigering).toBeNull();
    // Every dossier past its meeting without a handover is refused before any confirmation.
    const dossiers = await ok(router, 'dossiers.lijst', { fase: 'toewijzing-interventie' });
    for (const d of dossiers.filter((x) => !kandidaten.some((k) => k.id === x.id))) {
      expect((await ok(router, 'opschonen.plan', { dossierId: d.id, reden: 'overdracht' })).weigering).toMatchObject({ artikel: 'art. 16.7' });
    }
  });

  it('de sleutels van partners: bevestigd, niet bevestigd en geen', async () => {
    const sleutels = await ok(router, 'sleutels.partnerLijst', {});
    const stand = new Map(sleutels.map((s) => [s.partner.code, s.status]));
    expect(stand.get('POLITIE')).toBe('vertrouwd');
    expect(stand.get('SZW-AI')).toBe('vertrouwd');
    expect(stand.get('OM')).toBe('onbevestigd');
    expect(stand.has('IND')).toBe(false);
  });

  it('het volgende casusoverleg heeft een besluitbaar punt; het volgende zorgoverleg stelt alleen de nieuwe signalen voor (ADR 0033)', async () => {
    const lijst = (await ok(router, 'overleg.lijst', {})).filter((o) => o.datum > vandaag() && o.status === 'gepland');
    const casus = lijst.find((o) => o.soort === 'casusoverleg')!;
    expect(casus.openPunten).toBeGreaterThan(0);
    const punten = (await ok(router, 'overleg.detail', { id: casus.id })).punten;
    expect(punten.some((p) => p.soort === 'dossier' && p.status === 'open')).toBe(true);
    const zorg = lijst.find((o) => o.soort === 'zorgoverleg')!;
    const kandidaten = (await ok(router, 'overleg.kandidaten', { id: zorg.id })).filter((k) => k.besluitbaar);
    const voorgesteld = kandidaten.filter((k) => k.nieuw && !k.besproken);
    expect(voorgesteld.length).toBeGreaterThan(0);
    expect(voorgesteld.length).toBeLessThan(kandidaten.length / 2);
  });

  it('de dag van een nieuwkomer begint met een match: een nieuw signaal over DEMO_DAG.variant', async () => {
    const partners = await ok(router, 'partners.lijst', {});
    const ai = partners.find((p) => p.code === 'SZW-AI')!.id;
    const nieuw = await ok(router, 'signalen.opslaan', {
      formulier: {
        datumTijd: `${vandaag()}T09:00`,
        melder: { contactpersoon: 'Synthetische Melder', partnerId: ai },
        bron: { naam: 'Synthetische Bron', partnerId: ai },
        slachtoffer: { naam: DEMO_DAG.variant, geboortedatum: DEMO_DAG.geboortedatum },
        samenvatting: 'Synthetisch: werkt lange dagen in een nachtwinkel.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 2,
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    const voorstellen = await ok(router, 'personen.suggesties', { signaalId: nieuw.id, vorm: 'geanonimiseerd' });
    expect(voorstellen.flatMap((v) => v.signalen).some((s) => s.id !== nieuw.id && /Politie/.test(s.bron))).toBe(true);
  });
});
