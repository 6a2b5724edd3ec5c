/**
 * The charts on the start page (issue 12 §4; docs/ontwerp.md §13, ADR 0040) on a real SQLCipher file: the
 * series are the report's own query layer over the last twelve months — a naive recount of generated records
 * wherever a number is shown, nothing under five from the analysis store — and each role gets only its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { laatsteMaanden, maandenVan, type Overzichtsreeksen, type Rapporttabel } from '@shared/domein/analyse';
import { aanmeldenAls, aanroeper, bestandMaken, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const BRONNEN = ['politie', 'zorgpartner', 'gemeente-veiligheid', 'szw-arbeidsinspectie', 'coa'];
const FASEN = ['signaal', 'dossier', 'besluit', 'overdracht'];
const MAANDEN = laatsteMaanden('2026-12-02', 12);

interface Gegenereerd {
  maand: string;
  bronsoort: string;
  fase: string;
}

/** Every shown number is at least five (or, `werk`, anything) and equals `tel`; returns how many were hidden. */
function klopt(t: Rapporttabel, tel: (r: string, k: string) => number): number {
  let verborgen = 0;
  t.rijen.forEach((r, a) =>
    t.kolommen.forEach((k, b) => {
      const cel = t.cellen[a]![b]!;
      if (cel === null) verborgen++;
      else expect(cel, `${t.id} ${r} ${k}`).toBe(tel(r, k));
    }),
  );
  for (const c of [...t.cellen.flat(), ...t.rijtotalen, ...t.kolomtotalen, t.totaal]) if (c !== null) expect(c, t.id).toBeGreaterThanOrEqual(5);
  return verborgen;
}

