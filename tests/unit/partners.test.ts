/**
 * The partner registry (art. 2, 4, 21.4, 34.3), through the API as the app uses it, and its date rules
 * as pure functions. The covenant of this test bestand was signed on 2020-01-01.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { isPartijOp, partnerStatus, uittredingsdatum, type PartnerDatums } from '../../electron/backend/beleid/partnerregels';
import type { Partner } from '@shared/domein/partner';
import { bestandMaken, geweigerd, ok, opruimen, partnerId, tijdelijkeMap } from '../fixtures/omgeving';

const ONDERTEKEND = '2020-01-01';

describe('partnerregister via de API', () => {
  let werk: string;
  let router: Router;
  let partijen: Partner[];
  const id = (code: string) => partnerId(router, code);

  async function kandidaatMetVerzoek(code: string, verzoek: string): Promise<number> {
    const k = await ok(router, 'partners.toevoegen', { code, naam: `Kandidaat ${code}`, soort: 'overig' });
    expect(k).toMatchObject({ rol: 'kandidaat', status: 'suggestie' });
    const d = await ok(router, 'partners.toetredingAanvragen', { id: k.id, datum: verzoek });
    expect(d).toMatchObject({ status: 'toetreding-aangevraagd', toetredingAangevraagdOp: verzoek });
    return k.id;
  }
  const instemmen = (kandidaatId: number, partijId: number, datum: string) => ok(router, 'partners.instemmingVastleggen', { kandidaatId, partijId, datum });

  beforeAll(async () => {
    werk = await tijdelijkeMap('partners');
    // The clock of the auto-lock must not follow the faked calendar date of the tests below.
    router = maakRouter({ werkmap: werk, nu: () => performance.now() });
    await bestandMaken(router, { map: 'bestand' });
    await router.sessie.open!.v.run("UPDATE partners SET toegetreden_op = ? WHERE rol = 'partij'", [ONDERTEKEND]);
    partijen = (await ok(router, 'partners.lijst', {})).filter((p) => p.rol === 'partij');
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('art. 2: het register begint met de partijen van art. 2, de suggesties van voetnoot 2 en RIEC en EMM als ontvanger', async () => {
    const lijst = await ok(router, 'partners.lijst', {});
    expect(partijen.length).toBeGreaterThanOrEqual(15);
    expect(lijst.filter((p) => p.rol === 'ontvanger').map((p) => p.code).sort()).toEqual(['EMM', 'RIEC']);
    expect(lijst.find((p) => p.code === 'KMAR')).toMatchObject({ rol: 'kandidaat', status: 'suggestie' });
  });

  it('art. 4.3: toetreding pas na instemming van alle partijen; de melding noemt wie nog ontbreekt', async () => {
    const kandidaat = await kandidaatMetVerzoek('KANDIDAAT-A', '2026-03-01');
    const zonder = await geweigerd(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2026-04-01' }, 'CONVENANTREGEL');
    expect(zonder.artikel).toBe('art. 4.3');
    for (const p of partijen) expect(zonder.melding).toContain(p.naam);

    const nogNiet = partijen.filter((p) => p.code === 'POLITIE' || p.code === 'OM');
    for (const p of partijen.filter((x) => !nogNiet.includes(x))) await instemmen(kandidaat, p.id, '2026-03-15');
    const detail = await ok(router, 'partners.detail', { id: kandidaat });
    expect(detail.ontbrekendeInstemmingen.map((p) => p.code).sort()).toEqual(['OM', 'POLITIE']);
    const bijna = await geweigerd(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2026-04-01' }, 'CONVENANTREGEL');
    expect(bijna.artikel).toBe('art. 4.3');
    for (const p of partijen) {
      if (nogNiet.includes(p)) expect(bijna.melding).toContain(p.naam);
      else expect(bijna.melding).not.toContain(p.naam);
    }

    for (const p of nogNiet) await instemmen(kandidaat, p.id, '2026-03-20');
    const toegetreden = await ok(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2026-04-01' });
    expect(toegetreden).toMatchObject({ rol: 'partij', status: 'partij', toegetredenOp: '2026-04-01', ontbrekendeInstemmingen: [] });
    expect(toegetreden.instemmingen).toHaveLength(partijen.length);
    const { regels } = await ok(router, 'audit.lijst', { actie: 'partner.toegetreden' });
    expect(regels[0]).toMatchObject({ onderwerp: `partner:${kandidaat}`, details: { datum: '2026-04-01' } });
  });

  it('art. 4.2: zonder verzoek tot toetreding geen instemming en geen toetreding', async () => {
    const kmar = await id('KMAR');
    const partij = partijen[0]!.id;
    expect((await geweigerd(router, 'partners.instemmingVastleggen', { kandidaatId: kmar, partijId: partij, datum: '2026-05-01' }, 'CONVENANTREGEL')).artikel).toBe('art. 4.2');
    expect((await geweigerd(router, 'partners.toetredingVastleggen', { id: kmar, datum: '2026-05-01' }, 'CONVENANTREGEL')).artikel).toBe('art. 4.2');
  });

  it('art. 4.3: een toetredingsdatum vóór het verzoek wordt geweigerd', async () => {
    const kandidaat = await kandidaatMetVerzoek('KANDIDAAT-VROEG', '2026-06-01');
    const fout = await geweigerd(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2026-05-31' }, 'ONGELDIGE_INVOER');
    expect(fout.velden?.[0]?.pad).toBe('datum');
  });

  it('art. 4.3: ook met een datum in het verleden vraagt een toetreding de instemming van alle partijen — vóór de ondertekening was er niemand die kon instemmen', async () => {
    const kandidaat = await kandidaatMetVerzoek('KANDIDAAT-OUD', '2019-06-01');
    const fout = await geweigerd(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2019-07-01' }, 'CONVENANTREGEL');
    expect(fout.artikel).toBe('art. 4.3');
    expect(fout.melding).toContain('01-01-2020');
    expect(await ok(router, 'partners.detail', { id: kandidaat })).toMatchObject({ rol: 'kandidaat', toegetredenOp: null });
  });

  it('art. 4.3: een instemming van ná de toetredingsdatum telt niet mee', async () => {
    const kandidaat = await kandidaatMetVerzoek('KANDIDAAT-LAAT', '2026-07-01');
    const partijenOp = (await ok(router, 'partners.lijst', {})).filter((p) => p.id !== kandidaat && isPartijOp(p, '2026-08-01'));
    for (const p of partijenOp) await instemmen(kandidaat, p.id, '2026-08-01');
    const fout = await geweigerd(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2026-07-15' }, 'CONVENANTREGEL');
    expect(fout.artikel).toBe('art. 4.3');
    expect(fout.melding).toContain(partijen.find((p) => p.code === 'POLITIE')!.naam);
    await expect(ok(router, 'partners.toetredingVastleggen', { id: kandidaat, datum: '2026-08-01' })).resolves.toMatchObject({ rol: 'partij', toegetredenOp: '2026-08-01' });
  });

  describe('art. 4.3 met partijen die komen en gaan', () => {
    let kandidaat: number;
    beforeAll(async () => {
      // KVK gave notice in 2025 and left on 2025-07-15; BJZ gives notice in 2026 and leaves on 2026-09-01.
      await ok(router, 'partners.opzeggen', { id: await id('KVK'), datum: '2025-01-15' });
      await ok(router, 'partners.opzeggen', { id: await id('BJZ'), datum: '2026-03-01' });
      kandidaat = await kandidaatMetVerzoek('KANDIDAAT-B', '2026-05-01');
    });

    it.each([
      ['een kandidaat (geen partij)', 'KMAR', '2026-05-02'],
      ['RIEC (ontvanger, geen partij, art. 21.4)', 'RIEC', '2026-05-02'],
      ['een partij die is uitgetreden (art. 34.3)', 'KVK', '2026-05-02'],
      ['een opgezegde partij ná haar uittreding', 'BJZ', '2026-09-01'],
      ['een partij vóór haar eigen toetreding', 'KANDIDAAT-A', '2026-03-31'],
    ])('instemming van %s wordt geweigerd', async (_, code, datum) => {
      const fout = await geweigerd(router, 'partners.instemmingVastleggen', { kandidaatId: kandidaat, partijId: await id(code), datum }, 'CONVENANTREGEL');
      expect(fout.artikel).toBe('art. 4.3');
      expect((await ok(router, 'partners.detail', { id: kandidaat })).instemmingen).toEqual([]);
    });

    it('wie vandaag partij is moet instemmen — ook een pas toegetreden partij en een partij die wel heeft opgezegd maar nog niet is uitgetreden; een uitgetreden partij niet', async () => {
      const datum = '2026-06-01';
      for (const p of partijen.filter((x) => !['KVK', 'BJZ'].includes(x.code))) await instemmen(kandidaat, p.id, datum);
      const fout = await geweigerd(router, 'partners.toetredingVastleggen', { id: kandidaat, datum }, 'CONVENANTREGEL');
      expect(fout.melding).toContain('Kandidaat KANDIDAAT-A');
      expect(fout.melding).toContain(partijen.find((p) => p.code === 'BJZ')!.naam);
      expect(fout.melding).not.toContain(partijen.find((p) => p.code === 'KVK')!.naam);

      await instemmen(kandidaat, await id('KANDIDAAT-A'), datum);
      await instemmen(kandidaat, await id('BJZ'), datum); // notice given, but a party until 2026-09-01
      await expect(ok(router, 'partners.toetredingVastleggen', { id: kandidaat, datum })).resolves.toMatchObject({ rol: 'partij', toegetredenOp: datum });
    });
  });

  it.each([
    ['RIEC', 'RIEC'],
    ['EMM', 'EMM'],
  ])('art. 21.4: %s ontvangt gegevens maar kan geen partij worden', async (_, code) => {
    const fout = await geweigerd(router, 'partners.toetredingAanvragen', { id: await id(code), datum: '2026-05-01' }, 'CONVENANTREGEL');
    expect(fout.artikel).toBe('art. 21.4');
  });

  it('art. 21.4: een nieuw RIEC of EMM wordt ontvanger, geen kandidaat, en kan niet toetreden', async () => {
    for (const [code, soort] of [['RIEC-NOORD', 'riec'], ['EMM-TWEE', 'emm']] as const) {
      const p = await ok(router, 'partners.toevoegen', { code, naam: `Proef ${code}`, soort });
      expect(p).toMatchObject({ rol: 'ontvanger', status: 'ontvanger' });
      expect((await geweigerd(router, 'partners.toetredingAanvragen', { id: p.id, datum: '2026-05-01' }, 'CONVENANTREGEL')).artikel).toBe('art. 21.4');
    }
  });

  it.each([
    ['GEM-BWT', '2026-08-31', '2027-02-28'],
    ['GEM-GGD', '2027-08-31', '2028-02-29'],
    ['GEM-SZW', '2026-03-31', '2026-09-30'],
    ['IND', '2026-12-15', '2027-06-15'],
  ])('art. 34.3: %s zegt op %s op en treedt uit per %s', async (code, opgezegd, uitgetreden) => {
    const d = await ok(router, 'partners.opzeggen', { id: await id(code), datum: opgezegd });
    expect(d).toMatchObject({ rol: 'partij', opgezegdOp: opgezegd, uitgetredenPer: uitgetreden });
  });

  it('art. 34.3: de status volgt de kalender — opgezegd tot de uittredingsdatum, uitgetreden vanaf die dag', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const bwt = await id('GEM-BWT'); // gave notice on 2026-08-31, above
    const statusOp = async (dag: string) => {
      vi.setSystemTime(new Date(`${dag}T12:00:00+01:00`));
      return (await ok(router, 'partners.lijst', {})).find((p) => p.id === bwt)!.status;
    };
    expect(await statusOp('2027-02-27')).toBe('opgezegd');
    expect(await statusOp('2027-02-28')).toBe('uitgetreden');
    expect(await statusOp('2027-03-01')).toBe('uitgetreden');
  });

  it.each([
    ['een tweede opzegging', 'GEM-BWT', '2026-10-01', 'CONFLICT'],
    ['een opzegging door een kandidaat', 'KMAR', '2026-10-01', 'CONVENANTREGEL'],
    ['een opzegging vóór de toetreding', 'POLITIE', '2019-12-31', 'ONGELDIGE_INVOER'],
  ] as const)('art. 34.3: %s wordt geweigerd', async (_, code, datum, foutcode) => {
    await geweigerd(router, 'partners.opzeggen', { id: await id(code), datum }, foutcode);
  });
});

describe('partnerregels (zuivere functies)', () => {
  const opgezegd: PartnerDatums = { rol: 'partij', toetredingAangevraagdOp: null, toegetredenOp: '2020-01-01', opgezegdOp: '2026-08-31', uitgetredenPer: '2027-02-28' };

  it.each([
    ['2026-08-31', 'opgezegd', true],
    ['2027-02-27', 'opgezegd', true],
    ['2027-02-28', 'uitgetreden', false],
    ['2030-01-01', 'uitgetreden', false],
  ] as const)('art. 34.3: op %s is de status %s (partij: %s)', (dag, status, partij) => {
    expect(partnerStatus(opgezegd, dag)).toBe(status);
    expect(isPartijOp(opgezegd, dag)).toBe(partij);
  });

  it.each([
    ['2019-12-31', false],
    ['2020-01-01', true],
  ])('art. 4: partij vanaf de dag van toetreding (op %s: %s)', (dag, partij) => {
    expect(isPartijOp(opgezegd, dag)).toBe(partij);
  });

  it.each([
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2027-08-29', '2028-02-29'],
    ['2026-01-31', '2026-07-31'],
    ['2026-07-15', '2027-01-15'],
  ])('art. 34.3: opzegging op %s → uittreding per %s (zes kalendermaanden)', (op, per) => {
    expect(uittredingsdatum(op)).toBe(per);
  });

  it.each([
    ['kandidaat zonder verzoek', { rol: 'kandidaat', toetredingAangevraagdOp: null }, 'suggestie'],
    ['kandidaat met verzoek', { rol: 'kandidaat', toetredingAangevraagdOp: '2026-01-01' }, 'toetreding-aangevraagd'],
    ['ontvanger', { rol: 'ontvanger', toetredingAangevraagdOp: null }, 'ontvanger'],
  ] as const)('een %s is op geen enkele dag partij (status %s)', (_, p, status) => {
    const datums: PartnerDatums = { toegetredenOp: null, opgezegdOp: null, uitgetredenPer: null, ...p };
    expect(partnerStatus(datums, '2026-06-01')).toBe(status);
    expect(isPartijOp(datums, '2026-06-01')).toBe(false);
  });
});
