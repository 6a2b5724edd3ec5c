/**
 * The demo lets a newcomer walk every flow to its end (issue 11 §5): a dossier ready for handover with
 * trusted keys for every acting partner, a purge after a real handover next to one after "geen actie",
 * and no purge candidate without a recorded handover (the old list showed nine as "Na overdracht").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { ok, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { vandaag } from '../../shared/datum';
import { DEMO_DAG } from '../../electron/backend/demo';

describe('demo: elke stroom tot het einde', () => {
  let werk: string;
  let router: Router;

  beforeAll(async () => {
    werk = await tijdelijkeMap('demo-stromen');
    router = maakRouter({ werkmap: werk });
    const demo = await ok(router, 'bestand.demo', {});
    await ok(router, 'sessie.aanmelden', { gebruiker: 'demo.regisseur', wachtwoord: demo.wachtwoord });
  }, 240_000);
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
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