describe('grafieken op de startpagina (issue 12 §4): dezelfde cijfers als het rapport, per rol', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const records: Gegenereerd[] = [];
  const interventies: Array<{ maand: string; partner: string; termijn: string }> = [];

  beforeAll(async () => {
    werk = await tijdelijkeMap('grafieken');
    router = maakRouter({ werkmap: werk });
    klokZetten('2026-12-02T10:00:00Z');
    await bestandMaken(router, { map: 'centraal' });
    for (const [naam, rol] of [['bewerker', 'bewerker'], ['zorg', 'zorgcoordinator'], ['privacy', 'privacy-medewerker'], ['beheer', 'beheerder']] as const) {
      await ok(router, 'gebruikers.toevoegen', { naam, weergavenaam: naam, rol, wachtwoord: WACHTWOORD });
    }
    // Generated records straight into the store, skewed so that many cells are small; some fall before the twelve months.
    let zaad = 23;
    const r = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kies = <T,>(xs: readonly T[], scheef = 1.7) => xs[Math.min(xs.length - 1, Math.floor(Math.pow(r(), scheef) * xs.length))]!;
    const v = router.sessie.open!.v;
    await v.transactie(async () => {
      for (let i = 0; i < 600; i++) {
        const g = { maand: kies([...MAANDEN, ...maandenVan('2025-H1')], 1), bronsoort: kies(BRONNEN), fase: kies(FASEN) };
        records.push(g);
        await v.run(
          `INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd)
             VALUES (?, ?, 'seksuele-uitbuiting', 'horeca', ?, ?, '23-29', 'vrouw', 'NL', 'open', 'nog geen besluit')`,
          [2_000_000 + i * 7919, g.maand, g.bronsoort, g.fase],
        );
      }
      for (let i = 0; i < 40; i++) {
        const iv = { maand: i < 36 ? '2026-09' : '2024-01', partner: i % 3 ? 'POLITIE' : 'OM', termijn: ['op-tijd', 'verlopen', 'te-laat', 'verlopen'][i % 4]! };
        interventies.push(iv);
        await v.run('INSERT INTO analyse_interventies (id, maand, partner, partnersoort, termijn) VALUES (?, ?, ?, ?, ?)', [8_000_000 + i, iv.maand, iv.partner, 'politie', iv.termijn]);
      }
    });
    // Two requests of persons concerned: one past its deadline (received 20 October), one running into December.
    await aanmeldenAls(router, 'privacy');
    await roep('rechten.nieuw', { soort: 'inzage', verzoekerNaam: 'Ioana Popescu', verzoekerGeboortedatum: '1999-04-12', ontvangenOp: '2026-10-20' });
    await roep('rechten.nieuw', { soort: 'correctie', verzoekerNaam: 'Marek Nowak', verzoekerGeboortedatum: '1988-02-03', ontvangenOp: '2026-11-25', correcties: ['verbetering'] });
    await aanmeldenAls(router, 'regisseur');
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router.afsluiten();
    await opruimen(werk);
  });

  it('ketenregisseur: signalen per maand naar bron en naar verste stap zijn een naïeve hertelling, kleine aantallen verborgen', async () => {
    const o = await roep<Overzichtsreeksen>('rapportage.overzicht');
    expect(o.maanden).toEqual(MAANDEN);
    expect(o.tabellen.map((t) => t.id)).toEqual(['signalen-bron', 'signalen-fase', 'interventies-termijn', 'bewaring', 'rechten']);
    const inBereik = records.filter((x) => x.maand >= MAANDEN[0]! && x.maand <= MAANDEN[11]!);
    const bron = o.tabellen.find((t) => t.id === 'signalen-bron')!;
    expect(bron.rijen).toEqual(MAANDEN);
    expect(klopt(bron, (m, k) => inBereik.filter((x) => x.maand === m && x.bronsoort === k).length), 'de gegenereerde gegevens hebben kleine cellen').toBeGreaterThan(0);
    expect(bron.totaal).toBe(inBereik.length);
    const fase = o.tabellen.find((t) => t.id === 'signalen-fase')!;
    expect(fase.kolommen).toEqual(FASEN);
    expect(klopt(fase, (m, f) => inBereik.filter((x) => x.maand === m && x.fase === f).length)).toBeGreaterThan(0);
    fase.rijtotalen.forEach((n, i) => n !== null && expect(n).toBe(inBereik.filter((x) => x.maand === MAANDEN[i]).length));
    // Interventions over their deadline: only 'verlopen' and 'te-laat', only the twelve months.
    const iv = o.tabellen.find((t) => t.id === 'interventies-termijn')!;
    expect(iv.kolommen).toEqual(['verlopen', 'te-laat']);
    expect(iv.rijen).toEqual(['OM', 'POLITIE']);
    expect(klopt(iv, (p, t) => interventies.filter((x) => x.maand >= MAANDEN[0]! && x.partner === p && x.termijn === t).length), 'OM heeft er maar drie te laat').toBeGreaterThan(0);
    expect(iv.rijtotalen[1]).toBe(interventies.filter((x) => x.maand >= MAANDEN[0]! && x.partner === 'POLITIE' && x.termijn !== 'op-tijd').length);
  });

  it('dezelfde vraaglaag als het rapport: de maanden van een half jaar geven dezelfde cellen', async () => {
    const o = await roep<Overzichtsreeksen>('rapportage.overzicht');
    const c = await roep<{ tabellen: Rapporttabel[] }>('rapportage.cijfers', { periode: '2026-H1' });
    const rapport = c.tabellen.find((t) => t.id === 'signalen-bron')!;
    const overzicht = o.tabellen.find((t) => t.id === 'signalen-bron')!;
    // Suppression is per table, so only cells shown in both are compared.
    rapport.rijen.forEach((m, a) => {
      const b = overzicht.rijen.indexOf(m);
      if (b < 0) return;
      rapport.kolommen.forEach((k, x) => {
        const y = overzicht.kolommen.indexOf(k);
        const links = rapport.cellen[a]![x];
        const rechts = y < 0 ? 0 : overzicht.cellen[b]![y];
        if (links != null && rechts != null) expect(links).toBe(rechts);
      });
    });
  });

  it('het werk vooruit: termijnen van verzoeken van betrokkenen per maand en te laat, ongemaskeerd (ADR 0040)', async () => {
    const o = await roep<Overzichtsreeksen>('rapportage.overzicht');
    const rechten = o.tabellen.find((t) => t.id === 'rechten')!;
    expect(rechten.rijen).toEqual(['te laat', '2026-12', '2027-01', '2027-02']);
    expect(rechten.cellen[0]).toEqual([1, 0, 0]);
    expect(rechten.cellen[1]).toEqual([0, 1, 0]);
    expect(rechten.totaal).toBe(2);
    const bewaring = o.tabellen.find((t) => t.id === 'bewaring')!;
    expect(bewaring.rijen[0]).toBe('2026-12');
    expect(bewaring.cellen.flat().every((c) => c !== null)).toBe(true);
  });

  it('elke rol alleen het zijne: zorgcoördinator de verste stap, bewerker signalen per maand, privacy-medewerker en beheerder niets', async () => {
    await aanmeldenAls(router, 'zorg');
    expect((await roep<Overzichtsreeksen>('rapportage.overzicht')).tabellen.map((t) => t.id)).toEqual(['signalen-fase']);
    await aanmeldenAls(router, 'bewerker');
    const b = await roep<Overzichtsreeksen>('rapportage.overzicht');
    expect(b.tabellen.map((t) => t.id)).toEqual(['signalen-maand']);
    const inBereik = records.filter((x) => x.maand >= MAANDEN[0]! && x.maand <= MAANDEN[11]!);
    klopt(b.tabellen[0]!, (m) => inBereik.filter((x) => x.maand === m).length);
    for (const naam of ['privacy', 'beheer']) {
      await aanmeldenAls(router, naam);
      expect(await router.aanroepen('rapportage.overzicht', {})).toMatchObject({ ok: false, fout: { code: 'GEEN_TOEGANG' } });
    }
    await aanmeldenAls(router, 'regisseur');
  });
});
