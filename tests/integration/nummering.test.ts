/**
 * Readable numbers per year (S-2026-00042, D-2026-0007) are counted, not sorted as text: a region
 * with more than 99,999 signals (or 9,999 dossiers) in one year must still be able to record the
 * next one (art. 15.2: every signal is recorded). The last number is set high with SQL directly,
 * rather than by recording a hundred thousand signals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { formatCasusSchema } from '@shared/domein/signaal';
import { signalenImporteren } from '../../electron/backend/keten/bulkimport';
import { aanroeper, bestandMaken, opruimen, partnerId, tijdelijkeMap } from '../fixtures/omgeving';

describe('nummering van signalen en dossiers voorbij 100.000 in één jaar (art. 15.2)', () => {
  let werk: string;
  let router: Router;
  const jaar = new Date().getFullYear();
  let formulier: () => Record<string, unknown>;

  beforeAll(async () => {
    werk = await tijdelijkeMap('nummering');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'centraal' });
    const politie = await partnerId(router, 'POLITIE');
    formulier = () => ({
      datumTijd: '2026-10-01T10:00',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
      bron: { naam: 'Synthetische Bron', partnerId: politie, telefoon: '088 000 00 00' },
      slachtoffer: { naam: 'Synthetisch Slachtoffer', geboortedatum: '1999-04-12' },
      samenvatting: 'Synthetisch signaal voor de nummering.',
      vermoedens: ['sociaal-economische-uitbuiting'],
      fase: 1,
      indicatoren: [],
      delen: 'identificeerbaar',
    });
  });
  afterAll(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  it('telt na S-…-99999 en S-…-100000 door naar S-…-100001, ook na een bulkimport', async () => {
    const roep = aanroeper(router);
    const v = router.sessie.aangemeld().v;
    const eerste = await roep<{ id: number; nummer: string }>('signalen.opslaan', { formulier: formulier(), indienen: true });
    await v.run('UPDATE signalen SET nummer = ? WHERE id = ?', [`S-${jaar}-99999`, eerste.id]);
    const tweede = await roep<{ nummer: string }>('signalen.opslaan', { formulier: formulier(), indienen: true });
    expect(tweede.nummer).toBe(`S-${jaar}-100000`);
    // As text "S-…-99999" sorts after "S-…-100000": the next one would collide with 100000.
    const derde = await roep<{ nummer: string }>('signalen.opslaan', { formulier: formulier(), indienen: true });
    expect(derde.nummer).toBe(`S-${jaar}-100001`);
    // The bulk import (signals from the zorgoverleg) counts the same way.
    const b = router.sessie.aangemeld();
    const { eerste: nieuw } = await signalenImporteren(b, [formatCasusSchema.parse(formulier())], 'test');
    const rij = await v.get<{ nummer: string }>('SELECT nummer FROM signalen WHERE id = ?', [nieuw]);
    expect(rij?.nummer).toBe(`S-${jaar}-100002`);
  });

  it('telt dossiers na D-…-9999 en D-…-10000 door naar D-…-10001', async () => {
    const roep = aanroeper(router);
    const v = router.sessie.aangemeld().v;
    // Independent of the test above: last year's numbers leave this year's signal count at zero.
    await v.run("UPDATE signalen SET nummer = ? || id", [`S-${jaar - 1}-`]);
    const signaal = async () => (await roep<{ id: number }>('signalen.opslaan', { formulier: formulier(), indienen: true })).id;
    const d1 = await roep<{ id: number }>('dossiers.maken', { signaalIds: [await signaal()], titel: 'Synthetisch dossier een' });
    await v.run('UPDATE dossiers SET nummer = ? WHERE id = ?', [`D-${jaar}-9999`, d1.id]);
    const nummer = async (titel: string) => {
      const { id } = await roep<{ id: number }>('dossiers.maken', { signaalIds: [await signaal()], titel });
      return (await v.get<{ nummer: string }>('SELECT nummer FROM dossiers WHERE id = ?', [id]))?.nummer;
    };
    expect(await nummer('Synthetisch dossier twee')).toBe(`D-${jaar}-10000`);
    expect(await nummer('Synthetisch dossier drie')).toBe(`D-${jaar}-10001`);
  });
});
