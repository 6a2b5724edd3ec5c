/**
 * Overriding the policy engine on a real bestand (ADR 0006): the ketenregisseur may override only
 * where the covenant leaves a judgment — need-to-know (art. 9.4, 16.5, 16.9) — with a reason, audited
 * and logged. A consent rule (art. 12.17/14.6, 21.5, 21.8) is lifted only by recording the consent,
 * and a limit of law or covenant (art. 13.4, 15.4, 18, 21.7) by nothing; an override attempt there
 * is refused and leaves nothing in the verstrekkingenlog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { verstrekken } from '../../electron/backend/beleid/verstrekken';
import { aanroeper, bestandMaken, faaltMet, opruimen, tijdelijkeMap, weigeraar } from '../fixtures/omgeving';

const REDEN = 'De ketenregisseur heeft dit telefonisch afgewogen met de partner (proef).';

describe('overschrijven alleen waar het convenant een afweging laat (ADR 0006)', () => {
  let werk: string;
  let router: Router;
  let pid: (code: string) => number;
  let dossierId: number;
  let signaal: string;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const weigering = (kanaal: string, invoer: unknown) => weigeraar(router)(kanaal, invoer);
  const aantalVerstrekkingen = async () => (await router.sessie.open!.v.get<{ n: number }>('SELECT count(*) AS n FROM verstrekkingen'))!.n;

  beforeAll(async () => {
    werk = await tijdelijkeMap('overschrijven');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'centraal' });
    const partners = await roep<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
    const s = await roep<{ id: number }>('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: pid('SZW-AI') },
        bron: { naam: 'Synthetische Bron', partnerId: pid('SZW-AI'), telefoon: '088 000 00 00' },
        slachtoffer: { naam: 'Proef Persoon', geboortedatum: '1990-01-01', woonplaats: 'Voorbeeldstad', nationaliteit: 'Roemeense' },
        samenvatting: 'Mogelijke arbeidsuitbuiting in een distributiecentrum (synthetisch).',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 2,
        indicatoren: [1],
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    signaal = `signaal:${s.id}`;
    dossierId = (await roep<{ id: number }>('dossiers.maken', { signaalIds: [s.id], titel: 'Distributiecentrum proef' })).id;
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it.each([
    ['art. 12.17', 'het RIEC zonder toestemming van de leverende partner', 'RIEC', 'advies', /toestemming van de leverende partner vast te leggen/],
    ['art. 14.6', 'het EMM zonder toestemming van de leverende partner', 'EMM', 'navraag', /toestemming van de leverende partner vast te leggen/],
    ['art. 13.4', 'een hele casus naar een ander dan het EMM', 'POLITIE', 'emm', /Niet te overschrijven/],
  ] as const)('%s: %s — een overschrijving wordt geweigerd en er wordt niets verstrekt', async (artikel, _, code, doel, hoe) => {
    const voor = await aantalVerstrekkingen();
    const fout = await weigering('verstrekkingen.vastleggen', { dossierId, ontvangerId: pid(code), doel, overschrijven: { reden: REDEN } });
    expect(fout).toMatchObject({ code: 'CONVENANTREGEL', artikel });
    expect(fout.melding).toMatch(/kan niemand overschrijven/);
    expect(fout.melding).toMatch(hoe);
    expect(await aantalVerstrekkingen()).toBe(voor);
  });

  it('art. 16.5: aan een partij zonder taak, met een reden overschreven — gelogd en geaudit', async () => {
    const b = router.sessie.open!;
    // Art. 21.6 is no judgment to override: the weighing of the victim's interests is recorded first.
    await roep('nodig.belangenafweging', { dossierId, afweging: 'Synthetische afweging: het slachtoffer loopt hierdoor geen gevaar.' });
    const uit = await verstrekken(b, { ontvangerId: pid('IND'), dossierId, doel: 'overdracht', soort: 'handmatig', context: { ontvangerHeeftTaak: false, identificatieNodig: false }, overschrijven: { reden: REDEN } });
    expect(uit.verstrekt.map((v) => v.sleutel)).toEqual([signaal]);
    const [log] = await roep<Array<{ overschreven: boolean; overschrijfReden: string; items: Array<{ sleutel: string; artikel: string; vorm: string; overschreven: boolean }> }>>('verstrekkingen.lijst', { dossierId });
    expect(log).toMatchObject({ overschreven: true, overschrijfReden: REDEN, items: [{ sleutel: signaal, artikel: 'art. 16.5', vorm: 'geanonimiseerd', overschreven: true }] });
    const audit = await b.v.get<{ details: string }>("SELECT details FROM audit WHERE actie = 'verstrekking.overschreven' ORDER BY volgnr DESC LIMIT 1");
    expect(JSON.parse(audit!.details)).toMatchObject({ geweigerdDoorBeleid: [{ item: signaal, artikel: 'art. 16.5' }] });
  });

  it('art. 9.4 overschrijven opent geen achterdeur: naar het RIEC zonder taak blijft de toestemming van art. 14.6 nodig', async () => {
    const voor = await aantalVerstrekkingen();
    const fout = await faaltMet(
      verstrekken(router.sessie.open!, { ontvangerId: pid('RIEC'), dossierId, doel: 'navraag', soort: 'handmatig', context: { ontvangerHeeftTaak: false, identificatieNodig: false }, overschrijven: { reden: REDEN } }),
      'CONVENANTREGEL',
    );
    expect(fout.artikel).toBe('art. 14.6');
    expect(await aantalVerstrekkingen()).toBe(voor);
  });
});
