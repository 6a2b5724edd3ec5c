/**
 * The plans the signal list's speed rests on (docs/ontwerp.md §9, ADR 0016, 0030, 0046), asked of SQLite for
 * exactly the questions `signalenLijst` puts: a search is answered from the FTS5 index, never by reading
 * every signal; the page of the unfiltered list, the end of it and the page after a cursor walk the date
 * index `signalen_lijst` and stop after the page, without sorting the list; an indicator comes from its
 * covering index. The bestand has no statistics (no ANALYZE), so these plans do not depend on its size.
 * Real encrypted bestand, synthetic signals; no timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { signalenImporteren } from '../../electron/backend/keten/bulkimport';
import { lijstFilter, paginaVraagSql, tellingVraag, type SignaalFilter } from '../../electron/backend/keten/signalen';
import { formatCasusSchema } from '@shared/domein/signaal';
import { bestandMaken, opruimen, partnerId, tijdelijkeMap } from '../fixtures/omgeving';

describe('het zoekplan van de signalenlijst gebruikt de indexen (ADR 0046)', () => {
  let werk: string;
  let router: Router;

  beforeAll(async () => {
    werk = await tijdelijkeMap('zoekplan');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'centraal' });
    const politie = await partnerId(router, 'POLITIE');
    const formulieren = Array.from({ length: 40 }, (_, i) =>
      formatCasusSchema.parse({
        datumTijd: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00`,
        melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
        bron: { naam: 'Synthetische Bron', partnerId: politie },
        slachtoffer: { naam: `Synthetisch Slachtoffer ${i}`, geboortedatum: '1999-04-12' },
        samenvatting: i % 2 ? 'Arbeidsuitbuiting in een tuinbouwkas.' : 'Signaal over een uitzendbureau.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 1,
        indicatoren: [1 + (i % 5)],
        delen: 'identificeerbaar',
      }),
    );
    await signalenImporteren(router.sessie.aangemeld(), formulieren, 'test');
  });
  afterAll(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  /** The plan's steps; for the page, the steps of the subquery that picks its rows (before `SCAN k`). */
  async function plannen(f: SignaalFilter, langsDatum = false): Promise<{ telling: string[]; pagina: string[] }> {
    const v = router.sessie.aangemeld().v;
    const filter = lijstFilter('regisseur', f);
    const t = tellingVraag(filter);
    const p = paginaVraagSql(filter, f, langsDatum);
    const plan = async (sql: string, params: unknown[]) => (await v.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params as never)).map((r) => r.detail);
    const pagina = await plan(p.sql, p.params);
    const k = pagina.indexOf('SCAN k');
    expect(k).toBeGreaterThan(0); // the page's rows are picked in the subquery `k`, then joined
    return { telling: await plan(t.sql, t.params), pagina: pagina.slice(0, k) };
  }
  const scantTabel = (stappen: string[]) => stappen.some((s) => /^SCAN s\b(?! USING COVERING INDEX)/.test(s));

  it('zoeken tellen en de eerste pagina kiezen gaat uit de FTS5-index, nooit langs elk signaal', async () => {
    const { telling, pagina } = await plannen({ zoek: 'tuinbouwkas', offset: 0, limiet: 100 });
    for (const stappen of [telling, pagina]) {
      expect(stappen.some((s) => /SCAN signalen_zoek VIRTUAL TABLE INDEX \d+:M/.test(s))).toBe(true);
      expect(stappen.filter((s) => /^(SCAN|SEARCH) s\b/.test(s))).toEqual(['SEARCH s USING INTEGER PRIMARY KEY (rowid=?)']);
    }
  });

  it('een zoekvraag met veel treffers loopt langs de datumindex en sorteert niet (ADR 0030)', async () => {
    const { pagina } = await plannen({ zoek: 'tuinbouwkas', offset: 0, limiet: 100 }, true);
    expect(pagina).toContain('SCAN s USING COVERING INDEX signalen_lijst');
    expect(pagina.some((s) => s.includes('TEMP B-TREE'))).toBe(false);
  });

  it.each<[string, SignaalFilter]>([
    ['de eerste pagina', { offset: 0, limiet: 100 }],
    ['de laatste pagina (vanaf het eind)', { vanafEinde: true, offset: 0, limiet: 100 }],
    ['de pagina na een rij (cursor)', { na: { datumTijd: '2026-10-14T10:00', id: 20 }, offset: 0, limiet: 100 }],
    ['de pagina vóór een rij (cursor)', { voor: { datumTijd: '2026-10-14T10:00', id: 20 }, offset: 0, limiet: 100 }],
  ])('%s komt uit de datumindex, zonder de lijst te sorteren (ADR 0016)', async (_, f) => {
    const { telling, pagina } = await plannen(f);
    expect(telling).toEqual(['SCAN s USING COVERING INDEX signalen_lijst']);
    expect(pagina.some((s) => /^(SCAN|SEARCH) s USING COVERING INDEX signalen_lijst\b/.test(s))).toBe(true);
    expect(pagina.some((s) => s.includes('TEMP B-TREE'))).toBe(false);
    expect(scantTabel(pagina)).toBe(false);
  });

  it('een indicator komt uit zijn eigen index', async () => {
    const { telling, pagina } = await plannen({ indicatorId: 3, offset: 0, limiet: 100 });
    for (const stappen of [telling, pagina]) {
      expect(stappen.some((s) => s.startsWith('SEARCH signaal_indicatoren USING COVERING INDEX signaal_indicatoren_indicator'))).toBe(true);
      expect(scantTabel(stappen)).toBe(false);
    }
  });
});
